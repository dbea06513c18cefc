import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseHistory } from '../../src/data/normalise.js';
import { parseHistory } from '../../src/data/parse.js';
import {
  RETRY_WINDOW_MS,
  addressKey,
  earlierFailures,
  engagement,
  latestFinal,
  recipientOutcome,
  retryDeadline,
  sendSummary,
} from '../../src/data/outcome.js';
import { KNOWN_STATUSES, STATUSES } from '../../src/data/statuses.js';
import type { InvoiceHistory, RawDeliveryEvent, Recipient } from '../../src/data/contract.js';

const HOUR = 60 * 60 * 1000;
const T0 = Date.parse('2026-11-09T03:05:00Z');
/** Epoch seconds, as SendGrid sends them, `minutes` after T0. */
const at = (minutes: number) => T0 / 1000 + minutes * 60;

type Event = Omit<RawDeliveryEvent, 'at'> & { at?: unknown };

/** A normalised history, through the real pipeline. */
const history = (body: unknown): InvoiceHistory => normaliseHistory(parseHistory(body));

/** The one recipient of a one-send history with these events. */
function recipient(events: Event[]): Recipient {
  const sends = [{ id: 's1', sentAt: at(0), recipients: [{ email: 'a@client.example', type: 'to', events }] }];
  return history({ sends }).sends[0]!.recipients[0]!;
}

const outcomeOf = (...events: Event[]) => recipientOutcome(recipient(events));

describe('the status table', () => {
  it('points final statuses at delivered or failed, and others never at failed', () => {
    for (const status of KNOWN_STATUSES) {
      const info = STATUSES[status];
      if (info.final) assert.ok(['delivered', 'failed'].includes(info.outcome), status);
      else assert.notEqual(info.outcome, 'failed', status);
      if (info.engagement) assert.equal(info.outcome, 'delivered', `${status}: engagement means it arrived`);
    }
    const failures = KNOWN_STATUSES.filter((status) => STATUSES[status].outcome === 'failed').sort();
    assert.deepEqual(failures, ['blocked', 'bounce', 'dropped']);
  });
});

