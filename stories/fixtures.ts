/**
 * Fixture builders and the main histories, in the endpoint's JSON shape (the
 * raw contract in src/data/contract.ts), served to the stories by the MSW
 * handlers in ./handlers.ts; odd and extreme ones are in ./odd-histories.ts.
 * Everything is deterministic, so screenshots do not change between runs.
 */
import type {
  KnownStatus,
  RawDeliveryEvent,
  RawInvoiceHistory,
  RawRecipient,
  RawSend,
  RawTime,
} from '../src/data/contract.js';

type Details = Omit<RawDeliveryEvent, 'status' | 'at'>;

/** One event. `at` is an ISO string with offset, or epoch seconds as the email service sends them. */
export const event = (status: string, at: RawTime, details: Details = {}): RawDeliveryEvent => ({
  status,
  at,
  ...details,
});

/** Epoch seconds for an ISO time, as SendGrid reports event times. */
export const epoch = (iso: string): number => Date.parse(iso) / 1000;

/** Adds minutes to an ISO time with a +11:00 offset (Sydney summer time). */
export function later(iso: string, minutes: number): string {
  const date = new Date(Date.parse(iso) + minutes * 60_000 + 11 * 3_600_000);
  return `${date.toISOString().slice(0, 19)}+11:00`;
}

export const recipient = (
  email: string,
  type: string,
  events: RawDeliveryEvent[],
  name?: string,
): RawRecipient => (name === undefined ? { email, type, events } : { email, name, type, events });

export const send = (
  id: string,
  sentAt: RawTime,
  recipients: RawRecipient[],
  extra: { subject?: string; sentBy?: string } = {},
): RawSend => ({ id, sentAt, ...extra, recipients });

export const history = (...sends: RawSend[]): RawInvoiceHistory => ({ sends });

const SMTP_OK = '250 2.0.0 OK 1730153642 d9443c01a7336-20c7f0a2ab1si1402145ad.93 - gsmtp';
export const NO_SUCH_USER =
  "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos.";
const TRY_LATER = '421 4.7.0 [203.0.113.25] Try again later, closing connection.';

/**
 * The realistic history: invoice INV-1042 sent three times over three weeks,
 * with To, CC and BCC recipients, every known status, repeated opens and
 * clicks, a deferral that became a block and a bounce with its reason.
 */
