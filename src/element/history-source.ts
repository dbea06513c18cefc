/**
 * Where the element's history comes from, and its state: `data` (applied
 * synchronously) or `src` (one Task: fetch, check, normalise, with the
 * Task's signal aborting a superseded or disconnected request). It fires the
 * lifecycle events and says what to show; the element only renders that.
 */
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { InvoiceHistory, RawInvoiceHistory, Send } from '../data/contract.js';
import {
  HistoryLoadError,
  isAbort,
  loadHistoryBody,
  nextPage,
  parseBody,
  type HistoryFetcher,
  type HistoryTransform,
} from '../data/load.js';
import { appendPage, keepOlderPages, withNext } from '../data/pages.js';
import { SendReuse } from '../data/reuse.js';
import {
  InvoiceCommunicationsErrorEvent,
  InvoiceCommunicationsLoadEvent,
  InvoiceCommunicationsLoadStartEvent,
} from './events.js';

/** The element's properties this controller reads. */
export interface HistorySourceHost extends ReactiveControllerHost, EventTarget {
  src: string;
  data: unknown;
  fetcher: HistoryFetcher | undefined;
  transform: HistoryTransform | undefined;
  credentials: RequestCredentials;
  timeout: number;
}

/** What to show. `refreshing`: an update is on its way and the history stays meanwhile. */
export type HistoryState =
  | { state: 'nothing' }
  | { state: 'loading' }
  | { state: 'error'; error: HistoryLoadError }
  | { state: 'history'; history: InvoiceHistory; refreshing: boolean };

export interface HistorySourceCallbacks {
  /** A history is about to be shown; `sameInvoice` when it shares sends with the last one. */
  showing(history: InvoiceHistory, sameInvoice: boolean): void;
  /** An error is about to be shown. */
  failing(): void;
  /** A request is on its way: time to prepare what showing its answer needs. */
  waiting(): void;
}

export const asLoadError = (error: unknown): HistoryLoadError =>
  error instanceof HistoryLoadError ? error : new HistoryLoadError('format', 'unknown', { cause: error });

export class HistorySource implements ReactiveController {
  #host: HistorySourceHost;
  #callbacks: HistorySourceCallbacks;
  #reuse = new SendReuse();
  /** The history last shown; kept through a refresh so unchanged sends keep their DOM. */
  #history: InvoiceHistory | undefined;
  /** Why `data` cannot be shown, while it cannot. */
  #dataError: HistoryLoadError | undefined;
  #refreshing = false;
  /** The load in flight is a poll: no "Updating…", and a failure keeps the history. */
  #quiet = false;
  /** Why the last poll failed, while its history stays on screen. */
  #pollError: HistoryLoadError | undefined;
  /** A load cut short by leaving the page, and whether it was a refresh and a quiet one: it resumes as it was. */
  #abortedByDisconnect: { refreshing: boolean; quiet: boolean } | undefined;
  /** Sends of the older pages loaded so far, and where the next one is: a refresh keeps them. */
  #older: { sends: Set<Send>; next: string | undefined } | undefined;

  #task: Task<
    readonly [string, HistoryFetcher | undefined, RequestCredentials, HistoryTransform | undefined],
    InvoiceHistory
  >;

