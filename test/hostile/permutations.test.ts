/**
 * The order on screen never depends on the order of the endpoint's arrays:
 * sends latest first (ties by id), To/CC/BCC/other (endpoint order within a
 * type), statuses by time. Any permutation that keeps the within-type order of
 * recipients renders exactly the same text in the same order.
 */
import { expect } from '@open-wc/testing';
import { fc, fcParams, readable } from '../helpers/properties.js';
import { allText, cleanup, create, norm, root, sends, settled } from '../helpers/render.js';

/** Instants, several written two ways, so equal times in different forms tie. */
const TIMES: unknown[] = [
  '2026-11-20T09:14:00+11:00',
  1795126440, // the same instant in epoch seconds
  '2026-11-19T22:14:00Z', // and again
  '2026-11-21T08:00:00+11:00',
  1795300000,
  '2025-01-01T00:00:00-05:00',
  null,
  'no offset 2026-11-20T09:14:00',
];
const TYPES = ['to', 'TO', 'cc', 'Cc', 'bcc', 'BCC', 'reply-to', 'X-Other'];
const STATUSES = ['processed', 'delivered', 'open', 'click', 'deferred', 'bounce', 'dropped', 'blocked', 'spamreport', 'Unsubscribe'];
const typeClass = (type: string) => {
  const t = type.toLowerCase();
  return t === 'to' || t === 'cc' || t === 'bcc' ? t : 'other';
};

type Raw = Record<string, unknown>;

/** Distinct event times per recipient: a shuffled subset of 0..39 minutes after a base, plus maybe one undated. */
const eventsArb = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: 39 }), { maxLength: 6 }),
    fc.array(fc.constantFrom(...STATUSES), { minLength: 6, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([minutes, statuses, undated]) => {
    const events: Raw[] = minutes.map((m, i) => ({
      status: statuses[i],
      at: i % 2 ? 1795126440 + m * 60 : new Date((1795126440 + m * 60) * 1000).toISOString(),
      reason: `reason ${m}`,
    }));
    if (undated) events.push({ status: statuses[5], at: null, reason: 'undated' });
    return events;
  });

const recipientsArb = fc.array(
  fc.record({ type: fc.constantFrom(...TYPES), name: fc.constantFrom('', 'Ann', 'Bo'), events: eventsArb }),
  { maxLength: 5 },
);

/** A valid history: `ids` decides whether send ids may repeat. */
const historyArb = (ids: fc.Arbitrary<string[]>) =>
  ids.chain((sendIds) =>
    fc
      .tuple(
        fc.array(fc.constantFrom(...TIMES), { minLength: sendIds.length, maxLength: sendIds.length }),
        fc.array(recipientsArb, { minLength: sendIds.length, maxLength: sendIds.length }),
      )
      .map(([times, recipientLists]) => ({
        sends: sendIds.map((id, s) => ({
          id,
          sentAt: times[s],
          subject: `send ${s};`,
          recipients: recipientLists[s]!.map((r, i) => ({ ...r, email: `r${s}.${i}@client.example` })),
        })),
      })),
  );

/** A permutation of `items` chosen by `keys` (random numbers, one per item). */
const permute = <T>(items: T[], keys: number[]) =>
  items.map((item, i) => ({ item, key: keys[i % keys.length]! + i / 1e6 })).sort((a, b) => a.key - b.key).map((x) => x.item);

/** Shuffles sends and events; interleaves recipients keeping each type's own order. */
function shuffled(history: { sends: Raw[] }, keys: number[]) {
  const sends = permute(history.sends, keys).map((send, s) => {
    const recipients = send['recipients'] as Raw[];
    const queues = new Map<string, Raw[]>();
    for (const r of recipients) {
      const c = typeClass(String(r['type']));
      queues.set(c, [...(queues.get(c) ?? []), r]);
    }
    const slots = permute(recipients.map((r) => typeClass(String(r['type']))), keys.slice(s));
    const interleaved = slots.map((c) => queues.get(c)!.shift()!);
    return {
      ...send,
      recipients: interleaved.map((r, i) => ({ ...r, events: permute(r['events'] as Raw[], keys.slice(i + s)) })),
    };
  });
  return { sends };
}

async function textOf(data: unknown) {
  const el = create({ data });
  expect(await settled(el)).to.be.oneOf(['history', 'empty']);
  const text = allText(el);
  const subjects = sends(el).map((s) => /send \d+;/.exec(norm(s.querySelector('[part~="send-meta"]')?.textContent))?.[0]);
  const types = sends(el).map((s) => [...s.querySelectorAll('[part~="recipient-type"]')].map((t) => norm(t.textContent)));
  el.remove();
  return { text, subjects, types, el };
}

const instant = (t: unknown): number | null => {
  if (typeof t === 'number') return t * 1000;
  if (typeof t !== 'string' || !/(Z|[+-]\d\d:\d\d)$/.test(t)) return null;
  return Date.parse(t);
};

/** The oracle: latest first, undated last, ties by id. */
function expectedSubjects(history: { sends: Raw[] }) {
  return [...history.sends]
    .sort((a, b) => {
      const x = instant(a['sentAt']);
      const y = instant(b['sentAt']);
      const byTime = x === y ? 0 : x === null ? 1 : y === null ? -1 : y - x;
      const ai = String(a['id']);
      const bi = String(b['id']);
      return byTime || (ai < bi ? -1 : ai > bi ? 1 : 0);
    })
    .map((s) => String(s['subject']));
}

const TYPE_ORDER = ['To', 'CC', 'BCC'];
const rank = (label: string) => (TYPE_ORDER.includes(label) ? TYPE_ORDER.indexOf(label) : 3);

const keysArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 });

