import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { InvoiceHistory } from './data/contract.js';
import {
  InvoiceCommunicationsErrorEvent,
  InvoiceCommunicationsLoadEvent,
  InvoiceCommunicationsLoadStartEvent,
} from './element/events.js';
import { createInstantFormatter, type InstantFormatter } from './view/format.js';
import { HistoryLoadError, historyFromBody, isAbort, loadHistory, type HistoryFetcher } from './data/load.js';
import { strings } from './view/strings.js';
import { styles } from './invoice-communications.styles.js';
import { TooltipController } from './tooltip/tooltip-controller.js';
import { renderSends } from './view/templates.js';
import { reuseUnchanged } from './data/normalise.js';

// Sends render in chunks: the newest at once, the rest a chunk per frame
// sized to take about FRAME_BUDGET_MS, so a huge history shows immediately
// and the page stays responsive while the rest arrives.
const FIRST_CHUNK = 20;
const FRAME_BUDGET_MS = 40;

const DEFAULT_TIMEOUT_MS = 30_000;

// A removed or misspelt `credentials` attribute means the default, not a fetch TypeError.
const CREDENTIALS: readonly unknown[] = ['omit', 'same-origin', 'include'];
const asCredentials = (value: unknown): RequestCredentials =>
  CREDENTIALS.includes(value) ? (value as RequestCredentials) : 'same-origin';

function asLoadError(error: unknown): HistoryLoadError {
  return error instanceof HistoryLoadError
    ? error
    : new HistoryLoadError('format', strings.errors.unknown, { cause: error });
}

/**
 * Shows a client invoice's email history: every send (latest first), every
 * recipient (To, CC, BCC) and each recipient's delivery statuses as badges
 * whose tooltips explain what the status means and what to do about it.
 *
 * @summary The email history of one invoice, with delivery statuses explained.
 * @tagname invoice-communications
 *
 * @slot empty - Replaces the "This invoice has not been sent yet." message.
 *
 * @csspart sends - The list of sends.
 * @csspart send - One send: a section labelled by its date and time.
 * @csspart send-heading - The heading holding the send's date and time.
 * @csspart send-meta - Subject, sender and recipient count of a send.
 * @csspart recipients - The list of a send's recipients.
 * @csspart recipient - One recipient row.
 * @csspart recipient-type - "To", "CC", "BCC" or an unknown type's name.
 * @csspart recipient-name - The recipient's name, when known.
 * @csspart recipient-email - The recipient's email address.
 * @csspart statuses - The list of a recipient's status badges.
 * @csspart badge - A status badge (a button); also `badge-success`, `badge-warning`, `badge-danger`, `badge-progress`, `badge-neutral` by tone.
 * @csspart tooltip - A badge's tooltip.
 * @csspart loading - The loading indicator.
 * @csspart progress - "Showing 20 of 1,000 sends…" while a long history is still being rendered.
 * @csspart empty - The message shown when the invoice has not been sent.
 * @csspart error - The error message with its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssproperty [--invoice-communications-font=inherit] - Font of the whole element.
 * @cssproperty [--invoice-communications-color=#1f2328] - Text colour.
 * @cssproperty [--invoice-communications-muted-color=#59636e] - Secondary text colour.
 * @cssproperty [--invoice-communications-background=#ffffff] - Background of sends, badges and buttons.
 * @cssproperty [--invoice-communications-border-color=#d1d9e0] - Borders and dividers.
 * @cssproperty [--invoice-communications-focus-color=#0969da] - Focus ring.
 * @cssproperty [--invoice-communications-error-color=#b42318] - Error state accent.
 * @cssproperty [--invoice-communications-radius=6px] - Corner radius.
 * @cssproperty [--invoice-communications-gap=0.75rem] - Space between sends.
 * @cssproperty [--invoice-communications-tooltip-background=#1f2328] - Tooltip background.
 * @cssproperty [--invoice-communications-tooltip-color=#ffffff] - Tooltip text colour.
 * @cssproperty [--invoice-communications-status-processed=#57606a] - Processed badge colour.
 * @cssproperty [--invoice-communications-status-dropped=#b42318] - Dropped badge colour.
 * @cssproperty [--invoice-communications-status-deferred=#9a6700] - Deferred badge colour.
 * @cssproperty [--invoice-communications-status-bounce=#b42318] - Bounce badge colour.
 * @cssproperty [--invoice-communications-status-blocked=#b42318] - Blocked badge colour.
 * @cssproperty [--invoice-communications-status-delivered=#1a7f37] - Delivered badge colour.
 * @cssproperty [--invoice-communications-status-open=#0969da] - Open badge colour.
 * @cssproperty [--invoice-communications-status-click=#6639ba] - Click badge colour.
 * @cssproperty [--invoice-communications-status-unknown=#57606a] - Colour of a status this component does not know.
 *
 * @event {InvoiceCommunicationsLoadStartEvent} ic-loadstart - A request for the history started; `detail.url`.
 * @event {InvoiceCommunicationsLoadEvent} ic-load - A history was loaded and is shown; `detail.history` is the normalised history.
 * @event {InvoiceCommunicationsErrorEvent} ic-error - Loading failed; `detail.error` has `kind`, `message`, `status` and `cause`.
 */
