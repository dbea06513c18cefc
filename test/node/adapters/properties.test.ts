/**
 * Properties every adapter keeps, whatever arrives: it never throws, its
 * answer passes the element's parser, and every event it is given is
 * accounted for: placed in a send, dropped as a duplicate, or reported to
 * onUnmatched.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as adapters from '../../../src/adapters/index.js';
import type { AdapterOptions, HostSend } from '../../../src/adapters/index.js';
import { parseHistory } from '../../../src/data/parse.js';

type Adapter = (events: unknown, sends: unknown, options?: AdapterOptions) => ReturnType<typeof adapters.fromSendGrid>;
const all = Object.entries(adapters).filter(([name]) => name.startsWith('from')) as [string, Adapter][];

const sends: HostSend[] = [
  { id: 's1', sentAt: 1700000000, messageId: 'm1', recipients: [{ email: 'a@client.example', type: 'to' }] },
];

/** SendGrid events for two messages (one the host knows), often alike but each a distinct event. */
const sendGridEvent = fc.record({
  email: fc.constantFrom('a@client.example', 'A@CLIENT.example', 'b@client.example'),
  event: fc.constantFrom('processed', 'delivered', 'deferred', 'bounce', 'open', 'click', 'group_resubscribe'),
  timestamp: fc.integer({ min: 1700000000, max: 1700000002 }),
  url: fc.constantFrom(undefined, 'https://pay.example/1', 'https://pay.example/2'),
  sg_message_id: fc.constantFrom('m1.filter0001', 'm2.filter0002', 'm1'),
});

describe('every adapter', () => {
  it('is exported for each of the five providers', () => {
    assert.deepEqual(all.map(([name]) => name).sort(), ['fromMailgun', 'fromPostmark', 'fromResend', 'fromSendGrid', 'fromSes']);
  });

  for (const [name, adapt] of all) {
    it(`${name} never throws on any JSON value, and its answer passes the element's parser`, () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.oneof(fc.constant(sends), fc.jsonValue()), (events, hostSends) => {
          const history = adapt(events, hostSends, { onUnmatched: () => undefined });
          parseHistory(history);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('fromSendGrid accounts for every event', () => {
  it('places it or reports it unmatched, once; a retried copy adds nothing', () => {
    fc.assert(
      fc.property(fc.array(sendGridEvent, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 5 }), (alike, repeats) => {
        // Real events have unique ids, however alike the rest (two clicks in one second on different links).
        const batch = alike.map((event, i) => ({ ...event, sg_event_id: `event-${i}` }));
        const retried = repeats.filter((i) => i < batch.length).map((i) => structuredClone(batch[i]!));
        const unmatched: unknown[] = [];
        const history = adapters.fromSendGrid([...batch, ...retried], sends, { onUnmatched: (e) => unmatched.push(e) });
        const placed = history.sends.flatMap((s) => s.recipients).reduce((n, r) => n + r.events.length, 0);
        assert.equal(placed + unmatched.length, batch.length);
        // Only events for the message the host does not know are unmatched.
        const unknown = batch.filter((e) => e.sg_message_id.startsWith('m2'));
        assert.deepEqual(unmatched, unknown);
      }),
      { numRuns: 300 },
    );
  });
});

/** Each provider's documented samples and the host sends that match them (fixtures/providers/). */
const samples: Record<string, { events: unknown[]; sends: HostSend[] }> = Object.fromEntries(
  ['sendgrid', 'postmark', 'mailgun', 'ses', 'resend'].map((name) => [
    name,
    JSON.parse(readFileSync(new URL(`../../../fixtures/providers/${name}.json`, import.meta.url), 'utf8')),
  ]),
);
const adapterOf: Record<string, Adapter> = {
  sendgrid: adapters.fromSendGrid,
  postmark: adapters.fromPostmark,
  mailgun: adapters.fromMailgun,
  ses: adapters.fromSes,
  resend: adapters.fromResend,
};
const placedIn = (history: ReturnType<Adapter>) =>
  history.sends.flatMap((s) => s.recipients).reduce((n, r) => n + r.events.length, 0);

describe("every adapter accounts for its provider's documented samples", () => {
  for (const [name, { events, sends: hostSends }] of Object.entries(samples)) {
    const adapt = adapterOf[name]!;
    it(`${name}: each payload is placed, a repeat, or reported; batches and retries lose nothing`, () => {
      // Alone, every documented payload either lands in the history or is reported.
      for (const payload of events) {
        const unmatched: unknown[] = [];
        const placed = placedIn(adapt([payload], hostSends, { onUnmatched: (e) => unmatched.push(e) }));
        assert.ok(placed > 0 || unmatched.length === 1, `${name}: ${JSON.stringify(payload).slice(0, 120)}`);
      }
      fc.assert(
        fc.property(fc.shuffledSubarray(events), fc.array(fc.nat(), { maxLength: 5 }), (batch, repeats) => {
          // A retried payload arrives again as a copy.
          const retried = [...batch, ...repeats.filter((i) => i < batch.length).map((i) => structuredClone(batch[i]))];
          const unmatched: unknown[] = [];
          const placed = placedIn(adapt(retried, hostSends, { onUnmatched: (e) => unmatched.push(e) }));
          const alone = batch.map((payload) => {
            const reported: unknown[] = [];
            return { placed: placedIn(adapt([payload], hostSends, { onUnmatched: (e) => reported.push(e) })), reported };
          });
          assert.equal(placed, alone.reduce((n, a) => n + a.placed, 0), 'a batch places what its payloads place alone');
          const reportedAlone = alone.filter((a) => a.reported.length).length;
          assert.ok(unmatched.length >= reportedAlone, 'nothing reported alone goes unreported in a batch');
          assert.equal(new Set(unmatched).size, unmatched.length, 'each payload is reported once at most');
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe('a payload for very many addresses', () => {
  it('is adapted whole, without exhausting the stack', () => {
    const destination = Array.from({ length: 200_000 }, (_, i) => `r${i}@client.example`);
    const record = { eventType: 'Send', mail: { messageId: 'm1', timestamp: '2026-11-20T09:14:00.000Z', destination }, send: {} };
    const history = adapters.fromSes([record], sends);
    assert.equal(history.sends[0]!.recipients.filter((r) => r.events.length).length, destination.length);
  });
});
