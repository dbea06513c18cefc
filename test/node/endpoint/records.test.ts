/**
 * The endpoint stores the first event of each sendGridEventKey() and drops
 * later ones: what it keeps must show exactly what every delivery would, or
 * the database would lose what the element shows (or keep what it drops).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromSendGrid, type HostSend } from '../../../src/adapters/index.js';
import { readEventBatch, readSend, sendGridEventKey, type SendGridEvent } from '../../../examples/sendgrid-endpoint/records.js';
import { sample } from './helpers.js';

const sends: HostSend[] = [
  { id: 's1', sentAt: 1700000000, messageId: '<m1>', recipients: [{ email: 'a@client.example', type: 'to' }] },
  { id: 's2', sentAt: 1700000000, messageId: 'm2', recipients: [{ email: 'b@client.example', type: 'to' }] },
];

/** SendGrid events with few distinct values, so retries and near-duplicates are common. */
const event = fc.record(
  {
    email: fc.constantFrom('a@client.example', 'A@Client.Example', 'b@client.example'),
    event: fc.constantFrom('processed', 'delivered', 'open', 'bounce', 'group_resubscribe'),
    timestamp: fc.oneof(fc.integer({ min: 1700000000, max: 1700000003 }), fc.constantFrom('2023-11-14T22:13:20.123456Z', 'soon')),
    sg_event_id: fc.constantFrom('e1', 'e2', 'sg_event_id'),
    sg_message_id: fc.constantFrom('m1.filter0001', '<m1>', 'm2.filter0002.1.2'),
    send_id: fc.constantFrom('s1', 's2'),
  },
  { requiredKeys: ['email', 'event'] },
);

/** What a database keyed by sendGridEventKey keeps of a stream of deliveries: the first of each key. */
function stored(events: SendGridEvent[]): SendGridEvent[] {
  const byKey = new Map<string, SendGridEvent>();
  for (const item of events) if (!byKey.has(sendGridEventKey(item))) byKey.set(sendGridEventKey(item), item);
  return [...byKey.values()];
}

describe('sendGridEventKey', () => {
  it("gives the adapter's dedupe: the stored events make the same history as every delivery", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        assert.deepEqual(fromSendGrid(stored(events), sends), fromSendGrid(events, sends));
      }),
    );
  });

  it('keeps the events of SendGrid\'s sample apart although they share one placeholder sg_event_id', () => {
    const events = readEventBatch(sample.events);
    assert.ok(Array.isArray(events));
    assert.equal(new Set(events.map(sendGridEventKey)).size, sample.events.length);
    assert.equal(stored([...events, ...events]).length, sample.events.length);
  });
});

describe('readEventBatch', () => {
  it('takes an array of objects with text event and email', () => {
    assert.ok(Array.isArray(readEventBatch([])));
    assert.ok(Array.isArray(readEventBatch([{ event: 'open', email: 'a@b.c', extra: [1] }])));
  });
  it('refuses anything else, naming the first problem', () => {
    assert.equal(readEventBatch({ event: 'open', email: 'a@b.c' }), 'the body is not a JSON array of events');
    assert.equal(readEventBatch(null), 'the body is not a JSON array of events');
    assert.equal(readEventBatch([{ event: 'open', email: 'a@b.c' }, 1]), 'event 1 is not an object');
    assert.equal(readEventBatch([{ event: 'open' }]), 'event 0 has no text "event" and "email"');
    assert.equal(readEventBatch([{ event: 3, email: 'a@b.c' }]), 'event 0 has no text "event" and "email"');
  });
});

/** readSend's reason for refusing `body`. */
function problemOf(body: unknown): string {
  const result = readSend(body);
  assert.equal(typeof result, 'string', 'refused');
  return result as string;
}

describe('readSend', () => {
  const valid = { invoiceId: 'INV-1', ...sample.sends[0]! };
  it("takes the host's send with its invoice id, keeping only the known fields", () => {
    assert.deepEqual(readSend({ ...valid, extra: true }), valid);
    assert.deepEqual(readSend({ ...valid, recipients: [{ email: 'x@y.z', type: 'BCC', name: '' }] }), {
      ...valid,
      recipients: [{ email: 'x@y.z', type: 'bcc' }],
    });
  });
  it('refuses a body without invoice, id, time or recipients, or with an unknown recipient type', () => {
    assert.match(problemOf([]), /not a JSON object/);
    assert.match(problemOf({ ...valid, invoiceId: ' ' }), /invoiceId/);
    assert.match(problemOf({ ...valid, id: 7 }), /"id"/);
    assert.match(problemOf({ ...valid, sentAt: null }), /sentAt/);
    assert.match(problemOf({ ...valid, subject: 7 }), /subject/);
    assert.match(problemOf({ ...valid, recipients: [] }), /recipients/);
    assert.match(problemOf({ ...valid, recipients: [{ email: 'x@y.z', type: 'reply-to' }] }), /type/);
    assert.match(problemOf({ ...valid, recipients: [{ type: 'to' }] }), /email/);
  });
});
