import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromSes, type HostSend } from '../../../src/adapters/index.js';
import { parseHistory } from '../../../src/data/parse.js';
import type { RawInvoiceHistory } from '../../../src/data/contract.js';

type Loose = Record<string, unknown>;

/** Amazon's documented samples (fixtures/providers/ses.json says where each comes from). */
const sample = JSON.parse(readFileSync(new URL('../../../fixtures/providers/ses.json', import.meta.url), 'utf8')) as {
  events: Loose[];
  notifications: { events: Loose[] };
  snsNotification: { sample: Loose };
  sends: HostSend[];
};

/** A documented event-publishing record by its event type, to change as a test needs. */
const record = (type: string): Loose => {
  const found = sample.events.find((e) => e['eventType'] === type);
  assert.ok(found, `the fixture has a ${type} record`);
  return structuredClone(found);
};

/** An SES record as SNS posts it: the documented notification envelope, its Message the record as JSON. */
const envelope = (message: unknown, changes: Loose = {}): Loose => ({
  ...sample.snsNotification.sample,
  Message: typeof message === 'string' ? message : JSON.stringify(message),
  ...changes,
});

/** A record with its `mail` and one of its parts changed. */
const edit = (type: string, part: string, changes: Loose, mail: Loose = {}): Loose => {
  const base = record(type);
  return {
    ...base,
    [part]: { ...(base[part] as Loose), ...changes },
    mail: { ...(base['mail'] as Loose), ...mail },
  };
};

const statuses = (history: RawInvoiceHistory) =>
  history.sends.map((send) => [send.id, send.recipients.map((r) => [r.email, r.type, r.events.map((e) => e.status)])]);

const eventsOf = (history: RawInvoiceHistory, sendId: string, email: string) =>
  history.sends
    .find((s) => s.id === sendId)!
    .recipients.find((r) => r.email.toLowerCase() === email.toLowerCase())!.events;

const allEvents = (history: RawInvoiceHistory) => history.sends.flatMap((s) => s.recipients.flatMap((r) => r.events));

