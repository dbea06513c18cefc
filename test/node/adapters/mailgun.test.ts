import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromMailgun, type HostSend } from '../../../src/adapters/index.js';
import { parseHistory } from '../../../src/data/parse.js';
import type { RawInvoiceHistory } from '../../../src/data/contract.js';

type EventData = Record<string, unknown>;

/** Mailgun's documented samples (fixtures/providers/mailgun.json says where each comes from). */
const sample = JSON.parse(readFileSync(new URL('../../../fixtures/providers/mailgun.json', import.meta.url), 'utf8')) as {
  events: EventData[];
  signature: { sample: Record<string, string> };
  earlierEvents: { events: EventData[] };
  sends: HostSend[];
};

/** A documented sample by its event and, for failures, its severity. */
const documented = (event: string, severity?: string): EventData => {
  const found = sample.events.find((e) => e['event'] === event && (!severity || e['severity'] === severity));
  assert.ok(found, `the fixture has a ${event} sample`);
  return structuredClone(found);
};

/** A webhook body as Mailgun posts it: the documented signature beside the event data. */
const body = (data: EventData) => ({ signature: sample.signature.sample, 'event-data': data });

/** The documented delivered sample, changed as a test needs. */
const delivered = (changes: EventData = {}): EventData => ({ ...documented('delivered'), ...changes });

/** Each send's id with each recipient's statuses, in order. */
const statuses = (history: RawInvoiceHistory) =>
  history.sends.map((send) => [send.id, send.recipients.map((r) => [r.email, r.events.map((e) => e.status)])]);

const eventsOf = (history: RawInvoiceHistory, sendId: string) =>
  history.sends.find((s) => s.id === sendId)!.recipients.flatMap((r) => r.events);