describe('any permutation renders the same order', function () {
  this.timeout(120_000);
  afterEach(cleanup);

  it('sends latest first (ties by id), To/CC/BCC then others, statuses by time', async () => {
    const uniqueIds = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 0, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(historyArb(uniqueIds), keysArb, readable(async (history, keys) => {
        const a = await textOf(history);
        const b = await textOf(shuffled(history, keys));
        expect(a.subjects).to.deep.equal(expectedSubjects(history));
        for (const types of a.types) {
          expect(types.map(rank), types.join(', ')).to.deep.equal([...types.map(rank)].sort((x, y) => x - y));
        }
        expect(b.text, 'same text in the same order').to.equal(a.text);
      })),
      fcParams(),
    );
  });

  it('even when send ids repeat (hostile data), the order does not depend on the input order', async () => {
    const repeatedIds = fc.array(fc.constantFrom('dup', 'dup', 'x'), { minLength: 2, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(historyArb(repeatedIds), keysArb, readable(async (history, keys) => {
        const a = await textOf(history);
        const b = await textOf(shuffled(history, keys));
        expect(b.subjects).to.deep.equal(a.subjects);
      })),
      fcParams(30),
    );
  });

  it('statuses reported in the same second (processed and delivered, say) keep one order', async () => {
    const at = '2026-11-20T09:14:02+11:00';
    const events = [
      { status: 'processed', at },
      { status: 'delivered', at },
      { status: 'open', at },
    ];
    const orders = [events, [...events].reverse(), [events[1], events[2], events[0]]];
    const seen = new Set<string>();
    for (const order of orders) {
      const el = create({ data: { sends: [{ id: 's', sentAt: at, recipients: [{ email: 'a@x.example', type: 'to', events: order }] }] } });
      await settled(el);
      seen.add([...root(el).querySelectorAll('button[part~="badge"]')].map((b) => norm(b.textContent)).join(', '));
      el.remove();
    }
    expect([...seen], `one badge order for every input order, saw: ${[...seen].join(' | ')}`).to.have.length(1);
  });
});
