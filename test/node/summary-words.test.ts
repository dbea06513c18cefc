/**
 * A send's summary line in words (src/view/outcomes.ts `summaryFacts`): the
 * sentence a person reads for each mix of outcomes, and, for any history,
 * words whose numbers add up to the recipients.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseHistory } from '../../src/data/normalise.js';
import { parseHistory } from '../../src/data/parse.js';
import { sendSummary } from '../../src/data/outcome.js';
import { KNOWN_STATUSES } from '../../src/data/statuses.js';
import { en } from '../../src/i18n/en.js';
import { Text } from '../../src/i18n/text.js';
import { summaryFacts } from '../../src/view/outcomes.js';

const text = new Text(en, 'en-GB', 'Australia/Sydney');
const T0 = Date.parse('2026-11-09T14:05:00+11:00') / 1000;
const at = (minutes: number) => T0 + minutes * 60;

type Events = { status: string; at: unknown; machine?: boolean }[];

/** The summary line of one send to recipients with these events. */
function line(...recipients: Events[]): string {
  const raw = recipients.map((events, i) => ({ email: `r${i}@client.example`, type: 'to', events }));
  const send = normaliseHistory(parseHistory({ sends: [{ id: 's', sentAt: at(0), recipients: raw }] })).sends[0]!;
  return summaryFacts(sendSummary(send), text).join(' · ');
}

const delivered: Events = [{ status: 'processed', at: at(0) }, { status: 'delivered', at: at(1) }];
const opened: Events = [...delivered, { status: 'open', at: at(5) }];
const clicked: Events = [...delivered, { status: 'click', at: at(6) }];
const machineOpen: Events = [...delivered, { status: 'open', at: at(2), machine: true }];
const bounced: Events = [{ status: 'processed', at: at(0) }, { status: 'bounce', at: at(1) }];
const dropped: Events = [{ status: 'dropped', at: at(0) }];
const blocked: Events = [{ status: 'deferred', at: at(0) }, { status: 'blocked', at: at(4320) }];
const retrying: Events = [{ status: 'processed', at: at(0) }, { status: 'deferred', at: at(0) }, { status: 'deferred', at: at(60) }];
const pending: Events = [{ status: 'processed', at: at(0) }];

describe('summary words', () => {
  it('says how each mix of outcomes went', () => {
    assert.equal(line(opened, delivered, bounced), 'Delivered to 2 of 3 · 1 bounced · opened by 1');
    assert.equal(line(delivered), 'Delivered to 1 of 1');
    assert.equal(line(machineOpen, machineOpen), 'Delivered to 2 of 2', 'an automated open is not an open');
    assert.equal(line(clicked, opened), 'Delivered to 2 of 2 · opened by 1 · link clicked by 1');
    assert.equal(line(bounced, dropped, blocked, bounced), '1 dropped · 2 bounced · 1 blocked');
    assert.equal(line(retrying), '1 still retrying (gives up around 12 Nov, 14:05)');
    assert.equal(line(retrying, [{ status: 'deferred', at: 'unknown' }]), '2 still retrying (gives up around 12 Nov, 14:05)');
    assert.equal(line([{ status: 'deferred', at: null }]), '1 still retrying');
    assert.equal(line(pending, []), '2 not delivered yet');
    assert.equal(
      line(delivered, bounced, retrying, pending),
      'Delivered to 1 of 4 · 1 bounced · 1 still retrying (gives up around 12 Nov, 14:05) · 1 not delivered yet',
    );
    assert.equal(line(), '');
    // A 24-hour clock keeps its two-digit hour at midnight: "00:05", as the language writes it.
    assert.equal(new Text(en, 'de-DE', 'UTC').soon(Date.UTC(2026, 10, 14, 0, 5)), '14. Nov., 00:05');
    assert.equal(new Text(en, 'en-GB', 'UTC').soon(Date.UTC(2026, 10, 14, 0, 5)), '14 Nov, 00:05');
  });

  it('uses the plural forms of the language, and its numbers', () => {
    const words = structuredClone(en);
    words.summary.failures.bounce = { one: 'one bounce ({count})', other: '{count} bounces' };
    const custom = new Text(words, 'de-DE', 'UTC');
    const recipients = Array.from({ length: 1200 }, () => delivered);
    const raw = [...recipients, bounced].map((events, i) => ({ email: `r${i}@x.example`, type: 'to', events }));
    const send = normaliseHistory(parseHistory({ sends: [{ id: 's', sentAt: 0, recipients: raw }] })).sends[0]!;
    assert.deepEqual(summaryFacts(sendSummary(send), custom), ['Delivered to 1.200 of 1.201', 'one bounce (1)']);
  });

  it('always names as many recipients as the send has, and never a count of 0', () => {
    const event = fc.record({
      status: fc.oneof(fc.constantFrom(...KNOWN_STATUSES), fc.constantFrom('group_resubscribe', 'Bounce')),
      at: fc.oneof(fc.integer({ min: 0, max: 6000 }).map(at), fc.constant(null)),
      machine: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.array(event, { maxLength: 6 }), { maxLength: 10 }), (recipients) => {
        const facts = line(...recipients).split(' · ').filter(Boolean);
        let counted = 0;
        for (const fact of facts) {
          assert.doesNotMatch(fact, /(^|\D)0(\D|$)/, fact);
          const delivered = /^Delivered to (\d+) of (\d+)$/.exec(fact);
          if (delivered) {
            assert.equal(Number(delivered[2]), recipients.length);
            counted += Number(delivered[1]);
          }
          const other = /^(\d+) (dropped|bounced|blocked|still retrying|not delivered yet)/.exec(fact);
          if (other) counted += Number(other[1]);
        }
        assert.equal(counted, recipients.length);
      }),
      { numRuns: 300 },
    );
  });
});
