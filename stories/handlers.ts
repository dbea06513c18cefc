/**
 * The mocked endpoint. Stories point `src` at `/api/invoices/<id>/communications`
 * and the element fetches it for real; Mock Service Worker answers in the
 * browser. `fixtureHandler` (installed for every story in preview.ts) serves
 * the histories in `FIXTURE_URLS`; stories about the network replace it with
 * one of the `respond*` handlers through `parameters.msw.handlers.history`.
 */
import { delay, http, HttpResponse, type HttpResponseResolver, type JsonBodyType } from 'msw';
import type { KnownStatus } from '../src/data/contract.js';
import {
  carriedFailureHistory,
  emptyHistory,
  inFlightHistory,
  generateHistory,
  longTextHistory,
  manyOpensHistory,
  outcomeHistory,
  realisticHistory,
  statusHistory,
  timeUnknownHistory,
  unknownStatusHistory,
  unknownTypeHistory,
} from '../fixtures/index.js';

const ENDPOINT = '/api/invoices/:invoice/communications';

export const historyUrl = (invoice: string): string => `/api/invoices/${encodeURIComponent(invoice)}/communications`;

/** The default story's endpoint. */
export const DEFAULT_SRC = historyUrl('INV-1042');

/** Every history the shared handler serves, by invoice id (built once, on first request). */
const FIXTURES: Record<string, () => unknown> = {
  'INV-1042': realisticHistory,
  empty: emptyHistory,
  'unknown-status': unknownStatusHistory,
  'unknown-type': unknownTypeHistory,
  'time-unknown': timeUnknownHistory,
  'long-text': longTextHistory,
  'many-sends': () => generateHistory(200, 2, 5),
  'many-opens': manyOpensHistory,
  'outcomes-delivered': () => outcomeHistory('delivered'),
  'outcomes-some-failed': () => outcomeHistory('some-failed'),
  'outcomes-all-failed': () => outcomeHistory('all-failed'),
  'outcomes-in-flight': () => outcomeHistory('in-flight'),
  'outcomes-carried': carriedFailureHistory,
  ...Object.fromEntries(
    (['processed', 'dropped', 'deferred', 'bounce', 'blocked', 'delivered', 'open', 'click'] satisfies KnownStatus[]).map(
      (status) => [`status-${status}`, () => statusHistory(status)],
    ),
  ),
};

/** The paged invoice: 120 sends, 25 a page, newest first; each page's `next` is the page after it. */
const PAGED = { id: 'paged', sends: 120, size: 25 };
let pagedSends: ReturnType<typeof generateHistory>['sends'] | undefined;
function pagedAnswer(page: number) {
  pagedSends ??= generateHistory(PAGED.sends, 2, 5).sends.reverse();
  const { size } = PAGED;
  const more = (page + 1) * size < pagedSends.length;
  return {
    sends: pagedSends.slice(page * size, (page + 1) * size),
    next: more ? `${historyUrl(PAGED.id)}?page=${page + 1}` : null,
  };
}

/** The `src` control's choices: each mocked endpoint with a readable label. */
export const FIXTURE_URLS: Record<string, string> = Object.fromEntries([
  ...Object.keys(FIXTURES).map((id) => [historyUrl(id), id === 'INV-1042' ? 'INV-1042 (realistic history)' : id]),
  [historyUrl(PAGED.id), 'paged (120 sends, 25 a page)'],
]);

const cache = new Map<string, unknown>();

export const fixtureHandler = http.get(ENDPOINT, ({ params, request }) => {
  const id = String(params['invoice']);
  if (id === PAGED.id) return HttpResponse.json(pagedAnswer(Number(new URL(request.url).searchParams.get('page') ?? 0) || 0));
  const build = FIXTURES[id];
  if (!build) return HttpResponse.json({ message: `No mocked history for ${id}` }, { status: 404 });
  if (!cache.has(id)) cache.set(id, build());
  return HttpResponse.json(cache.get(id) as JsonBodyType);
});

/** Replaces the shared handler for one story: `parameters: { msw: { handlers: respond(...) } }`. */
export const respond = (resolver: HttpResponseResolver) => ({ history: http.get(ENDPOINT, resolver) });

/** Never answers (the loading state). */
export const respondNever = () =>
  respond(async () => {
    await delay('infinite');
    return HttpResponse.json(emptyHistory());
  });

/** Answers with the realistic history after `ms` milliseconds. */
export const respondSlowly = (ms: number) =>
  respond(async () => {
    await delay(ms);
    return HttpResponse.json(realisticHistory());
  });

export const respondStatus = (status: number, statusText: string) =>
  respond(() => HttpResponse.json({ message: statusText }, { status, statusText }));

/** A network failure: fetch rejects with a TypeError. */
export const respondNetworkError = () => respond(() => HttpResponse.error());

export const respondBody = (body: string, contentType: string) =>
  respond(() => new HttpResponse(body, { headers: { 'Content-Type': contentType } }));

export const respondJson = (body: unknown) => respond(() => HttpResponse.json(body as JsonBodyType));

/**
 * Fails `failures` times with a 503, then answers with the realistic history.
 * Call `reset` in the story's `beforeEach` so every visit starts failing again.
 */
export function respondFailingThenOk(failures: number) {
  let calls = 0;
  const handlers = respond(() => {
    calls += 1;
    return calls <= failures
      ? HttpResponse.json({ message: 'Service Unavailable' }, { status: 503, statusText: 'Service Unavailable' })
      : HttpResponse.json(realisticHistory());
  });
  return { handlers, reset: () => void (calls = 0) };
}

/**
 * A live endpoint: answer n is `answers[n]` (the last one again after the
 * list runs out), an Error answer being a 503. Call `reset` in the story's
 * `beforeEach` so every visit starts from the first answer.
 */
export function respondInTurn(...answers: (unknown | Error)[]) {
  let calls = 0;
  const handlers = respond(() => {
    const answer = answers[Math.min(calls++, answers.length - 1)];
    return answer instanceof Error
      ? HttpResponse.json({ message: answer.message }, { status: 503, statusText: 'Service Unavailable' })
      : HttpResponse.json(answer as JsonBodyType);
  });
  return { handlers, reset: () => void (calls = 0) };
}

/** Deferred at first, delivered from the third answer on: what polling shows. */
export const respondDeferredThenDelivered = () => respondInTurn(inFlightHistory(0), inFlightHistory(0), inFlightHistory(1));
