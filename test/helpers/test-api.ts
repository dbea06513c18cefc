/**
 * Helpers for the /test-api/ middleware (scripts/test-api.mjs). Chromium and
 * Firefox share one server: `tag()` gives each request a unique tag so the
 * request counters of one browser never include the other's.
 */
export interface RequestCounter {
  count: number;
  aborted: number;
  open: number;
  last: { accept: string | null; cookie: boolean } | null;
}

let next = 0;
export const tag = (): string =>
  `${navigator.userAgent.includes('Firefox') ? 'ff' : 'cr'}-${Date.now().toString(36)}-${++next}`;

/** A /test-api/ URL with the given query parameters. */
export function apiUrl(route: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/test-api/${route}${query.size ? `?${query.toString()}` : ''}`;
}

/** The server's counters for requests to `route` with `requestTag`. */
export async function requestsTo(route: string, requestTag: string): Promise<RequestCounter> {
  const response = await fetch(apiUrl('requests', { path: `/test-api/${route}`, tag: requestTag }));
  if (!response.ok) throw new Error(`/test-api/requests answered ${response.status}`);
  return (await response.json()) as RequestCounter;
}