describe('recipientOutcome', () => {
  it('is pending with no events, with processed only, or with only unknown statuses', () => {
    assert.equal(outcomeOf(), 'pending');
    assert.equal(outcomeOf({ status: 'processed', at: at(0) }), 'pending');
    assert.equal(outcomeOf({ status: 'group_resubscribe', at: at(1) }, { status: 'processed', at: at(0) }), 'pending');
  });

  it('is retrying after a deferral with no final event, however many attempts', () => {
    assert.equal(outcomeOf({ status: 'processed', at: at(0) }, { status: 'deferred', at: at(1), attempt: 1 }), 'retrying');
    assert.equal(
      outcomeOf({ status: 'deferred', at: at(1), attempt: 1 }, { status: 'deferred', at: at(60), attempt: 2 }),
      'retrying',
    );
  });

  it('is delivered after delivered, and after a deferral then delivered', () => {
    assert.equal(outcomeOf({ status: 'processed', at: at(0) }, { status: 'delivered', at: at(1) }), 'delivered');
    assert.equal(outcomeOf({ status: 'deferred', at: at(1) }, { status: 'delivered', at: at(90) }), 'delivered');
    // A deferral reported after the delivery does not reopen it.
    assert.equal(outcomeOf({ status: 'delivered', at: at(1) }, { status: 'deferred', at: at(2) }), 'delivered');
  });

  it('is failed when the latest final event is dropped, bounce or blocked', () => {
    assert.equal(outcomeOf({ status: 'processed', at: at(0) }, { status: 'dropped', at: at(0) }), 'failed');
    assert.equal(outcomeOf({ status: 'processed', at: at(0) }, { status: 'bounce', at: at(1) }), 'failed');
    assert.equal(outcomeOf({ status: 'deferred', at: at(1) }, { status: 'blocked', at: at(4320) }), 'failed');
  });

  it('lets the latest final event win: an asynchronous bounce after delivered is failed, and the reverse delivered', () => {
    assert.equal(outcomeOf({ status: 'delivered', at: at(1) }, { status: 'bounce', at: at(600) }), 'failed');
    assert.equal(outcomeOf({ status: 'bounce', at: at(1) }, { status: 'delivered', at: at(600) }), 'delivered');
    // The events' order in the body does not matter, only their times.
    assert.equal(outcomeOf({ status: 'bounce', at: at(600) }, { status: 'delivered', at: at(1) }), 'failed');
  });

  it('keeps a failure even when engagement follows it', () => {
    assert.equal(outcomeOf({ status: 'bounce', at: at(1) }, { status: 'open', at: at(2) }), 'failed');
  });

  it('in the same second, follows the life cycle: bounce then delivered is delivered', () => {
    assert.equal(outcomeOf({ status: 'delivered', at: at(1) }, { status: 'bounce', at: at(1) }), 'delivered');
  });

  it('sorts undated events after dated ones: an undated bounce after a dated delivery is failed', () => {
    assert.equal(outcomeOf({ status: 'delivered', at: at(1) }, { status: 'bounce', at: 'yesterday' }), 'failed');
    assert.equal(outcomeOf({ status: 'bounce', at: at(1) }, { status: 'delivered' }), 'delivered');
    const undated = recipient([{ status: 'bounce', at: null }, { status: 'delivered', at: at(5) }]);
    assert.deepEqual(latestFinal(undated), { status: 'bounce', at: null });
  });

  it('is delivered on engagement, a spam report or an unsubscribe with no delivered event', () => {
    for (const status of ['open', 'click', 'spamreport', 'unsubscribe']) {
      assert.equal(outcomeOf({ status: 'processed', at: at(0) }, { status, at: at(5) }), 'delivered', status);
      assert.equal(outcomeOf({ status: 'deferred', at: at(0) }, { status, at: at(5) }), 'delivered', status);
    }
  });

  it('does not count an automated (machine) open as evidence of arrival', () => {
    assert.equal(outcomeOf({ status: 'processed', at: at(0) }, { status: 'open', at: at(5), machine: true }), 'pending');
    assert.equal(outcomeOf({ status: 'deferred', at: at(0) }, { status: 'open', at: at(5), machine: true }), 'retrying');
    assert.equal(
      outcomeOf({ status: 'open', at: at(5), machine: true }, { status: 'open', at: at(9), machine: false }),
      'delivered',
    );
  });

  it('ignores unknown statuses, and reads statuses in any case', () => {
    assert.equal(outcomeOf({ status: 'deferred', at: at(0) }, { status: 'group_unsubscribe', at: at(5) }), 'retrying');
    assert.equal(outcomeOf({ status: ' BOUNCE ', at: at(0) }), 'failed');
  });
});

describe('engagement', () => {
  it('reports opens and clicks separately, never counting a machine open', () => {
    assert.deepEqual(engagement(recipient([{ status: 'delivered', at: at(1) }])), { opened: false, clicked: false });
    assert.deepEqual(engagement(recipient([{ status: 'open', at: at(2), machine: true }])), {
      opened: false,
      clicked: false,
    });
    assert.deepEqual(
      engagement(recipient([{ status: 'open', at: at(2), machine: true }, { status: 'open', at: at(3) }])),
      { opened: true, clicked: false },
    );
    assert.deepEqual(engagement(recipient([{ status: 'click', at: at(4), url: 'https://pay.example' }])), {
      opened: false,
      clicked: true,
    });
  });
});

