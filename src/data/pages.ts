/**
 * Paging: an endpoint may answer with one page of sends, newest first, and
 * `next`, the URL of the next, older page. DOM-free: where a page's `next`
 * points, and a loaded history with an older page appended.
 */
import type { InvoiceHistory, RawInvoiceHistory, Send } from './contract.js';
import { HistoryFormatError } from './parse.js';
import { compareSends, normaliseSend } from './normalise.js';

/**
 * `raw.next` as an absolute URL, resolved against `pageUrl` (itself resolved
 * against `baseUrl`, the document's), or `undefined` on the last page. Only
 * http(s) URLs are followed: a `javascript:`, `data:` or unreadable `next`
 * is a format error naming it, never requested.
 *
 * @throws {HistoryFormatError}
 */
export function nextPageUrl(raw: RawInvoiceHistory, pageUrl: string, baseUrl: string): string | undefined {
  const next = raw.next;
  if (next == null || next === '') return undefined;
  let url: URL;
  try {
    url = new URL(next, new URL(pageUrl, baseUrl));
  } catch {
    try {
      // A host fetcher's `src` need not be a URL: `next` is then read against the document.
      url = new URL(next, baseUrl);
    } catch {
      throw new HistoryFormatError('next', 'is not a URL');
    }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new HistoryFormatError('next', 'is not an http(s) URL');
  return url.href;
}

/**
 * `history` with `older`'s sends (an older page, normalised here) added, and
 * `next` from that page. A send already shown (same id: the pages shifted as
 * new sends arrived) keeps its object, so it is not rendered again; sends
 * without an id are never merged. Latest first.
 */
export function appendPage(
  history: InvoiceHistory,
  older: RawInvoiceHistory,
  next: string | undefined,
): { history: InvoiceHistory; added: Send[] } {
  const known = new Set(history.sends.map((send) => send.id).filter(Boolean));
  const added: Send[] = [];
  for (const raw of older.sends) {
    const send = normaliseSend(raw);
    if (send.id && known.has(send.id)) continue;
    if (send.id) known.add(send.id);
    added.push(send);
  }
  const sends = added.length ? [...history.sends, ...added].sort(compareSends) : history.sends;
  return { history: withNext({ sends }, next), added };
}

/**
 * A refreshed first page with the older pages already loaded kept below it:
 * `first`'s sends, then each of `loaded`'s sends the first page does not hold.
 * `next` is the oldest loaded page's, so paging carries on where it was.
 */
export function keepOlderPages(first: InvoiceHistory, loaded: Send[], next: string | undefined): InvoiceHistory {
  if (!loaded.length) return first;
  const known = new Set(first.sends.map((send) => send.id).filter(Boolean));
  const kept = loaded.filter((send) => !(send.id && known.has(send.id)));
  return withNext({ sends: [...first.sends, ...kept].sort(compareSends) }, next);
}

export function withNext(history: InvoiceHistory, next: string | undefined): InvoiceHistory {
  if (next === undefined) delete history.next;
  else history.next = next;
  return history;
}
