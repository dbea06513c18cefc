/**
 * Live updates while mail is in flight (issue 18): with `poll-interval` set,
 * `src` is loaded again every so many seconds, but only while some recipient
 * of some send is `pending` or `retrying`. It stops by itself once every
 * recipient has a final outcome, pauses while the page is hidden (and
 * catches up when it is shown again), and stops when the element leaves the
 * page. Each poll goes through HistorySource's quiet refresh: the history
 * stays, unchanged sends keep their DOM, and `ic-load` fires per update. A
 * failed poll keeps the history (with a note) and waits twice as long each
 * time, up to ten minutes, until one succeeds.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InvoiceHistory, Send } from '../data/contract.js';

/**
 * The length of one `poll-interval` second, in milliseconds. A test seam,
 * not API: the element's tests make a second a few milliseconds long, so
 * polling is tested without waiting for real seconds. Nothing else should
 * change it.
 */
export const pollTiming = { second: 1000 };

/** `poll-interval` values below this are raised to it (seconds). */
const MIN_SECONDS = 2;
/** Backing off after failures never waits longer than this (seconds), unless the interval itself is longer. */
const MAX_BACKOFF_SECONDS = 600;

/** The element's properties this controller reads. */
export interface PollingHost extends ReactiveControllerHost {
  src: string;
  data: unknown;
  pollInterval: number;
}

/** What polling needs from the history source. */
export interface PollSource {
  readonly history: InvoiceHistory | undefined;
  /** Whether `send` came from an older page, which a poll (of the first page) cannot change. */
  isOlder(send: Send): boolean;
  /** A quiet refresh: whether it succeeded, or `undefined` when there was nothing to poll. */
  poll(): Promise<boolean> | undefined;
}

/** Whether any recipient of a send a poll can update (the first page's) may still change outcome. */
const inFlight = (history: InvoiceHistory, source: PollSource) =>
  history.sends.some(
    (send) => !source.isOlder(send) && send.recipients.some(({ outcome }) => outcome === 'pending' || outcome === 'retrying'),
  );

export class Polling implements ReactiveController {
  #host: PollingHost;
  #source: PollSource;
  #connected = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the next poll is due (epoch ms), kept while the page is hidden; 0 when none is planned. */
  #due = 0;
  /** The interval the planned poll was planned with (ms), to plan again when it changes. */
  #plannedWith = 0;
  #failures = 0;
  #busy = false;
  /** The last history checked, and whether it was in flight: every render asks, few histories change. */
  #checked: InvoiceHistory | undefined;
  #inFlight = false;
  #onVisibility = () => this.#sync();

  constructor(host: PollingHost, source: PollSource) {
    this.#host = host;
    this.#source = source;
    // Last: added to a connected element, it is connected at once.
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#sync();
  }

  // Every update may bring a new history, a new interval or a new source.
  hostUpdated(): void {
    this.#sync();
  }

  /** The interval in ms, or 0 when polling is off (0, negative or not a number). */
  #interval(): number {
    const seconds = Number(this.#host.pollInterval);
    return seconds > 0 ? Math.max(MIN_SECONDS, seconds) * pollTiming.second : 0;
  }

  #wanted(interval: number): boolean {
    const host = this.#host;
    const history = this.#source.history;
    if (!this.#connected || !interval || host.data != null || !host.src || !history) return false;
    if (history !== this.#checked) {
      this.#checked = history;
      this.#inFlight = inFlight(history, this.#source);
    }
    return this.#inFlight;
  }

  #clearTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #sync(): void {
    const interval = this.#interval();
    if (!this.#wanted(interval)) {
      this.#clearTimer();
      this.#due = this.#failures = 0;
      return;
    }
    if (interval !== this.#plannedWith) {
      this.#clearTimer();
      this.#due = 0;
    }
    // Hidden: no timer, but the due time is kept, so showing the page polls at once if it is overdue.
    if (document.hidden) return this.#clearTimer();
    if (this.#timer !== undefined || this.#busy) return;
    let delay: number;
    if (this.#due) delay = Math.max(0, this.#due - Date.now());
    else {
      delay = Math.min(interval * 2 ** this.#failures, Math.max(interval, MAX_BACKOFF_SECONDS * pollTiming.second));
      this.#due = Date.now() + delay;
      this.#plannedWith = interval;
    }
    this.#timer = setTimeout(() => void this.#tick(), delay);
  }

  async #tick(): Promise<void> {
    this.#timer = undefined;
    this.#due = 0;
    const run = this.#source.poll();
    if (run) {
      this.#busy = true;
      const ok = await run;
      this.#busy = false;
      this.#failures = ok ? 0 : this.#failures + 1;
    }
    this.#sync();
  }
}
