import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromPostmark, type HostSend } from '../../../src/adapters/index.js';
import { parseHistory } from '../../../src/data/parse.js';
import type { RawInvoiceHistory, RawRecipient } from '../../../src/data/contract.js';

const sample = JSON.parse(readFileSync(new URL('../../../fixtures/providers/postmark.json', import.meta.url), 'utf8')) as {
  events: Record<string, unknown>[];
  sends: HostSend[];
};

const recipientsOf = (history: RawInvoiceHistory): RawRecipient[] => history.sends.flatMap((send) => send.recipients);
const sendOf = (history: RawInvoiceHistory, id: string) => history.sends.find((send) => send.id === id)!;
const eventsOf = (history: RawInvoiceHistory, sendId: string, email: string) =>
  sendOf(history, sendId).recipients.find((r) => r.email.toLowerCase() === email.toLowerCase())?.events;
const statusesOf = (history: RawInvoiceHistory) => recipientsOf(history).flatMap((r) => r.events.map((e) => e.status));

/** The documented sample of one record type. */
const documented = (record: string) => structuredClone(sample.events.find((e) => e['RecordType'] === record)!);

/** The documented Bounce sample with another bounce Type, ID and time. */
const bounce = (type: string, n: number) => ({
  ...documented('Bounce'),
  Type: type,
  ID: 1000 + n,
  BouncedAt: `2019-11-05T16:3${n}:00.0000000Z`,
});

/** The documented SubscriptionChange sample with other fields. */
const change = (fields: Record<string, unknown>) => ({ ...documented('SubscriptionChange'), Recipient: 'john@example.com', ...fields });

