/**
 * Deterministic histories for the benchmark: the same input every run.
 * Shapes follow the contract (epoch seconds and ISO times mixed, To/CC/BCC).
 */
import type { RawInvoiceHistory, RawRecipient, RawDeliveryEvent } from '../src/data/contract.js';

function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const FLOW = ['processed', 'deferred', 'delivered', 'open', 'open', 'click', 'open', 'bounce'];
const TYPES = ['to', 'cc', 'bcc', 'to', 'cc'];

export function generateHistory(sends: number, recipients: number, events: number, seed = 1): RawInvoiceHistory {
  const random = prng(seed);
  const start = Date.UTC(2020, 0, 1) / 1000;
  return {
    sends: Array.from({ length: sends }, (_, s) => {
      const sentAt = start + s * 86_400 + Math.floor(random() * 3_600);
      return {
        id: `s_${s}`,
        sentAt: new Date(sentAt * 1000).toISOString(),
        subject: `Invoice INV-${1000 + s}`,
        sentBy: 'Jane Smith',
        recipients: Array.from({ length: recipients }, (_, r): RawRecipient => ({
          email: `person${r}.${s}@client.example`,
          name: `Person ${r} of send ${s}`,
          type: TYPES[r % TYPES.length]!,
          events: Array.from({ length: events }, (_, e): RawDeliveryEvent => {
            const status = FLOW[e % FLOW.length]!;
            const at = sentAt + e * 120 + Math.floor(random() * 60);
            const event: RawDeliveryEvent = { status, at };
            if (status === 'deferred') Object.assign(event, { attempt: 1, response: '421 4.7.0 try again later' });
            if (status === 'click') event.url = `https://pay.example/inv/${1000 + s}`;
            if (status === 'bounce') event.reason = '550 5.1.1 The email account does not exist';
            return event;
          }),
        })),
      };
    }),
  };
}

/** A copy of `history` with one more Open event on the newest send's first recipient. */
export function withOneMoreEvent(history: RawInvoiceHistory): RawInvoiceHistory {
  const copy = structuredClone(history);
  const newest = copy.sends[copy.sends.length - 1]!;
  newest.recipients[0]!.events.push({ status: 'open', at: Math.floor(Date.now() / 1000) });
  return copy;
}
