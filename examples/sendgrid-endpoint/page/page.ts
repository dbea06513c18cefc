/**
 * The demo page's script (bundled by demo-page.ts): <invoice-communications>
 * from src/, reading the endpoint with a bearer token through `fetcher`, and
 * polling it cheaply: each request sends the last ETag in If-None-Match, and a
 * 304 hands the element the body it already has.
 *
 * The address carries the settings after `#`: token, invoice (default
 * INV-1042) and poll (seconds, default 5; 0 stops polling).
 */
import '../../../src/index.js';
import type { HistoryFetcher, InvoiceCommunications } from '../../../src/api.js';

/** What the CI check reads: requests made and 304s among them. */
const stats = { requests: 0, notModified: 0 };
(window as unknown as { endpointDemo: typeof stats }).endpointDemo = stats;

const element = document.querySelector<InvoiceCommunications>('invoice-communications')!;
const form = document.querySelector<HTMLFormElement>('#settings')!;
const pollLine = document.querySelector('#poll')!;

/** A fetcher that sends the token and turns a 304 into the body of the 200 it matches. */
function etagFetcher(token: string): HistoryFetcher {
  let last: { url: string; etag: string; body: unknown } | undefined;
  return async (url, { signal }) => {
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
    if (last?.url === url) headers['If-None-Match'] = last.etag;
    const response = await fetch(url, { signal, headers, cache: 'no-store' });
    stats.requests++;
    const unchanged = response.status === 304 ? ' (unchanged)' : '';
    pollLine.textContent = `Last request ${new Date().toLocaleTimeString()}: ${response.status}${unchanged}`;
    if (response.status === 304 && last?.url === url) {
      stats.notModified++;
      return last.body;
    }
    const etag = response.headers.get('ETag');
    if (response.ok && etag) {
      // The element reads the response itself; the copy is kept for the next 304.
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      last = body === undefined ? undefined : { url, etag, body };
    }
    return response;
  };
}

const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

let timer: ReturnType<typeof setInterval> | undefined;

function show(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  const invoice = params.get('invoice') || 'INV-1042';
  const token = params.get('token') ?? '';
  const poll = Number(params.get('poll') ?? 5);
  field('invoice').value = invoice;
  field('token').value = token;
  document.querySelector('#invoice-label')!.textContent = invoice;
  const path = `/invoices/${encodeURIComponent(invoice)}/communications`;
  document.querySelector('#history-url')!.textContent = `GET ${path}`;
  clearInterval(timer);
  if (!token) {
    pollLine.textContent = 'Enter the token that `npm run example:endpoint` printed.';
    return;
  }
  element.fetcher = etagFetcher(token);
  if (element.src === path) void element.refresh();
  else element.src = path;
  if (poll > 0) {
    timer = setInterval(() => {
      if (document.visibilityState === 'visible') void element.refresh();
    }, poll * 1000);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams(location.hash.slice(1));
  params.set('invoice', field('invoice').value.trim());
  params.set('token', field('token').value.trim());
  location.hash = params.toString();
});
window.addEventListener('hashchange', show);
show();