describe('fromSes', () => {
  it("maps every documented event-publishing record, in SNS envelopes, onto the element's statuses", () => {
    const history = fromSes(sample.events.map((e) => envelope(e)), sample.sends);
    assert.deepEqual(statuses(history).slice(0, 2), [
      [
        'inv-3001-send-1',
        [
          [
            'Recipient@Example.com',
            'to',
            ['bounce', 'spamreport', 'delivered', 'processed', 'open', 'click', 'rendering failure', 'deferred'],
          ],
          ['accounts@example.com', 'cc', []],
          // The documented Reject record is addressed to sender@example.com: kept, with no type.
          ['sender@example.com', '', ['dropped']],
        ],
      ],
      ['inv-3001-send-2', [['recipient@example.com', 'to', ['unsubscribe']]]],
    ]);
    assert.deepEqual(parseHistory(history), history);
  });

  it('maps the documented notifications of the older format (notificationType), one event per address', () => {
    const history = fromSes(sample.notifications.events, sample.sends);
    assert.deepEqual(statuses(history).slice(2), [
      [
        'inv-3002-send-1',
        [
          ['jane@example.com', 'to', ['bounce']],
          ['Mary@Example.com', 'cc', []],
          ['richard@example.com', 'bcc', []],
        ],
      ],
      [
        'inv-3002-send-2',
        [
          ['jane@example.com', 'to', ['bounce']],
          ['Mary@Example.com', 'cc', []],
          ['richard@example.com', 'bcc', ['bounce']],
        ],
      ],
      [
        'inv-3002-send-3',
        [
          ['jane@example.com', 'to', []],
          ['Mary@Example.com', 'cc', []],
          ['richard@example.com', 'bcc', ['spamreport']],
        ],
      ],
      [
        'inv-3002-send-4',
        [
          ['jane@example.com', 'to', []],
          ['Mary@Example.com', 'cc', []],
          ['richard@example.com', 'bcc', ['spamreport']],
        ],
      ],
      ['inv-3002-send-5', [['jane@example.com', 'to', ['delivered']]]],
    ]);
    assert.deepEqual(parseHistory(history), history);
  });

  it("carries SES's details: the event's own time, bounce and delay reasons, diagnostic codes, SMTP answer, link", () => {
    const history = fromSes([...sample.events, ...sample.notifications.events], sample.sends);
    const events = eventsOf(history, 'inv-3001-send-1', 'recipient@example.com');
    const find = (status: string) => events.find((e) => e.status === status);
    assert.deepEqual(find('bounce'), {
      status: 'bounce',
      at: '2017-08-05T00:41:02.669Z',
      reason: 'Permanent bounce: General',
      response: 'smtp; 550 5.1.1 user unknown',
    });
    assert.deepEqual(find('deferred'), {
      status: 'deferred',
      at: '2020-06-16T00:25:40.095Z',
      reason: 'TransientCommunicationFailure',
      response: 'smtp; 421 4.4.1 Unable to connect to remote host',
    });
    assert.deepEqual(find('delivered'), {
      status: 'delivered',
      at: '2016-10-19T23:21:04.133Z',
      response: '250 2.6.0 Message received',
    });
    // Send has no time of its own: the message's.
    assert.deepEqual(find('processed'), { status: 'processed', at: '2016-10-14T05:02:16.645Z' });
    assert.equal(find('click')?.url, 'http://docs.aws.amazon.com/ses/latest/DeveloperGuide/send-email-smtp.html');
    assert.equal(find('spamreport')?.reason, 'abuse');
    assert.equal(find('rendering failure')?.reason, "Attribute 'attributeName' is not present in the rendering data.");
    assert.deepEqual(eventsOf(history, 'inv-3001-send-1', 'sender@example.com'), [
      { status: 'dropped', at: '2016-10-14T17:38:15.211Z', reason: 'Bad content' },
    ]);
    assert.deepEqual(eventsOf(history, 'inv-3002-send-5', 'jane@example.com'), [
      { status: 'delivered', at: '2016-01-27T14:59:38.237Z', response: '250 ok:  Message 64111812 accepted' },
    ]);
    assert.equal(
      eventsOf(history, 'inv-3002-send-1', 'jane@example.com')[0]!.response,
      'smtp; 550 5.1.1 <jane@example.com>... User',
    );
  });

  it('tells bounces apart by type and subtype, and complaints by subtype and feedback type', () => {
    const bounce = (bounceType: string, bounceSubType: string, feedbackId: string) =>
      edit('Bounce', 'bounce', { bounceType, bounceSubType, feedbackId, timestamp: `2017-08-05T00:41:0${feedbackId}.000Z` });
    const complaint = (changes: Loose, second: string) =>
      edit('Complaint', 'complaint', { ...changes, timestamp: `2017-08-05T00:42:0${second}.000Z` });
    const history = fromSes(
      [
        bounce('Transient', 'MailboxFull', '1'),
        bounce('Undetermined', 'Undetermined', '2'),
        bounce('Permanent', 'Suppressed', '3'),
        bounce('Permanent', 'OnAccountSuppressionList', '4'),
        bounce('Permanent', 'NoEmail', '5'),
        complaint({ complaintSubType: 'OnAccountSuppressionList', complaintFeedbackType: undefined }, '1'),
        complaint({ complaintSubType: null, complaintFeedbackType: 'not-spam' }, '2'),
        complaint({ complaintFeedbackType: 'fraud' }, '3'),
      ],
      sample.sends,
    );
    assert.deepEqual(
      eventsOf(history, 'inv-3001-send-1', 'recipient@example.com').map((e) => [e.status, e.reason]),
      [
        ['blocked', 'Transient bounce: MailboxFull'],
        ['bounce', 'Undetermined bounce: Undetermined'],
        ['dropped', 'Permanent bounce: Suppressed'],
        ['dropped', 'Permanent bounce: OnAccountSuppressionList'],
        ['bounce', 'Permanent bounce: NoEmail'],
        ['dropped', 'OnAccountSuppressionList'],
        ['not-spam', 'not-spam'],
        ['spamreport', 'fraud'],
      ],
    );
  });

  it('calls a Subscription an unsubscribe only when it opts out of something', () => {
    const subscription = (newTopicPreferences: unknown, timestamp: string) =>
      edit('Subscription', 'subscription', { newTopicPreferences, timestamp });
    const topics = (status: string) => ({
      unsubscribeAll: false,
      topicSubscriptionStatus: [{ topicName: 'ExampleTopicName', subscriptionStatus: status }],
    });
    const history = fromSes(
      [
        record('Subscription'),
        // The documented record's old preferences have the topic opted out already: opting in is no unsubscribe.
        subscription(topics('OptIn'), '2022-01-12T01:00:18.000Z'),
        // Still opted out of the topic it was opted out of: nothing new.
        subscription(topics('OptOut'), '2022-01-12T01:00:19.000Z'),
      ],
      sample.sends,
    );
    assert.deepEqual(
      eventsOf(history, 'inv-3001-send-2', 'recipient@example.com').map((e) => e.status),
      ['unsubscribe', 'subscription', 'subscription'],
    );
  });

  it("keeps an event type SES adds later under SES's name, for the message's addresses", () => {
    const history = fromSes([{ ...record('Send'), eventType: 'Quarantine' }], sample.sends);
    assert.deepEqual(eventsOf(history, 'inv-3001-send-1', 'recipient@example.com'), [
      { status: 'quarantine', at: '2016-10-14T05:02:16.645Z' },
    ]);
  });

  it('makes one event per affected address, and an open or click one for each address of the message', () => {
    const destination = ['jane@example.com', 'richard@example.com'];
    const mail = { messageId: '00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa0680-000000', destination };
    const history = fromSes(
      [
        edit('Open', 'open', {}, mail),
        edit('Delivery', 'delivery', { recipients: destination }, mail),
        edit(
          'DeliveryDelay',
          'deliveryDelay',
          { delayedRecipients: [{ emailAddress: 'Mary@example.com', diagnosticCode: 'smtp; 421' }] },
          mail,
        ),
      ],
      sample.sends,
    );
    assert.deepEqual(statuses(history)[2], [
      'inv-3002-send-1',
      [
        ['jane@example.com', 'to', ['open', 'delivered']],
        ['Mary@Example.com', 'cc', ['deferred']],
        ['richard@example.com', 'bcc', ['open', 'delivered']],
      ],
    ]);
  });

  it('matches by messageId, or by the send_id tag of the message', () => {
    const tagged = edit('Delivery', 'delivery', {}, { messageId: 'not-ours', tags: { send_id: ['inv-3002-send-5'] } });
    // A tag may also arrive as a plain string.
    const opened = { ...tagged, eventType: 'Open', mail: { ...(tagged['mail'] as Loose), tags: { send_id: 'inv-3001-send-2' } } };
    const history = fromSes([tagged, opened], sample.sends);
    assert.deepEqual(
      eventsOf(history, 'inv-3002-send-5', 'recipient@example.com').map((e) => e.status),
      ['delivered'],
    );
    assert.deepEqual(
      eventsOf(history, 'inv-3001-send-2', 'recipient@example.com').map((e) => e.status),
      ['open'],
    );
  });

  it('finds the recipient whatever the case of the address, and keeps an address the host did not list', () => {
    const history = fromSes(
      [edit('Delivery', 'delivery', { recipients: ['RECIPIENT@example.com', 'forwarded@elsewhere.example'] })],
      sample.sends,
    );
    assert.deepEqual(
      history.sends[0]!.recipients.map((r) => [r.email, r.type, r.name, r.events.length]),
      [
        ['Recipient@Example.com', 'to', 'Example Client', 1],
        ['accounts@example.com', 'cc', undefined, 0],
        ['forwarded@elsewhere.example', '', undefined, 1],
      ],
    );
  });

  it('counts a retried notification once, enveloped or not', () => {
    const delivery = record('Delivery');
    const history = fromSes([envelope(delivery), envelope(structuredClone(delivery)), delivery], sample.sends);
    assert.equal(allEvents(history).length, 1);
    // The same kind of event at another time is another event.
    const later = edit('Delivery', 'delivery', { timestamp: '2016-10-19T23:25:00.000Z' });
    assert.equal(allEvents(fromSes([delivery, later], sample.sends)).length, 2);
  });

  it('hands a notification for no known send to onUnmatched once, as posted, and nowhere else', () => {
    const stray = envelope(edit('Bounce', 'bounce', {}, { messageId: 'someone-elses', destination: [] }));
    const twoAddresses = envelope(
      edit('Delivery', 'delivery', { recipients: ['a@x.example', 'b@x.example'] }, { messageId: 'someone-elses' }),
    );
    const unmatched: unknown[] = [];
    const history = fromSes([stray, twoAddresses], sample.sends, { onUnmatched: (e) => unmatched.push(e) });
    assert.deepEqual(unmatched, [stray, twoAddresses]);
    assert.deepEqual(allEvents(history), []);
  });

  it('never throws on garbage: each unreadable payload is reported unmatched', () => {
    const junk: unknown[] = [
      null,
      42,
      'text',
      sample.snsNotification.sample, // documented, its Message plain text
      envelope('{"eventType": "Delivery", "mail": '),
      envelope('null'),
      envelope('42'),
      envelope('"a string"'),
      envelope(record('Delivery'), { Type: 'SubscriptionConfirmation' }),
      { Type: 'Notification' },
      { Type: 'Notification', Message: 17 },
      { mail: { messageId: sample.sends[0]!.messageId } },
      { ...record('Bounce'), bounce: { bouncedRecipients: 'recipient@example.com' } },
      { ...record('Complaint'), complaint: { complainedRecipients: [null, 7, {}, { emailAddress: ' ' }] } },
      { ...record('Open'), mail: { ...(record('Open')['mail'] as Loose), destination: 'recipient@example.com' } },
      // Readable, but with no message id or send_id: it belongs to no send.
      { eventType: 'Delivery', mail: null, delivery: { recipients: ['recipient@example.com'] } },
      { ...record('Subscription'), subscription: 'x' },
    ];
    const unmatched: unknown[] = [];
    let history: RawInvoiceHistory | undefined;
    assert.doesNotThrow(() => {
      history = fromSes([junk.slice(0, 8), junk.slice(8)], sample.sends, { onUnmatched: (e) => unmatched.push(e) });
    });
    // The last one is readable: a Subscription with no preferences (from an unsubscribe link) on the documented message.
    assert.deepEqual(unmatched, junk.slice(0, -1));
    assert.deepEqual(
      allEvents(history!).map((e) => e.status),
      ['unsubscribe'],
    );
    for (const events of [null, undefined, 7, 'x', {}, [[[]]]]) {
      assert.doesNotThrow(() => parseHistory(fromSes(events, 'not sends')));
    }
    assert.deepEqual(fromSes(sample.events, null), { sends: [] });
  });
});