describe('retryDeadline', () => {
  it('is 72 hours after the first deferral while retrying', () => {
    const r = recipient([
      { status: 'deferred', at: at(120), attempt: 2 },
      { status: 'processed', at: at(0) },
      { status: 'deferred', at: at(1), attempt: 1 },
    ]);
    assert.equal(retryDeadline(r), (at(1) * 1000) + 72 * HOUR);
    assert.equal(RETRY_WINDOW_MS, 72 * HOUR);
  });

  it('is null once there is a final outcome, or when not deferred, or when no deferral has a time', () => {
    assert.equal(retryDeadline(recipient([{ status: 'deferred', at: at(1) }, { status: 'delivered', at: at(9) }])), null);
    assert.equal(retryDeadline(recipient([{ status: 'deferred', at: at(1) }, { status: 'blocked', at: at(9) }])), null);
    assert.equal(retryDeadline(recipient([{ status: 'processed', at: at(0) }])), null);
    assert.equal(retryDeadline(recipient([{ status: 'deferred', at: 'soon' }])), null);
  });

  it('uses the first dated deferral when another one is undated', () => {
    assert.equal(retryDeadline(recipient([{ status: 'deferred' }, { status: 'deferred', at: at(30) }])), at(30) * 1000 + 72 * HOUR);
  });
});