describe('fromPostmark', () => {
  it("maps every record type of Postmark's documented samples onto the element's statuses, with their details", () => {
    const history = fromPostmark(sample.events, sample.sends);
    assert.deepEqual(eventsOf(history, 'inv-2001-send-2', 'john@example.com'), [
      { status: 'delivered', at: '2019-11-05T16:33:54.907Z', response: 'Test delivery webhook details' },
      {
        status: 'bounce',
        at: '2019-11-05T16:33:54.907Z',
        reason: 'The server was unable to deliver your message (ex: unknown user, mailbox not found).',
        response: 'Test bounce details',
      },
      { status: 'open', at: '2019-11-05T16:33:54.907Z' },
    ]);
    // The documented SubscriptionChange is a suppression after a hard bounce: no unsubscribe.
    assert.deepEqual(eventsOf(history, 'inv-2001-send-2', 'bounced-address@wildbit.com'), [
      { status: 'suppressed', at: '2020-02-01T10:53:34.416Z', reason: 'HardBounce' },
    ]);
    assert.deepEqual(eventsOf(history, 'inv-2001-send-1', 'john@example.com'), [
      { status: 'click', at: '2017-10-25T15:21:11.906Z', url: 'https://example.com' },
      { status: 'spamreport', at: '2019-11-05T16:33:54.907Z' },
    ]);
    assert.doesNotThrow(() => parseHistory(history));
  });

  it('never invents a "processed": Postmark has no such event', () => {
    assert.ok(!statusesOf(fromPostmark(sample.events, sample.sends)).includes('processed'));
  });

  it("keeps the host's send, and matches its addresses case-insensitively", () => {
    const send = sendOf(fromPostmark(sample.events, sample.sends), 'inv-2001-send-2');
    assert.equal(send.subject, 'Invoice INV-2001 (reminder)');
    assert.equal(send.sentBy, 'Jane Smith');
    assert.deepEqual(
      send.recipients.map((r) => [r.email, r.type, r.name, r.events.length]),
      [
        ['John@Example.com', 'to', 'John Example', 3],
        ['bounced-address@wildbit.com', 'cc', undefined, 1],
      ],
    );
  });

  it("reads a bounce by its Type: temporary kinds are deferred, an ISP block is blocked, others keep the Type's name", () => {
    const types = ['HardBounce', 'Transient', 'SoftBounce', 'DnsError', 'Blocked', 'Unsubscribe', 'AutoResponder', 'SpamNotification'];
    const history = fromPostmark(
      types.map((type, n) => bounce(type, n)),
      sample.sends,
    );
    assert.deepEqual(eventsOf(history, 'inv-2001-send-2', 'john@example.com')!.map((e) => e.status), [
      'bounce',
      'deferred',
      'deferred',
      'deferred',
      'blocked',
      'unsubscribe',
      'autoresponder',
      'spamnotification',
    ]);
    const noType = { ...bounce('', 9), Type: undefined };
    assert.deepEqual(statusesOf(fromPostmark(noType, sample.sends)), ['bounce']);
  });

  it('reads a subscription change: an unsubscribe by the recipient, any other suppression, or a reactivation', () => {
    const history = fromPostmark(
      [
        change({ SuppressionReason: 'ManualSuppression', Origin: 'Recipient', ChangedAt: '2020-02-01T10:00:00Z' }),
        change({ SuppressionReason: 'ManualSuppression', Origin: 'Customer', ChangedAt: '2020-02-02T10:00:00Z' }),
        change({ SuppressSending: false, SuppressionReason: null, Tag: null, ChangedAt: '2020-02-03T10:00:00Z' }),
      ],
      sample.sends,
    );
    assert.deepEqual(eventsOf(history, 'inv-2001-send-2', 'john@example.com'), [
      { status: 'unsubscribe', at: '2020-02-01T10:00:00.000Z' },
      { status: 'suppressed', at: '2020-02-02T10:00:00.000Z', reason: 'ManualSuppression' },
      { status: 'reactivated', at: '2020-02-03T10:00:00.000Z' },
    ]);
  });

  it('matches by MessageID, or by send_id in Metadata when the MessageID is no send of the host', () => {
    const sends: HostSend[] = [
      { id: 'a', sentAt: 1, messageId: '<pm-1>', recipients: [{ email: 'a@client.example', type: 'to' }] },
      { id: 'b', sentAt: 2, recipients: [{ email: 'a@client.example', type: 'to' }] },
    ];
    const delivered = { ...documented('Delivery'), Recipient: 'A@Client.example' };
    const history = fromPostmark(
      [
        { ...delivered, MessageID: 'pm-1' },
        { ...documented('Open'), Recipient: 'a@client.example', MessageID: 'pm-2', Metadata: { send_id: 'b' } },
        // A reactivation has no MessageID; send_id still places it.
        change({ Recipient: 'a@client.example', MessageID: null, SuppressSending: false, Metadata: { send_id: 'b' } }),
      ],
      sends,
    );
    assert.deepEqual(
      history.sends.map((s) => [s.id, s.recipients.map((r) => [r.email, r.events.map((e) => e.status)])]),
      [
        ['a', [['a@client.example', ['delivered']]]],
        ['b', [['a@client.example', ['open', 'reactivated']]]],
      ],
    );
  });

  it('keeps an address the host did not list, as a recipient with no type', () => {
    const history = fromPostmark({ ...documented('Delivery'), Recipient: 'forwarded@elsewhere.example' }, sample.sends);
    const extra = recipientsOf(history).find((r) => r.email === 'forwarded@elsewhere.example');
    assert.deepEqual(extra, {
      email: 'forwarded@elsewhere.example',
      type: '',
      events: [{ status: 'delivered', at: '2019-11-05T16:33:54.907Z', response: 'Test delivery webhook details' }],
    });
  });

  it('counts a retried webhook once, by its ID or by record, message, address and time', () => {
    const history = fromPostmark(
      [documented('Bounce'), documented('Bounce'), [documented('Open')], documented('Open'), { ...documented('Open') }],
      sample.sends,
    );
    assert.deepEqual(eventsOf(history, 'inv-2001-send-2', 'john@example.com')!.map((e) => e.status), ['bounce', 'open']);
    // Another open of the same message at another time is another event.
    const again = fromPostmark(
      [documented('Open'), { ...documented('Open'), ReceivedAt: '2019-11-06T09:00:00Z' }],
      sample.sends,
    );
    assert.deepEqual(eventsOf(again, 'inv-2001-send-2', 'john@example.com')!.map((e) => e.status), ['open', 'open']);
  });

  it('hands events for no known send, and unreadable ones, to onUnmatched and nowhere else', () => {
    const stray = { ...documented('Delivery'), MessageID: 'no-such-message' };
    const noRecipient = { RecordType: 'Delivery', MessageID: '883953f4-6105-42a2-a16a-77a8eac79483' };
    const inbound = { From: 'someone@example.com', To: 'inbound@example.com', MessageID: 'x' };
    const junk = [null, 42, 'text', true, [null, 7], {}, noRecipient, inbound];
    const unmatched: unknown[] = [];
    let history: RawInvoiceHistory | undefined;
    assert.doesNotThrow(() => {
      history = fromPostmark([stray, ...junk], sample.sends, { onUnmatched: (e) => unmatched.push(e) });
    });
    assert.deepEqual(unmatched, [null, 42, 'text', true, null, 7, {}, noRecipient, inbound, stray]);
    assert.deepEqual(statusesOf(history!), []);
    assert.doesNotThrow(() => parseHistory(history));
  });

  it('never throws on a body or host record that is no array or object', () => {
    for (const events of [null, undefined, 0, 'Delivery', { RecordType: 42, Recipient: {} }]) {
      for (const sends of [null, 'sends', 3, [null, 4, { recipients: 'x' }]]) {
        const unmatched: unknown[] = [];
        const history = fromPostmark(events, sends, { onUnmatched: (e) => unmatched.push(e) });
        assert.doesNotThrow(() => parseHistory(history));
        assert.equal(unmatched.length, 1);
      }
    }
  });
});
