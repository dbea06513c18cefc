import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromResend, type HostSend } from '../../../src/adapters/index.js';
import { parseHistory } from '../../../src/data/parse.js';
import type { RawInvoiceHistory, RawRecipient } from '../../../src/data/contract.js';

interface ResendBody {
  type: string;
  created_at: string;
  data: Record<string, unknown>;
}

const sample = JSON.parse(readFileSync(new URL('../../../fixtures/providers/resend.json', import.meta.url), 'utf8')) as {
  events: ResendBody[];
  sends: HostSend[];
};

const recipientsOf = (history: RawInvoiceHistory): RawRecipient[] => history.sends.flatMap((send) => send.recipients);
const eventsOf = (history: RawInvoiceHistory, email: string) =>
  recipientsOf(history).find((r) => r.email.toLowerCase() === email.toLowerCase())?.events;
const statusesOf = (history: RawInvoiceHistory, email: string) => eventsOf(history, email)?.map((e) => e.status);

/** The documented sample of one event type, with its data changed. */
const documented = (type: string, data: Record<string, unknown> = {}, body: Partial<ResendBody> = {}): ResendBody => {
  const found = structuredClone(sample.events.find((e) => e.type === type)!);
  return { ...found, ...body, data: { ...found.data, ...data } };
};

describe('fromResend', () => {
  it("maps every event type of Resend's documented samples onto the element's statuses", () => {
    const history = fromResend(sample.events, sample.sends);
    assert.deepEqual(statusesOf(history, 'delivered@resend.dev'), [
      'processed',
      'delivered',
      'deferred',
      'bounce',
      'spamreport',
      'open',
      'click',
      // No counterpart among the element's statuses: unknown, under the name without "email.".
      'failed',
      'scheduled',
      'suppressed',
    ]);
    assert.doesNotThrow(() => parseHistory(history));
  });

  it('carries the details Resend gives: the bounce message, the clicked link and its time, why it failed or was suppressed', () => {
    const events = eventsOf(fromResend(sample.events, sample.sends), 'delivered@resend.dev')!;
    const of = (status: string) => events.find((e) => e.status === status);
    assert.deepEqual(of('delivered'), { status: 'delivered', at: '2024-02-22T23:41:12.126Z' });
    assert.deepEqual(of('bounce'), {
      status: 'bounce',
      at: '2024-11-22T23:41:12.126Z',
      reason: "The recipient's email address is on the suppression list because it has a recent history of producing hard bounces.",
    });
    // The click's own timestamp, not when Resend created the webhook event.
    assert.deepEqual(of('click'), { status: 'click', at: '2024-11-24T05:00:57.163Z', url: 'https://resend.com' });
    assert.equal(of('failed')?.reason, 'reached_daily_quota');
    assert.match(of('suppressed')?.reason ?? '', /^Resend has suppressed sending to this address/);
  });

  it('gives the diagnostic codes of a bounce as the response, one a line', () => {
    const bounced = documented('email.bounced', {
      bounce: {
        diagnosticCode: ['smtp; 550 5.5.0 Requested action not taken: mailbox unavailable', 'smtp; 550 again'],
        message: 'Mailbox unavailable',
        subType: 'General',
        type: 'Permanent',
      },
    });
    assert.deepEqual(eventsOf(fromResend(bounced, sample.sends), 'delivered@resend.dev'), [
      {
        status: 'bounce',
        at: '2024-11-22T23:41:12.126Z',
        reason: 'Mailbox unavailable',
        response: 'smtp; 550 5.5.0 Requested action not taken: mailbox unavailable\nsmtp; 550 again',
      },
    ]);
  });

  it("keeps the host's send: id, time, subject, sender, type and name", () => {
    const [send] = fromResend(sample.events, sample.sends).sends;
    assert.deepEqual(
      [send!.id, send!.sentAt, send!.subject, send!.sentBy],
      ['inv-3001-send-1', '2024-02-22T23:41:11Z', 'Invoice INV-3001', 'Jane Smith'],
    );
    assert.deepEqual(
      send!.recipients.map((r) => [r.email, r.type, r.name]),
      [['delivered@resend.dev', 'to', 'Acme Client']],
    );
  });

  it('makes one event per address in data.to, matched case-insensitively; an address the host did not list has no type', () => {
    const history = fromResend(
      documented('email.delivered', { to: ['Delivered@Resend.dev', 'forwarded@elsewhere.example'] }),
      sample.sends,
    );
    assert.deepEqual(
      recipientsOf(history).map((r) => [r.email, r.type, r.events.map((e) => e.status)]),
      [
        ['delivered@resend.dev', 'to', ['delivered']],
        ['forwarded@elsewhere.example', '', ['delivered']],
      ],
    );
  });

  it('matches by email_id, or by a send_id tag: tags as an object or as an array of { name, value }', () => {
    const sends: HostSend[] = [
      { id: 'a', sentAt: 1, messageId: 're-1', recipients: [{ email: 'a@client.example', type: 'to' }] },
      { id: 'b', sentAt: 2, recipients: [{ email: 'a@client.example', type: 'to' }] },
      { id: 'c', sentAt: 3, recipients: [{ email: 'a@client.example', type: 'to' }] },
    ];
    const to = ['a@client.example'];
    const history = fromResend(
      [
        documented('email.delivered', { email_id: 're-1', to }),
        documented('email.opened', { email_id: 're-2', to, tags: { category: 'invoice', send_id: 'b' } }),
        documented('email.opened', {
          email_id: 're-3',
          to,
          tags: [
            { name: 'category', value: 'invoice' },
            { name: 'send_id', value: 'c' },
          ],
        }),
      ],
      sends,
    );
    assert.deepEqual(
      history.sends.map((s) => [s.id, s.recipients[0]!.events.map((e) => e.status)]),
      [
        ['a', ['delivered']],
        ['b', ['open']],
        ['c', ['open']],
      ],
    );
  });

  it('counts a retried webhook once: same type, email, address and time', () => {
    const delivered = documented('email.delivered');
    const history = fromResend([delivered, [structuredClone(delivered)], documented('email.delivered', {}, {})], sample.sends);
    assert.deepEqual(statusesOf(history, 'delivered@resend.dev'), ['delivered']);
    const later = documented('email.delivered', {}, { created_at: '2024-02-23T08:00:00.000Z' });
    assert.deepEqual(statusesOf(fromResend([delivered, later], sample.sends), 'delivered@resend.dev'), [
      'delivered',
      'delivered',
    ]);
  });

  it('hands events for no known send, and unreadable ones, to onUnmatched once each and nowhere else', () => {
    const stray = documented('email.delivered', { email_id: 'no-such-email', to: ['a@x.example', 'b@x.example'] });
    const contact = { type: 'contact.created', created_at: '2024-11-17T19:32:22.980Z', data: { id: 'c1', email: 'a@x.example' } };
    const noAddress = documented('email.delivered', { to: [] });
    const junk = [null, 42, 'text', false, [undefined, 3], {}, { type: 'email.sent' }, contact, noAddress];
    const unmatched: unknown[] = [];
    let history: RawInvoiceHistory | undefined;
    assert.doesNotThrow(() => {
      history = fromResend([stray, ...junk], sample.sends, { onUnmatched: (e) => unmatched.push(e) });
    });
    assert.deepEqual(unmatched, [null, 42, 'text', false, undefined, 3, {}, { type: 'email.sent' }, contact, noAddress, stray]);
    assert.deepEqual(statusesOf(history!, 'delivered@resend.dev'), []);
    assert.doesNotThrow(() => parseHistory(history));
  });

  it('never throws on a body or host record that is no array or object', () => {
    for (const events of [null, undefined, 0, 'email.sent', { type: 7, data: { email_id: {}, to: 'x' } }]) {
      for (const sends of [null, 'sends', 3, [null, 4, { recipients: 'x' }]]) {
        const unmatched: unknown[] = [];
        const history = fromResend(events, sends, { onUnmatched: (e) => unmatched.push(e) });
        assert.doesNotThrow(() => parseHistory(history));
        assert.equal(unmatched.length, 1);
      }
    }
  });
});