  constructor(host: HistorySourceHost, callbacks: HistorySourceCallbacks) {
    (this.#host = host).addController(this);
    this.#callbacks = callbacks;
    this.#task = new Task(host, {
      // While `data` is set the task idles, which also aborts a request in flight.
      args: () => [host.data == null ? host.src : '', host.fetcher, host.credentials, host.transform] as const,
      task: async ([src, fetcher, credentials, transform], { signal }) => {
        if (!src) return initialState;
        host.dispatchEvent(new InvoiceCommunicationsLoadStartEvent(src));
        const loading = loadHistoryBody(src, { signal, credentials, fetcher, transform, timeout: host.timeout });
        this.#callbacks.waiting();
        const raw = await loading;
        return this.#firstPage(raw, nextPage(raw, src, document.baseURI));
      },
      onComplete: (history) => this.#show(history),
      onError: (error) => {
        const quiet = this.#quiet && this.#history !== undefined;
        this.#refreshing = this.#quiet = false;
        if (isAbort(error)) return;
        // A failed poll is not a failed load: the history stays, with a note.
        if (quiet) this.#pollError = asLoadError(error);
        else this.#fail(asLoadError(error));
      },
    });
  }

  /** The history on screen, or `undefined`. */
  get history(): InvoiceHistory | undefined {
    const view = this.state();
    return view.state === 'history' ? view.history : undefined;
  }

  /** What the element shows now. */
  state(): HistoryState {
    if (this.#host.data != null) {
      return this.#dataError
        ? { state: 'error', error: this.#dataError }
        : { state: 'history', history: this.#history!, refreshing: false };
    }
    const status = this.#task.status;
    if (status === TaskStatus.INITIAL) return { state: 'nothing' };
    // #history: the task's answer, with any older pages appended since.
    if (status === TaskStatus.COMPLETE) return { state: 'history', history: this.#history ?? this.#task.value!, refreshing: false };
    if (status === TaskStatus.PENDING) {
      return this.#refreshing && this.#history
        ? { state: 'history', history: this.#history, refreshing: !this.#quiet }
        : { state: 'loading' };
    }
    if (this.#pollError && this.#history) return { state: 'history', history: this.#history, refreshing: false };
    const error = this.#task.error;
    if (isAbort(error)) {
      // Cut short by leaving the page: what was on screen is still the answer until it resumes.
      return this.#abortedByDisconnect?.refreshing && this.#history
        ? { state: 'history', history: this.#history, refreshing: false }
        : { state: 'loading' };
    }
    return { state: 'error', error: asLoadError(error) };
  }

  /** Loads again (or re-applies `data`), keeping the history on screen meanwhile. */
  async refresh(): Promise<void> {
    if (this.#host.data != null) {
      this.#applyData();
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      return;
    }
    // Only a history on screen stays through the load: not one a new src is replacing.
    this.#refreshing = this.history !== undefined;
    this.#quiet = false;
    await this.#task.run().catch(() => undefined);
  }

  /** Why the last poll failed while its history is still shown, or `undefined`. */
  get pollError(): HistoryLoadError | undefined {
    return this.history && this.#pollError;
  }

  /**
   * Polling's refresh: the history on screen stays without an "Updating…"
   * note, and a failure keeps it (see `pollError`) instead of showing the
   * error state, which is for a load that has nothing to show. Resolves
   * with whether it succeeded; `undefined` when there is nothing to poll
   * (`data` is set, or a load is already on its way).
   */
  poll(): Promise<boolean> | undefined {
    if (this.#host.data != null || !this.#host.src || !this.history || this.#task.status === TaskStatus.PENDING) return undefined;
    this.#refreshing = this.#quiet = true;
    // Superseded by a refresh or a new src (still pending): not a failure to back off from.
    return this.#task.run().then(
      () => this.#task.status !== TaskStatus.ERROR,
      () => false,
    );
  }

  /** Call from the host's `willUpdate`. */
  willUpdate(changed: PropertyValues): void {
    // A new source is another invoice: never show the old one while it loads, nor its older pages.
    if (changed.has('src') || changed.has('data') || changed.has('fetcher')) {
      this.#refreshing = this.#quiet = false;
      this.#pollError = undefined;
      this.#older = undefined;
    }
    if ((changed.has('data') || changed.has('transform')) && this.#host.data != null) this.#applyData();
  }

  hostConnected(): void {
    const resume = this.#abortedByDisconnect;
    if (resume) {
      this.#abortedByDisconnect = undefined;
      // A poll or refresh cut short by a move in the page resumes as one: the history stays.
      this.#refreshing = resume.refreshing && this.#history !== undefined;
      this.#quiet = resume.quiet;
      void this.#task.run();
    }
  }

  hostDisconnected(): void {
    if (this.#task.status === TaskStatus.PENDING) {
      this.#abortedByDisconnect = { refreshing: this.#refreshing, quiet: this.#quiet };
      this.#task.abort();
    }
  }

  /** Whether `send` came from an older page: a poll of the first page cannot change it. */
  isOlder(send: Send): boolean {
    return this.#older?.sends.has(send) ?? false;
  }

  /**
   * Adds an older page (fetched from `history.next`) to the history on screen.
   * Resolves with the sends it added, once they are on screen.
   */
  async appendOlder(raw: RawInvoiceHistory, next: string | undefined): Promise<Send[]> {
    const current = this.history;
    if (!current) return [];
    const { history, added } = appendPage(current, raw, next);
    const older = (this.#older ??= { sends: new Set(), next });
    for (const send of added) older.sends.add(send);
    older.next = next;
    this.#history = history;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (this.#history === history) this.#host.dispatchEvent(new InvoiceCommunicationsLoadEvent(history, true));
    return added;
  }

  /** A first page normalised, with the older pages already loaded kept below it. */
  #firstPage(raw: RawInvoiceHistory, next: string | undefined): InvoiceHistory {
    const first = withNext(this.#reuse.normalise(raw, this.#history), next);
    const older = this.#older;
    if (!older) return first;
    // Sends that newer ones pushed off the first page move down with the older
    // pages already loaded; they never leave the screen.
    const onFirst = new Set(first.sends.map((send) => send.id).filter(Boolean));
    for (const send of this.#history?.sends ?? []) {
      if (send.id && !onFirst.has(send.id)) older.sends.add(send);
    }
    return keepOlderPages(first, [...older.sends], older.next);
  }

  #applyData(): void {
    try {
      const raw = parseBody(this.#host.data, this.#host.transform);
      this.#show(this.#firstPage(raw, nextPage(raw, document.baseURI, document.baseURI)));
    } catch (error) {
      const failure = (this.#dataError = asLoadError(error));
      // Applied inside willUpdate: the event waits for the update, so a listener
      // that sets a fallback `data` starts a new one (as ic-load does).
      this.#fail(failure, () => this.#dataError === failure);
    }
  }

  #show(history: InvoiceHistory): void {
    // An update of the same history (a refresh, or new data sharing sends)
    // keeps what is rendered; another invoice starts with its newest sends.
    // An answer where every send is the one on screen (most polls) changes
    // nothing, so an open tooltip stays open.
    const old = this.#history?.sends;
    const previous = new Set(old);
    if (old?.length !== history.sends.length || history.sends.some((send, i) => send !== old[i])) {
      this.#callbacks.showing(history, this.#refreshing || history.sends.some((send) => previous.has(send)));
    }
    this.#refreshing = this.#quiet = false;
    this.#pollError = undefined;
    this.#dataError = undefined;
    this.#history = history;
    // "Loaded" means on screen: listeners may query the rendered history.
    void this.#host.updateComplete.then(() => {
      // Not for a history already replaced by a newer answer.
      if (this.#history === history) this.#host.dispatchEvent(new InvoiceCommunicationsLoadEvent(history));
    });
  }

  #fail(error: HistoryLoadError, stillShownAfterUpdate?: () => boolean): void {
    this.#callbacks.failing();
    this.#history = this.#pollError = undefined;
    const fire = () => this.#host.dispatchEvent(new InvoiceCommunicationsErrorEvent(error));
    if (!stillShownAfterUpdate) fire();
    else void this.#host.updateComplete.then(() => stillShownAfterUpdate() && fire());
  }
}
