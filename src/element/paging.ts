/**
 * "Show older sends": fetches the page at `history.next` with the element's
 * own fetch options (`fetcher`, `credentials`, `timeout`, `transform`) and
 * appends it. It has its own loading and error states: a failed page leaves
 * the history on screen, says why and offers Retry. Another invoice aborts a
 * page in flight.
 */
import type { ReactiveController } from 'lit';
import type { Send } from '../data/contract.js';
import { isAbort, loadHistoryBody, nextPage, type HistoryLoadError } from '../data/load.js';
import { InvoiceCommunicationsErrorEvent, InvoiceCommunicationsLoadStartEvent } from './events.js';
import { asLoadError, type HistorySource, type HistorySourceHost } from './history-source.js';

export interface OlderPagesCallbacks {
  /**
   * A page is about to be appended (so the host can note where focus is
   * before the button may go); the function it returns is called with the
   * sends it added (maybe none), once they are on screen.
   */
  adding(): (sends: Send[]) => void;
}

export class OlderPages implements ReactiveController {
  #host: HistorySourceHost;
  #source: HistorySource;
  #callbacks: OlderPagesCallbacks;
  #abort: AbortController | undefined;
  /** Why the last page failed, until the next attempt. */
  error: HistoryLoadError | undefined;
  /** How many sends the last page added, for the live region; `undefined` before any. */
  added: number | undefined;

  constructor(host: HistorySourceHost, source: HistorySource, callbacks: OlderPagesCallbacks) {
    (this.#host = host).addController(this);
    this.#source = source;
    this.#callbacks = callbacks;
  }

  get loading(): boolean {
    return this.#abort !== undefined;
  }

  /** Loads the next older page, unless one is loading or there is none. */
  readonly load = (): void => void this.#load();

  async #load(): Promise<void> {
    const url = this.#source.history?.next;
    if (!url || this.#abort) return;
    const abort = (this.#abort = new AbortController());
    const host = this.#host;
    this.error = undefined;
    this.added = undefined;
    host.requestUpdate();
    host.dispatchEvent(new InvoiceCommunicationsLoadStartEvent(url, true));
    try {
      const options = { signal: abort.signal, credentials: host.credentials, fetcher: host.fetcher, transform: host.transform, timeout: host.timeout };
      const raw = await loadHistoryBody(url, options);
      const next = nextPage(raw, url, document.baseURI);
      this.#abort = undefined;
      const added = this.#callbacks.adding();
      const sends = await this.#source.appendOlder(raw, next);
      this.added = sends.length;
      added(sends);
    } catch (error) {
      // Aborted: another invoice, or the element left the page; nothing to say.
      if (abort.signal.aborted || isAbort(error)) return;
      this.error = asLoadError(error);
      host.dispatchEvent(new InvoiceCommunicationsErrorEvent(this.error, true));
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
      host.requestUpdate();
    }
  }

  /** Forgets the paging state: another invoice is coming. */
  reset(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.error = undefined;
    this.added = undefined;
  }

  hostDisconnected(): void {
    // A page cannot be appended to a history no longer on screen; the button stays for later.
    this.reset();
  }
}
