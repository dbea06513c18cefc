/**
 * Odd and extreme histories, in the endpoint's JSON shape: unknown statuses
 * and recipient types, unknown times, very long text, many sends, many
 * opens, and a malformed answer. Built with the builders in ./fixtures.ts.
 */
import type { RawInvoiceHistory, RawSend, RawTime } from '../src/data/contract.js';
import { event, history, later, recipient, send, NO_SUCH_USER } from './fixtures.js';

/** Statuses the email service may add that this component does not describe. */
export function unknownStatusHistory(): RawInvoiceHistory {
  const at = '2026-11-12T14:05:00+11:00';
  return history(
    send('s_unknown_status', at, [
      recipient('ap@harbourfinch.example', 'to', [
        event('processed', at),
        event('delivered', later(at, 1)),
        event('spamreport', later(at, 90)),
        event('unsubscribe', later(at, 91)),
      ], 'Accounts Payable'),
      recipient('tom.becker@harbourfinch.example', 'cc', [event('processed', at), event('group_resubscribe', later(at, 5))]),
    ], { subject: 'Invoice INV-1042 from Smith Legal' }),
  );
}

/** Recipient types beyond To/CC/BCC are shown after BCC with their raw name. */
export function unknownTypeHistory(): RawInvoiceHistory {
  const at = '2026-11-12T14:05:00+11:00';
  const delivered = () => [event('processed', at), event('delivered', later(at, 1))];
  return history(
    send('s_unknown_type', at, [
      recipient('office@harbourfinch.example', 'Reply-To', delivered(), 'Harbour & Finch office'),
      recipient('records@smithlegal.example', 'bcc', delivered()),
      recipient('ap@harbourfinch.example', 'TO', delivered(), 'Accounts Payable'),
      recipient('audit@harbourfinch.example', 'resent-cc', delivered()),
      recipient('tom.becker@harbourfinch.example', 'Cc', delivered(), 'Tom Becker'),
    ], { subject: 'Invoice INV-1042 from Smith Legal' }),
  );
}

/** Missing and unreadable times read "Time unknown" and sort after dated entries. */
export function timeUnknownHistory(): RawInvoiceHistory {
  const at = '2026-11-12T14:05:00+11:00';
  const raw = (value: unknown) => value as RawTime; // deliberately outside the contract
  return history(
    send('s_dated', at, [
      recipient('ap@harbourfinch.example', 'to', [
        event('open', raw(null)),
        event('processed', at),
        event('open', '2026-11-12T15:00:00'), // no offset: ambiguous, so unknown
        event('delivered', later(at, 1)),
        event('open', later(at, 30)),
      ], 'Accounts Payable'),
    ], { subject: 'Dated send, some event times unknown' }),
    send('s_undated', 'last Tuesday', [
      recipient('tom.becker@harbourfinch.example', 'cc', [event('processed', raw(undefined)), event('delivered', 'soon')], 'Tom Becker'),
    ], { subject: 'Send time unknown' }),
  );
}

/** Very long names, addresses, subjects, reasons and URLs, without spaces where it hurts. */
export function longTextHistory(): RawInvoiceHistory {
  const at = '2026-11-12T14:05:00+11:00';
  const local = 'accounts.payable.department.for.all.matters.and.invoices.2026';
  const domain = 'harbour-and-finch-barristers-and-solicitors-incorporated.example.com.au';
  return history(
    send('s_long', at, [
      recipient(`${local}@${domain}`, 'to', [
        event('processed', at),
        event('bounce', later(at, 1), {
          reason: `${NO_SUCH_USER} ${'The recipient server also said: mailbox unavailable, quota exceeded, relay denied. '.repeat(4)}`,
          response: `550-5.1.1 ${'x'.repeat(180)}`,
        }),
      ], 'Maximilian Alexander Fitzgerald-Worthington-Smythe III, Head of Accounts Payable and Strategic Procurement (Asia Pacific)'),
      recipient(`${'finance'.repeat(9)}@${domain}`, 'cc', [
        event('processed', at),
        event('delivered', later(at, 1)),
        event('click', later(at, 20), { url: `https://pay.smithlegal.example/inv/1042?${'token=abcdef0123456789&'.repeat(12)}` }),
      ]),
    ], {
      subject: `Invoice INV-1042 for professional services rendered in the matter of ${'Harbour & Finch v. The Commissioner of Taxation and Others '.repeat(3)}`,
      sentBy: 'Bartholomew Montgomery-Featherstonehaugh on behalf of the Billing Department',
    }),
  );
}

/** A client who opens the invoice every day for 40 days: a tooltip taller than most screens. */
export function manyOpensHistory(): RawInvoiceHistory {
  const at = '2026-10-01T09:00:00+10:00';
  const opens = Array.from({ length: 40 }, (_, day) => event('open', later(at, 60 * 24 * day + 45)));
  return history(
    send('s_opens', at, [
      recipient('ap@harbourfinch.example', 'to', [event('processed', at), event('delivered', later(at, 1)), ...opens], 'Accounts Payable'),
    ], { subject: 'Invoice INV-1042 from Smith Legal', sentBy: 'Jane Smith' }),
  );
}

const MANY_STATUSES: string[][] = [
  ['processed', 'delivered', 'open'],
  ['processed', 'delivered'],
  ['processed', 'deferred', 'delivered', 'open', 'open', 'click'],
  ['processed', 'bounce'],
  ['dropped'],
  ['processed', 'deferred', 'deferred', 'blocked'],
  ['processed'],
];

/** `count` sends, one every 12 hours, each to two or three recipients. */
export function manySendsHistory(count = 200): RawInvoiceHistory {
  const start = Date.parse('2026-01-05T09:00:00+11:00');
  const sends: RawSend[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = start + i * 12 * 3_600_000;
    const recipients = ['to', 'cc', 'bcc'].slice(0, 2 + (i % 2)).map((type, r) => {
      const statuses = MANY_STATUSES[(i + r * 3) % MANY_STATUSES.length]!;
      const events = statuses.map((status, e) => event(status, (at + (e + 1) * 60_000) / 1000));
      return recipient(`contact${r + 1}@client${i % 17}.example`, type, events, `Contact ${r + 1}`);
    });
    sends.push(send(`s_many_${i}`, at / 1000, recipients, { subject: `Invoice INV-${1000 + i}` }));
  }
  return { sends };
}

export const emptyHistory = (): RawInvoiceHistory => history();

/** Valid JSON that breaks the contract: a recipient without `email`. */
export const malformedHistory = (): unknown => ({
  sends: [
    send('s_ok', '2026-11-12T14:05:00+11:00', [recipient('ap@harbourfinch.example', 'to', [])]),
    { id: 's_bad', sentAt: '2026-11-13T10:00:00+11:00', recipients: [{ name: 'No address', type: 'to', events: [] }] },
  ],
});