export function invoiceHistory(): RawInvoiceHistory {
  const first = '2026-10-28T09:14:00+11:00';
  const reminder = '2026-11-04T08:30:00+11:00';
  const resend = '2026-11-12T14:05:00+11:00';
  return history(
    send(
      's_1042_1',
      first,
      [
        recipient('ap@harbourfinch.example', 'to', [
          event('processed', later(first, 0)),
          event('delivered', epoch(later(first, 1)), { response: SMTP_OK }),
          event('open', later(first, 47)),
          event('open', later(first, 1510)),
          event('open', epoch(later(first, 2975))),
        ], 'Accounts Payable'),
        recipient('priya.raman@harbourfinch.example', 'To', [
          event('processed', later(first, 0)),
          event('bounce', later(first, 2), {
            reason: NO_SUCH_USER,
            response: '550 5.1.1 <priya.raman@harbourfinch.example>: Recipient address rejected',
          }),
        ], 'Priya Raman'),
        recipient('tom.becker@harbourfinch.example', 'cc', [
          event('processed', later(first, 0)),
          event('deferred', later(first, 1), { attempt: 1, response: TRY_LATER }),
          event('deferred', later(first, 31), { attempt: 2, response: TRY_LATER }),
          event('delivered', later(first, 92), { response: '250 2.0.0 Ok: queued as 4XyZ1q' }),
          event('open', later(first, 93), { machine: true }),
        ], 'Tom Becker'),
        recipient('records@smithlegal.example', 'BCC', [
          event('processed', later(first, 0)),
          event('delivered', later(first, 1), { response: SMTP_OK }),
        ]),
      ],
      { subject: 'Invoice INV-1042 from Smith Legal', sentBy: 'Jane Smith' },
    ),
    send(
      's_1042_2',
      reminder,
      [
        recipient('ap@harbourfinch.example', 'to', [
          event('processed', later(reminder, 0)),
          event('delivered', later(reminder, 1), { response: SMTP_OK }),
          event('open', later(reminder, 240)),
          event('click', later(reminder, 242), { url: 'https://pay.smithlegal.example/inv/1042' }),
        ], 'Accounts Payable'),
        recipient('priya.raman@harbourfinch.example', 'to', [
          event('dropped', later(reminder, 0), { reason: 'Bounced Address' }),
        ], 'Priya Raman'),
        recipient('tom.becker@harbourfinch.example', 'cc', [
          event('processed', later(reminder, 0)),
          event('deferred', later(reminder, 1), { attempt: 1, response: TRY_LATER }),
          event('deferred', later(reminder, 61), { attempt: 2, response: TRY_LATER }),
          event('deferred', later(reminder, 721), { attempt: 3, response: TRY_LATER }),
          event('blocked', later(reminder, 4321), {
            reason: 'Deferred for 72 hours without delivery; giving up.',
            response: TRY_LATER,
          }),
        ], 'Tom Becker'),
        recipient('records@smithlegal.example', 'bcc', [
          event('processed', later(reminder, 0)),
          event('delivered', later(reminder, 1), { response: SMTP_OK }),
        ]),
      ],
      { subject: 'Reminder: invoice INV-1042 is due on 11 November', sentBy: 'Jane Smith' },
    ),
    send(
      's_1042_3',
      resend,
      [
        recipient('priya.raman@harbourfinch.com.example', 'to', [
          event('processed', later(resend, 0)),
          event('delivered', later(resend, 1), { response: SMTP_OK }),
          event('open', later(resend, 18)),
          event('click', later(resend, 19), { url: 'https://pay.smithlegal.example/inv/1042' }),
          event('open', later(resend, 1380)),
          event('click', later(resend, 1381), {
            url: 'https://pay.smithlegal.example/inv/1042/receipt',
          }),
        ], 'Priya Raman'),
        recipient('tom.becker@harbourfinch.example', 'cc', [
          event('processed', later(resend, 0)),
          event('delivered', later(resend, 3), { response: SMTP_OK }),
        ], 'Tom Becker'),
      ],
      { subject: 'Invoice INV-1042 (updated address)', sentBy: 'Marco Ruiz' },
    ),
  );
}

/** What a recipient's events look like when a given status is the one to review. */
const EVENTS_BY_STATUS: Record<KnownStatus, (at: string) => RawDeliveryEvent[]> = {
  processed: (at) => [event('processed', at)],
  dropped: (at) => [event('dropped', at, { reason: 'Bounced Address' })],
  deferred: (at) => [
    event('processed', at),
    event('deferred', later(at, 1), { attempt: 1, response: TRY_LATER }),
    event('deferred', later(at, 31), { attempt: 2, response: TRY_LATER }),
  ],
  bounce: (at) => [
    event('processed', at),
    event('bounce', later(at, 1), { reason: NO_SUCH_USER, response: '550 5.1.1 user unknown' }),
  ],
  blocked: (at) => [
    event('processed', at),
    event('deferred', later(at, 1), { attempt: 1, response: TRY_LATER }),
    event('blocked', later(at, 4321), { reason: 'Deferred for 72 hours without delivery; giving up.' }),
  ],
  delivered: (at) => [event('processed', at), event('delivered', later(at, 1), { response: SMTP_OK })],
  open: (at) => [
    event('processed', at),
    event('delivered', later(at, 1), { response: SMTP_OK }),
    event('open', later(at, 12), { machine: true }),
    event('open', later(at, 95)),
    event('open', later(at, 1460)),
  ],
  click: (at) => [
    event('processed', at),
    event('delivered', later(at, 1), { response: SMTP_OK }),
    event('open', later(at, 12)),
    event('click', later(at, 13), { url: 'https://pay.smithlegal.example/inv/1042' }),
    event('click', later(at, 300), { url: 'https://pay.smithlegal.example/inv/1042/receipt' }),
  ],
};

/** One send to one recipient whose events show `status` (for the tooltip stories). */
export function statusHistory(status: KnownStatus): RawInvoiceHistory {
  const at = '2026-11-12T14:05:00+11:00';
  return history(
    send('s_status', at, [recipient('ap@harbourfinch.example', 'to', EVENTS_BY_STATUS[status](at), 'Accounts Payable')], {
      subject: 'Invoice INV-1042 from Smith Legal',
      sentBy: 'Jane Smith',
    }),
  );
}
