/**
 * Getting the history: fetch (or the host's own fetcher), JSON, shape check,
 * normalise. Every failure becomes a HistoryLoadError with a message a person
 * can read and the original error as `cause`.
 */
import { HistoryFormatError, parseHistory } from './parse.js';
import { nextPageUrl } from './pages.js';
import { normaliseHistory } from './normalise.js';
import type { InvoiceHistory, RawInvoiceHistory } from './contract.js';
import { en } from '../i18n/en.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { Text } from '../i18n/text.js';

/**
 * Replaces `fetch` for hosts with their own API client or auth. Resolve with
 * the parsed JSON body (or with a `Response`, which is then read like fetch's).
 */
export type HistoryFetcher = (url: string, init: { signal: AbortSignal }) => Promise<unknown>;

/**
 * Turns the endpoint's parsed JSON into the contract before it is checked,
 * e.g. `(body) => fromPostmark(body.events, body.sends)`. Synchronous.
 */
export type HistoryTransform = (body: unknown) => unknown;

export type HistoryLoadErrorKind = 'http' | 'network' | 'timeout' | 'not-json' | 'format';

/** Which catalogue message explains an error. */
export type HistoryLoadErrorMessage = keyof Catalogue['errors'];

// `message` is English, for developers; the element shows the catalogue's words.
const english = new Text(en, 'en');

export class HistoryLoadError extends Error {
  override name = 'HistoryLoadError';
  /** The HTTP status, for `http` errors. */
  readonly status: number | undefined;
  /** The catalogue message that explains it, and the values it is filled with. */
  readonly messageKey: HistoryLoadErrorMessage;
  readonly values: Record<string, string | number>;
  constructor(
    readonly kind: HistoryLoadErrorKind,
    messageKey: HistoryLoadErrorMessage,
    options: { cause?: unknown; status?: number; values?: Record<string, string | number> } = {},
  ) {
    const values = options.values ?? {};
    super(english.fill(english.form(en.errors[messageKey], values['seconds'] as number), values), { cause: options.cause });
    this.status = options.status;
    this.messageKey = messageKey;
    this.values = values;
  }
}

export interface LoadOptions {
  signal: AbortSignal;
  /** `same-origin` (the default, also for any unknown value), `include` or `omit`. */
  credentials?: RequestCredentials | undefined;
  /** Milliseconds before giving up; 0 waits for ever; missing, negative or NaN means 30 s. */
  timeout?: number | undefined;
  fetcher?: HistoryFetcher | undefined;
  transform?: HistoryTransform | undefined;
}

const DEFAULT_TIMEOUT_MS = 30_000;

// Host attributes arrive unchecked: a misspelt `credentials` is the default, not a fetch
// TypeError; a missing or unreadable timeout is the default, not "never".
const CREDENTIALS: readonly unknown[] = ['omit', 'same-origin', 'include'];
const asCredentials = (value: unknown): RequestCredentials =>
  CREDENTIALS.includes(value) ? (value as RequestCredentials) : 'same-origin';
const asTimeout = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_TIMEOUT_MS;

async function readResponse(response: Response): Promise<unknown> {
  if (!response.ok) {
    throw new HistoryLoadError('http', 'http', {
      status: response.status,
      values: { status: String(response.status), statusText: response.statusText ? ` ${response.statusText}` : '' },
    });
  }
  const text = await response.text();
  if (text.trim() === '') {
    throw new HistoryLoadError('not-json', 'noContent');
  }
  const type = response.headers.get('content-type') ?? '';
  // A login page served in place of the data is the usual sign of an expired session.
  if (/html/i.test(type)) throw new HistoryLoadError('not-json', 'html');
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new HistoryLoadError('not-json', 'notJson', { cause });
  }
}

/** A host error's message as text; some thrown values cannot even be turned into a string. */
function describe(cause: unknown): string {
  try {
    return cause instanceof Error ? cause.message : String(cause);
  } catch {
    return Object.prototype.toString.call(cause);
  }
}

/**
 * Checks a body that is already JSON against the contract, after the host's
 * `transform` if there is one, or throws a `format` error.
 */
export function parseBody(body: unknown, transform?: HistoryTransform): RawInvoiceHistory {
  let shaped = body;
  if (transform) {
    try {
      shaped = transform(body);
    } catch (cause) {
      const problem = describe(cause);
      throw new HistoryLoadError('format', 'transform', { cause, values: { problem } });
    }
  }
  try {
    return parseHistory(shaped);
  } catch (cause) {
    throw formatError(cause);
  }
}

const formatError = (cause: unknown) =>
  cause instanceof HistoryFormatError
    ? new HistoryLoadError('format', 'format', { cause, values: { problem: cause.message } })
    : cause;

/**
 * Where the page after `raw` (which came from `pageUrl`) is, as an absolute
 * http(s) URL, or `undefined` on the last page; a `format` error otherwise.
 */
export function nextPage(raw: RawInvoiceHistory, pageUrl: string, baseUrl: string): string | undefined {
  try {
    return nextPageUrl(raw, pageUrl, baseUrl);
  } catch (cause) {
    throw formatError(cause);
  }
}

/** Turns a body that is already JSON into the view model, or a format error. */
export const historyFromBody = (body: unknown): InvoiceHistory => normaliseHistory(parseBody(body));

export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/** Fetches, reads and normalises one history. Rejects with the signal's reason when aborted. */
export const loadHistory = async (url: string, options: LoadOptions): Promise<InvoiceHistory> =>
  normaliseHistory(await loadHistoryBody(url, options));

/** Fetches and reads one history, checked against the contract but not normalised. */
export async function loadHistoryBody(url: string, options: LoadOptions): Promise<RawInvoiceHistory> {
  const { signal, fetcher, transform } = options;
  const credentials = asCredentials(options.credentials);
  const timeout = asTimeout(options.timeout);
  signal.throwIfAborted();
  const controller = new AbortController();
  // A host fetcher may ignore its signal: the answer is raced against it.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error), {
      once: true,
    });
  });
  aborted.catch(() => undefined);
  const abort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  // setTimeout fires at once past 2^31 - 1 ms (about 25 days): that is no timeout.
  const timer =
    timeout > 0 && timeout <= 2 ** 31 - 1
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  try {
    const init = { signal: controller.signal };
    // Raced as a whole: a host fetcher may ignore its signal, or hand back a
    // Response whose body never ends.
    const work = (async () => {
      const body = fetcher
        ? await fetcher(url, init)
        : await fetch(url, { ...init, credentials, headers: { Accept: 'application/json' } });
      return parseBody(body instanceof Response ? await readResponse(body) : body, transform);
    })();
    return await Promise.race([work, aborted]);
  } catch (cause) {
    if (signal.aborted) throw signal.reason;
    if (timedOut) {
      throw new HistoryLoadError('timeout', 'timeout', { cause, values: { seconds: Number((timeout / 1000).toFixed(1)) } });
    }
    if (cause instanceof HistoryLoadError) throw cause;
    if (cause instanceof TypeError || isAbort(cause)) {
      throw new HistoryLoadError('network', 'network', { cause });
    }
    throw new HistoryLoadError('network', 'unknown', { cause });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