export class InvoiceCommunications extends LitElement {
  static override styles = styles;

  // Plain static properties rather than decorators: no decorator helpers in the bundle.
  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    fetcher: { attribute: false },
    credentials: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    timeout: { type: Number },
  };

  /**
   * Registers the element as `tag` in `registry` (a scoped one, say). Calling
   * it again, or from a second copy of the bundle, changes nothing.
   */
  static define(tag = 'invoice-communications', registry: CustomElementRegistry = customElements) {
    if (!registry.get(tag)) {
      try {
        registry.define(tag, this);
      } catch {
        // A class can be registered once per registry: another tag gets a subclass.
        registry.define(tag, class extends this {});
      }
    }
    return registry.get(tag) as typeof InvoiceCommunications;
  }

  /** URL of the endpoint that answers with the invoice's email history (JSON). */
  src = '';

  /** A history to show without fetching, in the endpoint's JSON shape. Wins over `src` while set. */
  data: unknown = undefined;

  /** Replaces `fetch` for hosts with their own API client or auth. */
  fetcher: HistoryFetcher | undefined = undefined;

  /** Whether the request sends cookies: `same-origin`, `include` or `omit`. */
  credentials: RequestCredentials = 'same-origin';

  /** BCP 47 locale for dates and times; the browser's when empty. */
  locale = '';

  /** IANA time zone for dates and times, e.g. `Australia/Sydney`; the browser's when empty. */
  timeZone = '';

  /** Milliseconds to wait for the endpoint before showing an error; 0 waits for ever. */
  timeout = DEFAULT_TIMEOUT_MS;

  #tooltips = new TooltipController(this);
  #format: InstantFormatter = createInstantFormatter();
  #history: InvoiceHistory | undefined;
  #refreshing = false;
  #abortedByDisconnect = false;
  #renderCount = FIRST_CHUNK;
  #chunk = FIRST_CHUNK;
  #frame = 0;

  #task = new Task(this, {
    args: () => [this.src, this.data, this.fetcher, this.credentials] as const,
    task: async ([src, data, fetcher, credentials], { signal }) => {
      if (data !== undefined && data !== null) return reuseUnchanged(this.#history, historyFromBody(data));
      if (!src) return initialState;
      this.dispatchEvent(new InvoiceCommunicationsLoadStartEvent(src));
      const credentialsMode = asCredentials(credentials);
      const history = await loadHistory(src, { signal, credentials: credentialsMode, fetcher, timeout: this.#timeoutMs() });
      return reuseUnchanged(this.#history, history);
    },
    onComplete: (history) => {
      // An update of the same history (a refresh, or new data sharing sends)
      // keeps what is rendered; another invoice starts with its newest sends.
      const previous = new Set(this.#history?.sends);
      if (!this.#refreshing && !history.sends.some((send) => previous.has(send))) {
        this.#renderCount = FIRST_CHUNK;
      }
      this.#refreshing = false;
      this.#tooltips.close();
      this.#history = history;
      // "Loaded" means on screen: listeners may query the rendered history.
      void this.updateComplete.then(() => {
        // Not for a history already replaced by a newer answer.
        if (this.#history === history) this.dispatchEvent(new InvoiceCommunicationsLoadEvent(history));
      });
    },
    onError: (error) => {
      this.#refreshing = false;
      if (isAbort(error)) return;
      this.#tooltips.close();
      this.#history = undefined;
      this.dispatchEvent(new InvoiceCommunicationsErrorEvent(asLoadError(error)));
    },
  });

  /** The history on screen, normalised (sends latest first), or `undefined`. */
  get history(): InvoiceHistory | undefined {
    const status = this.#task.status;
    const shown = status === TaskStatus.COMPLETE || (status === TaskStatus.PENDING && this.#refreshing);
    return shown ? this.#history : undefined;
  }

  /**
   * Fetches the history again. The current history stays on screen until the
   * new answer arrives. Resolves when it is shown (or the error is).
   */
  async refresh(): Promise<void> {
    this.#refreshing = this.#history !== undefined;
    await this.#task.run().catch(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this.#task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    if (this.#task.status === TaskStatus.PENDING) {
      this.#abortedByDisconnect = true;
      this.#task.abort();
    }
  }

  // A missing, negative or unreadable timeout attribute means the default, not "never".
  #timeoutMs(): number {
    return Number.isFinite(this.timeout) && this.timeout >= 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || changed.has('timeZone')) {
      this.#format = createInstantFormatter(this.locale, this.timeZone);
    }
    // A new source is another invoice: never show the old one while it loads.
    if (changed.has('src') || changed.has('data') || changed.has('fetcher')) {
      this.#refreshing = false;
    }
  }

  protected override updated(): void {
    const total = this.#task.status === TaskStatus.COMPLETE ? (this.#history?.sends.length ?? 0) : 0;
    if (this.#renderCount >= total || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const started = performance.now();
      this.#renderCount += this.#chunk;
      this.requestUpdate();
      void this.updateComplete.then(() => {
        const took = Math.max(1, performance.now() - started);
        this.#chunk = Math.max(5, Math.min(500, Math.round((this.#chunk * FRAME_BUDGET_MS) / took)));
      });
    });
  }

  protected override render() {
    return this.#task.render({
      initial: () => nothing,
      // New `data` is normalised in the same tick, before any paint: keeping the
      // current history through it lets unchanged sends keep their DOM.
      pending: () =>
        (this.#refreshing || this.data != null) && this.#history
          ? this.#renderHistory(this.#history, this.#refreshing)
          : this.#renderLoading(),
      complete: (history) => this.#renderHistory(history, false),
      error: (error) => (isAbort(error) ? this.#renderLoading() : this.#renderError(asLoadError(error))),
    });
  }

  #renderLoading() {
    return html`<div class="loading" part="loading" role="status" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span>${strings.loading}
    </div>`;
  }

  #renderError(error: HistoryLoadError) {
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${strings.errorTitle}</p>
      <p class="error-message">${error.message}</p>
      <button type="button" class="retry" part="retry" @click=${() => void this.#task.run()}>
        ${strings.retry}
      </button>
    </div>`;
  }

  #renderHistory(history: InvoiceHistory, refreshing: boolean) {
    const total = history.sends.length;
    if (total === 0) {
      return html`<slot name="empty"><p class="empty" part="empty">${strings.empty}</p></slot>`;
    }
    const shown = Math.min(this.#renderCount, total);
    const on = this.#tooltips.listeners;
    return html`<div
      class="history"
      aria-busy=${refreshing || shown < total ? 'true' : 'false'}
      @pointerover=${on.pointerover}
      @pointerout=${on.pointerout}
      @focusin=${on.focusin}
      @focusout=${on.focusout}
      @click=${on.click}
    >
      ${refreshing ? html`<p class="refreshing" role="status">${strings.refreshing}</p>` : nothing}
      ${renderSends(history.sends, shown, this.#format)}
      ${shown < total
        ? html`<p class="progress" part="progress">${strings.renderingProgress(shown, total)}</p>`
        : nothing}
    </div>`;
  }
}