describe('fromMailgun', () => {
  it("maps every documented webhook sample onto the element's statuses, and the output parses", () => {
    const history = fromMailgun([...sample.events, ...sample.earlierEvents.events].map(body), sample.sends);
    assert.deepEqual(statuses(history), [
      [
        'inv-2001-send-1',
        [
          ['Recipient@Sample.Mailgun.com', ['delivered']],
          ['accounts@sample.mailgun.com', []],
        ],
      ],
      ['inv-2001-send-2', [['recipient@sample.mailgun.com', ['processed']]]],
      ['inv-2001-send-3', [['recipient@sample.mailgun.com', ['open', 'click', 'unsubscribe']]]],
      ['inv-2001-send-4', [['badrecipient@sample.mailgun.com', ['bounce']]]],
      ['inv-2001-send-5', [['tempfailrecipient@sample.mailgun.com', ['deferred']]]],
      ['inv-2001-send-6', [['recipient@sample.mailgun.com', ['spamreport']]]],
      ['inv-1999-send-1', [['slava@mailgun.com', ['dropped']]]],
      ['inv-2000-send-1', [['christest123@test.com', ['bounce']]]],
    ]);
    assert.deepEqual(parseHistory(history), history);
  });

  it('reads the event data alone as well as the { signature, "event-data" } body', () => {
    const wrapped = fromMailgun(sample.events.map(body), sample.sends);
    assert.deepEqual(fromMailgun(sample.events, sample.sends), wrapped);
    // Arrays of bodies, as a host may store a batch, are read one level down.
    assert.deepEqual(
      fromMailgun([[sample.events[0]], [body(sample.events[1]!)]], sample.sends),
      fromMailgun(sample.events.slice(0, 2), sample.sends),
    );
  });

  it("carries Mailgun's details: time, SMTP answer with its code, attempt, reason, link", () => {
    const history = fromMailgun([...sample.events, ...sample.earlierEvents.events], sample.sends);
    assert.deepEqual(eventsOf(history, 'inv-2001-send-1'), [
      { status: 'delivered', at: 1770146431.6585283, response: '250 OK', attempt: 1 },
    ]);
    assert.deepEqual(eventsOf(history, 'inv-2001-send-5'), [
      {
        status: 'deferred',
        at: 1770919267.4288595,
        reason: 'generic',
        response:
          '421 Your IP (161.38.194.10) is temporary blacklisted by an anti-troyan rule, retry later and/or visit http://sample.mailgun.com/',
        attempt: 1,
      },
    ]);
    const [bounce] = eventsOf(history, 'inv-2001-send-4');
    assert.equal(bounce!.reason, 'bounce');
    assert.match(bounce!.response!, /^550 5\.5\.0 Requested action not taken: mailbox unavailable/);
    assert.equal(eventsOf(history, 'inv-2001-send-3')[1]!.url, 'https://sample.mailgun.com');
    // A suppressed address: Mailgun's sentence is the reason; its empty message is no SMTP answer.
    assert.deepEqual(eventsOf(history, 'inv-1999-send-1'), [
      { status: 'dropped', at: 1529701969.818328, reason: 'Not delivering to previously bounced address', attempt: 1 },
    ]);
    // A message that already holds the code is not prefixed with it again.
    assert.equal(
      eventsOf(history, 'inv-2000-send-1')[0]!.response,
      'smtp; 550-5.1.1 The email account that you tried to reach does not exist.',
    );
  });

  it('tells failures apart by severity, then reason', () => {
    const failed = (severity: unknown, reason: unknown, id: string) => ({
      ...documented('failed', 'permanent'),
      id,
      severity,
      reason,
    });
    const history = fromMailgun(
      [
        failed('permanent', 'suppress-unsubscribe', 'a'),
        failed('permanent', 'suppress-complaint', 'b'),
        failed('permanent', 'Suppress-Bounce', 'c'),
        failed('permanent', 'old', 'd'),
        failed('permanent', 'espblock', 'e'),
        failed('temporary', 'greylisted', 'f'),
        failed(undefined, 'generic', 'g'),
      ],
      sample.sends,
    );
    assert.deepEqual(
      eventsOf(history, 'inv-2001-send-4').map((e) => e.status),
      ['dropped', 'dropped', 'dropped', 'blocked', 'bounce', 'deferred', 'failed'],
    );
  });

  it("marks an open Mailgun's client-info names a bot for as automated, and only that", () => {
    const opened = documented('opened');
    const bot = (value: unknown, id: string) => ({
      ...opened,
      id,
      'client-info': { ...(opened['client-info'] as EventData), bot: value },
    });
    const history = fromMailgun([opened, bot('apple', 'b'), bot('', 'c'), bot(true, 'd')], sample.sends);
    assert.deepEqual(
      eventsOf(history, 'inv-2001-send-3').map((e) => [e.status, e.machine]),
      [
        ['open', undefined],
        ['open', true],
        ['open', undefined],
        ['open', true],
      ],
    );
  });

  it("keeps an event Mailgun names but we do not know under Mailgun's name", () => {
    const history = fromMailgun([delivered({ event: 'Stored-Later', id: 'new' })], sample.sends);
    assert.deepEqual(eventsOf(history, 'inv-2001-send-1'), [
      { status: 'stored-later', at: 1770146431.6585283, response: '250 OK', attempt: 1 },
    ]);
  });

  it('matches by message id, angle brackets aside, or by send_id in user-variables', () => {
    const history = fromMailgun(
      [
        // The host kept this one without brackets; the event has them.
        delivered({ message: { headers: { 'message-id': ' <20260203192638.000be97f99f8cea1@sample.mailgun.com>' } } }),
        delivered({
          id: 'by-send-id',
          message: { headers: { 'message-id': 'not-ours@sample.mailgun.com' } },
          recipient: 'badrecipient@sample.mailgun.com',
          'user-variables': { send_id: 'inv-2001-send-4' },
        }),
      ],
      sample.sends,
    );
    assert.deepEqual(
      eventsOf(history, 'inv-2001-send-2').map((e) => e.status),
      ['delivered'],
    );
    assert.deepEqual(
      eventsOf(history, 'inv-2001-send-4').map((e) => e.status),
      ['delivered'],
    );
  });

  it('finds the recipient whatever the case of the address, and keeps an address the host did not list', () => {
    const history = fromMailgun(
      [
        delivered({ recipient: 'RECIPIENT@sample.mailgun.COM' }),
        delivered({ id: 'fwd', recipient: 'forwarded@elsewhere.example' }),
      ],
      sample.sends,
    );
    const [send] = history.sends;
    assert.deepEqual(
      send!.recipients.map((r) => [r.email, r.type, r.name, r.events.length]),
      [
        ['Recipient@Sample.Mailgun.com', 'to', 'Sample Client', 1],
        ['accounts@sample.mailgun.com', 'cc', undefined, 0],
        ['forwarded@elsewhere.example', '', undefined, 1],
      ],
    );
  });

  it('counts a retried event once, by its event-data id', () => {
    const once = documented('delivered');
    const history = fromMailgun([body(once), body(structuredClone(once)), once], sample.sends);
    assert.equal(eventsOf(history, 'inv-2001-send-1').length, 1);
    // Two events with no id are told apart by type, message, recipient and time.
    const noId = (timestamp: number) => ({ ...once, id: undefined, timestamp });
    assert.equal(eventsOf(fromMailgun([noId(1), noId(1), noId(2)], sample.sends), 'inv-2001-send-1').length, 2);
  });

  it('hands events for no known send to onUnmatched, the body as posted, and nowhere else', () => {
    const stray = body(delivered({ message: { headers: { 'message-id': 'elsewhere@sample.mailgun.com' } } }));
    const unmatched: unknown[] = [];
    const history = fromMailgun([stray, sample.events[0]], sample.sends, { onUnmatched: (e) => unmatched.push(e) });
    assert.deepEqual(unmatched, [stray]);
    assert.deepEqual(
      history.sends.flatMap((s) => s.recipients.flatMap((r) => r.events.map((e) => e.status))),
      ['processed'],
    );
  });

  it('never throws on garbage: it reports each unreadable payload unmatched', () => {
    const junk = [
      null,
      42,
      'text',
      true,
      { signature: sample.signature.sample },
      { signature: {}, 'event-data': null },
      { 'event-data': 'delivered' },
      { 'event-data': { event: 'delivered' } },
      { 'event-data': { recipient: 'a@b.example' } },
      { event: ['delivered'], recipient: { email: 'a@b.example' } },
    ];
    // Readable, but with no message id or send_id: it belongs to no send.
    const shapeless = {
      event: 'delivered',
      recipient: 'a@b.example',
      message: 'x',
      'user-variables': 'x',
      'delivery-status': 7,
      'client-info': [],
    };
    const unmatched: unknown[] = [];
    let history: RawInvoiceHistory | undefined;
    assert.doesNotThrow(() => {
      history = fromMailgun([junk, [[null], shapeless]], sample.sends, { onUnmatched: (e) => unmatched.push(e) });
    });
    assert.deepEqual(unmatched, [...junk, [null], shapeless]);
    assert.ok(history!.sends.every((s) => s.recipients.every((r) => r.events.length === 0)));
    for (const events of [null, undefined, 7, 'x', {}]) {
      assert.doesNotThrow(() => fromMailgun(events, null));
      assert.doesNotThrow(() => parseHistory(fromMailgun(events, 'not sends')));
    }
    assert.deepEqual(fromMailgun(sample.events, 'not sends'), { sends: [] });
  });
});
