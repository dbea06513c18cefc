/**
 * Fetchers (the element's `fetcher` property) whose every call waits for the
 * test to answer it, so a test decides the order in which answers arrive.
 */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T = unknown>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** One call of a manual fetcher: what it was asked, and the answer the test gives it. */
export interface FetcherCall {
  url: string;
  signal: AbortSignal;
  init: { signal: AbortSignal };
  answer: Deferred<unknown>;
}

function recordingFetcher(rejectOnAbort: boolean) {
  const calls: FetcherCall[] = [];
  const fetcher = (url: string, init: { signal: AbortSignal }) => {
    const answer = deferred<unknown>();
    calls.push({ url, signal: init.signal, init, answer });
    if (rejectOnAbort) init.signal.addEventListener('abort', () => answer.reject(init.signal.reason), { once: true });
    return answer.promise;
  };
  return { fetcher, calls };
}

/** Like fetch: when its signal aborts, the call rejects with the signal's reason. */
export const manualFetcher = () => recordingFetcher(true);

/**
 * A host's API client that ignores the signal: an aborted call stays pending
 * until the test answers it, late, as such a client does.
 */
export const manualFetcherIgnoringAbort = () => recordingFetcher(false);