describe('sendSummary', () => {
  it('counts outcomes, opens, failures by cause and the earliest retry deadline', () => {
    const recipients = [
      { email: 'a@client.example', type: 'to', events: [{ status: 'delivered', at: at(1) }, { status: 'open', at: at(5) }] },
      { email: 'b@client.example', type: 'cc', events: [{ status: 'delivered', at: at(1) }, { status: 'open', at: at(2), machine: true }] },
      { email: 'c@client.example', type: 'cc', events: [{ status: 'bounce', at: at(1) }] },
      { email: 'd@client.example', type: 'cc', events: [{ status: 'dropped', at: at(0) }] },
      { email: 'e@client.example', type: 'bcc', events: [{ status: 'deferred', at: at(10) }] },
      { email: 'f@client.example', type: 'bcc', events: [{ status: 'deferred', at: at(3) }, { status: 'deferred', at: at(50) }] },
      { email: 'g@client.example', type: 'bcc', events: [{ status: 'processed', at: at(0) }] },
      { email: 'h@client.example', type: 'bcc', events: [] },
      { email: 'i@client.example', type: 'bcc', events: [{ status: 'click', at: at(9) }] },
    ];
    const send = history({ sends: [{ id: 's1', sentAt: at(0), recipients }] }).sends[0]!;
    assert.deepEqual(sendSummary(send), {
      recipients: 9,
      outcomes: { failed: 2, delivered: 3, retrying: 2, pending: 2 },
      opened: 1,
      clicked: 1,
      failures: { dropped: 1, bounce: 1, blocked: 0 },
      retryDeadline: at(3) * 1000 + 72 * HOUR,
    });
  });

  it('is all zeros for a send without recipients', () => {
    const send = history({ sends: [{ id: 's1', sentAt: at(0), recipients: [] }] }).sends[0]!;
    const summary = sendSummary(send);
    assert.equal(summary.recipients, 0);
    assert.deepEqual(summary.outcomes, { failed: 0, delivered: 0, retrying: 0, pending: 0 });
    assert.equal(summary.retryDeadline, null);
  });

  it('always adds up: outcomes to the recipients, failures to the failed, opens within the delivered', () => {
    const event = fc.record(
      {
        status: fc.oneof(fc.constantFrom(...KNOWN_STATUSES), fc.constantFrom('group_resubscribe', 'BOUNCE', '', 'Open')),
        at: fc.oneof(fc.integer({ min: 0, max: 400 }).map(at), fc.constant(null), fc.constant('not a time')),
        machine: fc.boolean(),
        attempt: fc.nat(9),
      },
      { requiredKeys: ['status', 'at'] },
    );
    const rawRecipient = fc.record({
      email: fc.constantFrom('a@client.example', 'A@Client.example', 'b@client.example', ''),
      type: fc.constantFrom('to', 'cc', 'bcc', 'reply-to'),
      events: fc.array(event, { maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(rawRecipient, { maxLength: 12 }), (recipients) => {
        const send = history({ sends: [{ id: 's1', sentAt: at(0), recipients }] }).sends[0]!;
        const summary = sendSummary(send);
        const { failed, delivered, retrying, pending } = summary.outcomes;
        assert.equal(summary.recipients, recipients.length);
        assert.equal(failed + delivered + retrying + pending, recipients.length);
        const { dropped, bounce, blocked } = summary.failures;
        assert.equal(dropped + bounce + blocked, failed);
        assert.ok(summary.opened <= recipients.length && summary.clicked <= recipients.length);
        assert.equal(summary.retryDeadline === null || retrying > 0, true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('earlierFailures', () => {
  const sendOf = (id: string, sentAt: unknown, recipients: { email: string; events: Event[] }[]) => ({
    id,
    sentAt,
    recipients: recipients.map((r) => ({ type: 'to', ...r })),
  });

  it('carries a failure to later sends to the same address, in any case, with when and where', () => {
    const h = history({
      sends: [
        sendOf('third', at(3000), [{ email: ' Ann@Client.example', events: [{ status: 'delivered', at: at(3001) }] }]),
        sendOf('first', at(0), [
          { email: 'ann@client.example', events: [{ status: 'bounce', at: at(1), reason: 'mailbox full' }] },
          { email: 'bob@client.example', events: [{ status: 'delivered', at: at(1) }] },
        ]),
        sendOf('second', at(2000), [
          { email: 'ANN@CLIENT.EXAMPLE', events: [{ status: 'deferred', at: at(2001) }] },
          { email: 'bob@client.example', events: [{ status: 'delivered', at: at(2001) }] },
          { email: 'cat@client.example', events: [{ status: 'blocked', at: at(2002) }] },
        ]),
      ],
    });
    const [third, second, first] = h.sends;
    const failures = earlierFailures(h);
    assert.equal(failures.has(first!), false, 'nothing is carried back to the first send');
    assert.deepEqual([...failures.get(second!)!], [['ann@client.example', { status: 'bounce', at: at(1) * 1000, sendId: 'first' }]]);
    const toThird = failures.get(third!)!;
    assert.deepEqual(toThird.get(addressKey(third!.recipients[0]!.email)), { status: 'bounce', at: at(1) * 1000, sendId: 'first' });
    assert.equal(toThird.size, 1, 'bob never failed; cat is not on the third send');
  });

  it('carries the most recent earlier failure, and not one a later delivery overtook on the same send', () => {
    const h = history({
      sends: [
        sendOf('a', at(0), [{ email: 'x@client.example', events: [{ status: 'dropped', at: at(0) }] }]),
        sendOf('b', at(100), [{ email: 'x@client.example', events: [{ status: 'blocked', at: at(4420) }] }]),
        sendOf('c', at(200), [
          { email: 'x@client.example', events: [] },
          { email: 'y@client.example', events: [{ status: 'bounce', at: at(201) }, { status: 'delivered', at: at(300) }] },
        ]),
        sendOf('d', at(400), [{ email: 'y@client.example', events: [] }]),
      ],
    });
    const failures = earlierFailures(h);
    const c = h.sends.find((s) => s.id === 'c')!;
    const d = h.sends.find((s) => s.id === 'd')!;
    assert.deepEqual(failures.get(c)!.get('x@client.example'), { status: 'blocked', at: at(4420) * 1000, sendId: 'b' });
    assert.equal(failures.has(d), false);
  });

  it('carries nothing between sends at the same time, or to or from an undated send', () => {
    const bounced = [{ email: 'x@client.example', events: [{ status: 'bounce', at: at(1) }] }];
    const h = history({
      sends: [
        sendOf('a', at(0), bounced),
        sendOf('b', at(0), bounced),
        sendOf('undated', 'whenever', bounced),
      ],
    });
    assert.equal(earlierFailures(h).size, 0);
    const later = history({ sends: [sendOf('undated', null, bounced), sendOf('later', at(10), bounced)] });
    assert.equal(earlierFailures(later).size, 0);
  });
});
