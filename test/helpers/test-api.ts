/**
 * URLs and request counters of the /test-api/ middleware (scripts/test-api.mjs).
 * Chromium and Firefox share one server: give each request a `newTag()` so
 * one browser's counters never include the other's.
 */
export interface RequestCounter {
  count: number;
  aborted: number;
  open: number;
  last: { accept: string | null; cookie: boolean } | null;
}

/** A tag unique to this test and browser. */
export const newTag = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

/** The absolute URL of a /test-api/ route with the given query parameters (on another origin if given). */
export function api(route: string, params: Record<string, string | number> = {}, origin = location.origin) {
  const url = new URL(`/test-api/${route}`, origin);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  return url.href;
}

/** The server's counters for requests to `route` with `tag`. */
export async function requestsTo(route: string, tag: string): Promise<RequestCounter> {
  const response = await fetch(api('requests', { path: `/test-api/${route}`, tag }));
  if (!response.ok) throw new Error(`/test-api/requests answered ${response.status}`);
  return (await response.json()) as RequestCounter;
}
