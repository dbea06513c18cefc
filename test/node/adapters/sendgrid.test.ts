import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromSendGrid, type HostSend } from '../../../src/adapters/index.js';
import { parseHistory } from '../../../src/data/parse.js';
import type { RawInvoiceHistory, RawRecipient } from '../../../src/data/contract.js';

const sample = JSON.parse(readFileSync(new URL('../../../fixtures/providers/sendgrid.json', import.meta.url), 'utf8')) as {
  events: Record<string, unknown>[];
  sends: HostSend[];
};

const recipientsOf = (history: RawInvoiceHistory): RawRecipient[] => history.sends.flatMap((send) => send.recipients);
const statusesOf = (history: RawInvoiceHistory, email: string) =>
  recipientsOf(history)
    .find((r) => r.email.toLowerCase() === email.toLowerCase())
    ?.events.map((e) => e.status);

/** One SendGrid event for the sample's message, with what a test needs. */
const event = (name: string, extra: Record<string, unknown> = {}) => ({
  email: 'example@test.com',
  timestamp: 1513299600,
  event: name,
  sg_event_id: `id-${name}-${JSON.stringify(extra)}`,
  sg_message_id: 'sg_message_id.filter0001.16648.5515E0B88.0',
  ...extra,
});

describe('fromSendGrid', () => {
  it("maps every event of SendGrid's documented sample batch onto the element's statuses", () => {
    const history = fromSendGrid(sample.events, sample.sends);
    assert.deepEqual(statusesOf(history, 'example@test.com'), [
      'processed',
      'deferred',
      'delivered',
      'open',
      'click',
      'bounce',
      'dropped',
      'spamreport',
      'unsubscribe',
      'unsubscribe',
      'group_resubscribe',
    ]);
    assert.doesNotThrow(() => parseHistory(history));
  });

  it('carries the details SendGrid gives: response, attempt, reason, url', () => {
    const [send] = fromSendGrid(sample.events, sample.sends).sends;
    const events = send!.recipients[0]!.events;
    assert.deepEqual(events.find((e) => e.status === 'deferred'), {
      status: 'deferred',
      at: 1513299569,
      response: '400 try again later',
      attempt: 5,
    });
    assert.equal(events.find((e) => e.status === 'click')?.url, 'http://www.sendgrid.com/');
    assert.equal(events.find((e) => e.status === 'bounce')?.reason, '500 unknown recipient');
    assert.equal(events.find((e) => e.status === 'dropped')?.reason, 'Bounced Address');
  });

  it("keeps the host's send: id, time, subject, sender, To/CC/BCC and names", () => {
    const [send] = fromSendGrid(sample.events, sample.sends).sends;
    assert.equal(send!.id, 'inv-1042-send-1');
    assert.equal(send!.subject, 'Invoice INV-1042');
    assert.equal(send!.sentBy, 'Jane Smith');
    assert.deepEqual(
      send!.recipients.map((r) => [r.email, r.type, r.name]),
      [
        ['Example@Test.com', 'to', 'Example Client'],
        ['accounts@test.com', 'cc', undefined],
      ],
    );
    assert.deepEqual(send!.recipients[1]!.events, [], 'a recipient with no event yet is still listed');
  });

  it('tells a block from a bounce by the bounce type, and keeps machine opens apart', () => {
    const history = fromSendGrid(
      [event('bounce', { type: 'blocked', reason: '550 blocked by policy' }), event('open', { sg_machine_open: true })],
      sample.sends,
    );
    const events = recipientsOf(history)[0]!.events;
    assert.deepEqual(
      events.map((e) => [e.status, e.reason, e.machine]),
      [
        ['blocked', '550 blocked by policy', undefined],
        ['open', undefined, true],
      ],
    );
  });

  it('matches by the X-Message-Id part of sg_message_id, or by send_id in custom args', () => {
    const sends: HostSend[] = [
      { id: 'a', sentAt: 1, messageId: 'X1', recipients: [{ email: 'a@client.example', type: 'to' }] },
      { id: 'b', sentAt: 2, recipients: [{ email: 'a@client.example', type: 'to' }] },
    ];
    const history = fromSendGrid(
      [
        { ...event('delivered'), email: 'A@Client.example', sg_message_id: 'X1.filter0001.1.2.0' },
        { ...event('open'), email: 'a@client.example', sg_message_id: 'unknown.filter', send_id: 'b' },
      ],
      sends,
    );
    assert.deepEqual(
      history.sends.map((s) => [s.id, s.recipients[0]!.events.map((e) => e.status)]),
      [
        ['a', ['delivered']],
        ['b', ['open']],
      ],
    );
  });

  it('keeps an address the host did not list, as a recipient with no type', () => {
    const history = fromSendGrid([{ ...event('delivered'), email: 'forwarded@elsewhere.example' }], sample.sends);
    const extra = recipientsOf(history).find((r) => r.email === 'forwarded@elsewhere.example');
    assert.deepEqual(extra, { email: 'forwarded@elsewhere.example', type: '', events: [extra!.events[0]!] });
    assert.equal(extra!.events[0]!.status, 'delivered');
  });

  it('gives an address listed twice (To and CC) its events on its first entry', () => {
    const twice: HostSend[] = [
      {
        id: 's',
        sentAt: 1,
        messageId: 'sg_message_id',
        recipients: [
          { email: 'a@client.example', type: 'to' },
          { email: 'A@client.example', type: 'cc' },
        ],
      },
    ];
    const [send] = fromSendGrid([{ ...event('delivered'), email: 'a@client.example' }], twice).sends;
    assert.deepEqual(
      send!.recipients.map((r) => [r.type, r.events.length]),
      [
        ['to', 1],
        ['cc', 0],
      ],
    );
  });

  it('counts a retried event once', () => {
    const delivered = event('delivered');
    const history = fromSendGrid([[delivered], [{ ...delivered }]], sample.sends);
    assert.deepEqual(statusesOf(history, 'example@test.com'), ['delivered']);
  });

  it('hands events for no known send, and unreadable ones, to onUnmatched and nowhere else', () => {
    const stray = { ...event('delivered'), sg_message_id: 'other.filter' };
    const unmatched: unknown[] = [];
    const history = fromSendGrid([stray, null, 42, 'text', { event: 'open' }], sample.sends, {
      onUnmatched: (e) => unmatched.push(e),
    });
    assert.deepEqual(unmatched, [null, 42, 'text', { event: 'open' }, stray]);
    assert.deepEqual(statusesOf(history, 'example@test.com'), []);
  });
});
