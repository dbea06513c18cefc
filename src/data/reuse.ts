/**
 * Keeps what did not change. A refresh answers with the whole history again;
 * every send whose raw JSON is the same as last time keeps its normalised
 * object, so the view re-renders only the sends that changed (its templates
 * are guarded by object identity) and unchanged sends are not normalised again.
 */
import { compareSends, normaliseSend, sendId } from './normalise.js';
import type { InvoiceHistory, RawInvoiceHistory, Send } from './contract.js';

type Loose = Record<string, unknown>;

/**
 * Structural equality of two JSON values. Not `@lit/task`'s `deepEquals`:
 * that one calls a value's own `valueOf`/`toString` and compares
 * `constructor`s, and endpoint JSON may hold keys with those names.
 */
function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  // Deeper than any history needs, or a cycle in `data`: not the same, so the send is normalised again.
  if (depth > 64 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // A refresh compares every event of every send: arrays by index (Object.keys
  // on an array makes a string per index), and equal leaves without a call.
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x: unknown = a[i];
      const y: unknown = b[i];
      if (x !== y && !sameJson(x, y, depth + 1)) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = (a as Loose)[key];
    const y = (b as Loose)[key];
    if (x === y && (x !== undefined || Object.hasOwn(b, key))) continue;
    if (!Object.hasOwn(b, key) || !sameJson(x, y, depth + 1)) return false;
  }
  return true;
}

/** Normalises successive answers for one element, reusing the sends that did not change. */
export class SendReuse {
  // The raw JSON each normalised send was made from: only this class reads it.
  #rawOf = new WeakMap<Send, unknown>();

  /** `raw` normalised (sends latest first), with unchanged sends of `previous` reused. */
  normalise(raw: RawInvoiceHistory, previous: InvoiceHistory | undefined): InvoiceHistory {
    // Sends may share an id (the endpoint is not trusted): each previous send is reused once.
    const candidates = new Map<string, Send[]>();
    for (const send of previous?.sends ?? []) {
      const list = candidates.get(send.id);
      if (list) list.push(send);
      else candidates.set(send.id, [send]);
    }
    const sends = raw.sends.map((rawSend) => {
      const list = candidates.get(sendId(rawSend));
      const index = list?.findIndex((old) => sameJson(this.#rawOf.get(old), rawSend)) ?? -1;
      const [unchanged] = index >= 0 ? list!.splice(index, 1) : [];
      if (unchanged) return unchanged;
      const send = normaliseSend(rawSend);
      this.#rawOf.set(send, rawSend);
      return send;
    });
    return { sends: sends.sort(compareSends) };
  }
}
