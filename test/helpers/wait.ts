/**
 * Waiting on real timers. Some tests wrap `window.setTimeout` to watch the
 * element's timers; these helpers keep the original, so waiting never shows up
 * in what those tests count.
 */
const realSetTimeout = window.setTimeout.bind(window);

export const sleep = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

/** Waits (polling every few milliseconds) until `check` holds, or fails with `message`. */
export async function until(check: () => boolean, message: string, timeout = 5000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out after ${timeout} ms: ${message}`);
    await sleep(5);
  }
}
