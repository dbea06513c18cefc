import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InvoiceHistory, Send } from './data/contract.js';
import type { CatalogueOverrides } from './i18n/catalogue.js';
import { historyToCsv } from './data/csv.js';
import { HostActions } from './element/host-actions.js';
import type { HistoryFetcher, HistoryTransform } from './data/load.js';
import { HistorySource } from './element/history-source.js';
import { LanguageController } from './element/language.js';
import { OlderPages } from './element/paging.js';
import { FIRST_CHUNK, ProgressiveRender } from './element/progressive-render.js';
import { styles } from './invoice-communications.styles.js';
import { TooltipController } from './tooltip/tooltip-controller.js';
import { StatusDescriptions } from './view/descriptions.js';
import { groupOf } from './view/recipients.js';
import { uidOf } from './view/send.js';
import { renderError, renderHistory, renderLoading } from './view/templates.js';
import { renderTooltipContent } from './view/tooltip-content.js';

/**
 * Shows a client invoice's email history: every send (latest first), every
 * recipient (To, CC, BCC) and each recipient's delivery statuses as badges
 * whose tooltips explain what the status means and what to do about it. An
 * endpoint that pages its answer (`next`) is shown a page at a time, with
 * "Show older sends" at the end.
 *
 * @summary The email history of one invoice, with delivery statuses explained.
 * @tagname invoice-communications
 *
 * @slot empty - Replaces the "This invoice has not been sent yet." message.
 *
 * @csspart sends - The list of sends: a feed (`role="feed"`), busy while sends arrive.
 * @csspart send - One send: an `article` of the feed, labelled by its date and time.
 * @csspart send-heading - The heading holding the send's date and time.
 * @csspart send-meta - Subject, sender and recipient count of a send.
 * @csspart summary - A send's summary line, e.g. "Delivered to 2 of 3 · 1 bounced · opened by 1".
 * @csspart recipients - The list of a send's recipients.
 * @csspart recipient - One recipient row; also `recipient-failed`, `recipient-delivered`, `recipient-retrying` or `recipient-pending` by outcome.
 * @csspart recipient-type - "To", "CC", "BCC" or an unknown type's name.
 * @csspart recipient-name - The recipient's name, when known.
 * @csspart recipient-email - The recipient's email address.
 * @csspart statuses - A recipient's status badges (a group named after the recipient).
 * @csspart badge - A status badge (a button); also `badge-success`, `badge-warning`, `badge-danger`, `badge-progress`, `badge-neutral` by tone.
 * @csspart tooltip - The tooltip: one per element, shown next to the badge it is open for.
 * @csspart warning - On a recipient, an earlier send's failure to the same address, e.g. "Bounced on 4 Nov 2026".
 * @csspart actions - The group of a failed recipient's action buttons (see `actions`).
 * @csspart action - An action button; also `action-resend` or `action-edit-contact`.
 * @csspart poll-note - While polling, the note that a poll failed and the history may be out of date.
 * @csspart loading - The loading indicator.
 * @csspart progress - "Showing 10 of 1,000 sends…" while a long history is still being rendered.
 * @csspart older - The end of a paged history: "Show older sends", and why the last page failed.
 * @csspart older-button - The "Show older sends" button (also "Loading older sends…", and Retry after a failure).
 * @csspart empty - The message shown when the invoice has not been sent.
 * @csspart error - The error message with its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssproperty [--invoice-communications-font=inherit] - Font of the whole element.
 * @cssproperty [--invoice-communications-color=light-dark(#1f2328, #e6edf3)] - Text colour. Every colour default is a `light-dark()` pair: the element follows the page's `color-scheme`.
 * @cssproperty [--invoice-communications-muted-color=light-dark(#59636e, #9198a1)] - Secondary text colour.
 * @cssproperty [--invoice-communications-background=light-dark(#ffffff, #0d1117)] - Background of sends, badges and buttons.
 * @cssproperty [--invoice-communications-border-color=light-dark(#d1d9e0, #3d444d)] - Borders and dividers.
 * @cssproperty [--invoice-communications-focus-color=light-dark(#0969da, #4493f8)] - Focus ring.
 * @cssproperty [--invoice-communications-error-color=light-dark(#b42318, #ff7b72)] - Error state accent.
 * @cssproperty [--invoice-communications-radius=6px] - Corner radius.
 * @cssproperty [--invoice-communications-gap=0.75rem] - Space between sends.
 * @cssproperty [--invoice-communications-tooltip-background=light-dark(#1f2328, #3d444d)] - Tooltip background.
 * @cssproperty [--invoice-communications-tooltip-color=#ffffff] - Tooltip text colour.
 * @cssproperty [--invoice-communications-status-processed=#57606a] - Processed badge colour. A status default is mixed 55 % with white in a dark colour scheme; a value you set is used as it is (give it `light-dark()` for both).
 * @cssproperty [--invoice-communications-status-dropped=#b42318] - Dropped badge colour.
 * @cssproperty [--invoice-communications-status-deferred=#9a6700] - Deferred badge colour.
 * @cssproperty [--invoice-communications-status-bounce=#b42318] - Bounce badge colour.
 * @cssproperty [--invoice-communications-status-blocked=#b42318] - Blocked badge colour.
 * @cssproperty [--invoice-communications-status-delivered=#1a7f37] - Delivered badge colour.
 * @cssproperty [--invoice-communications-status-open=#0969da] - Open badge colour.
 * @cssproperty [--invoice-communications-status-click=#6639ba] - Click badge colour.
 * @cssproperty [--invoice-communications-status-spamreport=#a0111f] - Spam report badge colour.
 * @cssproperty [--invoice-communications-status-unsubscribe=#8a4600] - Unsubscribed badge colour.
 * @cssproperty [--invoice-communications-status-unknown=#57606a] - Colour of a status this component does not know.
 *
 * @event {InvoiceCommunicationsLoadStartEvent} ic-loadstart - A request for the history started; `detail.url`. `detail.older` is true for a page of older sends.
 * @event {InvoiceCommunicationsLoadEvent} ic-load - A history was loaded and is shown; `detail.history` is the normalised history (with every page loaded so far). `detail.older` is true when a page of older sends was added.
 * @event {InvoiceCommunicationsErrorEvent} ic-error - Loading failed; `detail.error` has `kind`, `message`, `status` and `cause`. `detail.older` is true when a page of older sends failed: the history stays on screen. A failed poll does not fire it: the history stays, with a note.
 * @event {InvoiceCommunicationsActionEvent} ic-action - A person picked one of `actions` on a failed recipient; `detail` is `{ action, send: { id, sentAt, subject }, recipient: { email, name, type } }`.
 */
export class InvoiceCommunications extends LitElement {
  static override styles = styles;

  // Plain static properties rather than decorators: no decorator helpers in the bundle.
  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    fetcher: { attribute: false },
    transform: { attribute: false },
    credentials: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    strings: { attribute: false },
    timeout: { type: Number },
    actions: {},
    pollInterval: { type: Number, attribute: 'poll-interval' },
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

  /**
   * Maps the endpoint's parsed JSON (or `data`) to the contract before it is
   * checked, e.g. `(body) => fromPostmark(body.events, body.sends)`. If it
   * throws, the element shows the format error with Retry.
   */
  transform: HistoryTransform | undefined = undefined;

  /** Whether the request sends cookies: `same-origin`, `include` or `omit`. */
  credentials: RequestCredentials = 'same-origin';

  /**
   * BCP 47 language for the words, dates and numbers, e.g. `fr` or `de-CH`
   * (German words, Swiss dates). When empty, the nearest `lang` above the
   * element, across shadow roots up to `<html lang>`. A language neither
   * shipped nor registered shows English words; nothing at all, English
   * with the browser's date format.
   */
  locale = '';

  /** IANA time zone for dates and times, e.g. `Australia/Sydney`; the browser's when empty. */
  timeZone = '';

  /** Milliseconds to wait for the endpoint before showing an error; 0 waits for ever. */
  timeout = 30_000;

  /**
   * The actions the host offers on a recipient whose email failed,
   * space-separated: `resend`, `edit-contact`. Each failed recipient then
   * shows them as buttons (named with the address), and a click fires
   * `ic-action`. Empty: no buttons. Other words are ignored.
   */
  actions = '';

  /**
   * Seconds between checks of `src` for updates while mail is in flight
   * (some recipient pending or retrying); 0 (the default) never checks, and
   * values below 2 count as 2. Stops once every recipient has a final
   * outcome, pauses while the page is hidden.
   */
  pollInterval = 0;

  /**
   * The host's own wording: any part of the catalogue, deep-merged over the
   * active language, e.g. `{ statuses: { bounce: { action: 'Check the client record…' } } }`.
   * Assign a new object to change it.
   */
  strings: CatalogueOverrides | undefined = undefined;

  #language = new LanguageController(this);
  #descriptions = new StatusDescriptions();
  #tooltips = new TooltipController(this, {
    content: (badge) => {
      const group = groupOf(badge);
      return group && renderTooltipContent(group, this.#language.text);
    },
    focused: (badge) => this.#descriptions.describeFocused(badge, badge ? groupOf(badge) : undefined, this.#language.text),
  });
  #progress = new ProgressiveRender(this);
  #source = new HistorySource(this, {
    showing: (_history, sameInvoice) => {
      if (!sameInvoice) this.#progress.restart();
      this.#tooltips.close();
    },
    failing: () => this.#tooltips.close(),
    // The date formatters take tens of milliseconds to make on a fresh page: made while the request is out.
    waiting: () => this.#language.text.prepare(),
  });
  #hostActions = new HostActions(this);
  #older = new OlderPages(this, this.#source, { adding: () => this.#olderAdding() });

  /** Loaded with the first `poll-interval`: most pages never poll, so they never download it. */
  #polling = false;

  /**
   * The history on screen, normalised (sends latest first), or `undefined`.
   * `history.next` is the URL of the next older page while older sends are
   * not loaded.
   */
  get history(): InvoiceHistory | undefined {
    return this.#source.history;
  }

  /** Whether the endpoint has older sends that are not loaded yet ("Show older sends" is shown). */
  get hasOlderSends(): boolean {
    return this.#source.history?.next !== undefined;
  }

  /**
   * Fetches the history again (the first page only, for a paged endpoint: the
   * older pages already loaded stay). The current history stays on screen
   * until the new answer arrives. Resolves when it is shown (or the error is).
   */
  refresh(): Promise<void> {
    return this.#source.refresh();
  }

  /**
   * The history on screen as RFC 4180 CSV, one row per event: send time
   * (ISO 8601, UTC), subject, sent by, recipient email, name, type, status,
   * event time, reason, response, attempt, URL, and whether the service
   * flagged the event as automated. The evidence a firm attaches to a fee
   * dispute; cells a spreadsheet could run as a formula are neutralised.
   * Headers in the element's language; only the header row when no history
   * is shown.
   */
  toCSV(): string {
    const history = this.history;
    return historyToCsv(history ?? { sends: [] }, {
      words: this.#language.text.words.csv,
      olderPagesNotLoaded: history?.next !== undefined,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.pollInterval > 0 && !this.#polling) {
      this.#polling = true;
      // The controller registers itself with the element (addController) and starts when it arrives.
      import('./element/polling.js').then(
        ({ Polling }) => new Polling(this, this.#source),
        (error: unknown) => {
          // A host that copied only the main file: no polling, said once.
          console.warn('<invoice-communications>: polling could not be loaded.', error);
        },
      );
    }
    // Words, clock or actions change the badges under an open tooltip: it closes rather than float detached.
    if (changed.has('locale') || changed.has('strings') || changed.has('actions') || changed.has('timeZone')) {
      this.#tooltips.close();
    }
    // Another invoice: a page of the last one must not be appended to it.
    if (changed.has('src') || changed.has('data') || changed.has('fetcher')) this.#older.reset();
    this.#source.willUpdate(changed);
  }

  // Focus follows the button that asked for the page: onto the first send it
  // added, or, when it added none and there are no more, onto the last send.
  #olderAdding() {
    const root = this.renderRoot as ShadowRoot;
    const fromButton = root.activeElement?.matches('[part~="older-button"]') ?? false;
    // The sends are on screen: the progressive renderer may not have reached them yet.
    return async (sends: Send[]) => {
      const history = this.#source.history;
      if (!history) return;
      if (sends.length) {
        this.#progress.include(history.sends.indexOf(sends[0]) + FIRST_CHUNK);
        this.requestUpdate();
      }
      await this.updateComplete;
      if (!fromButton || (!sends.length && history.next)) return;
      const target = sends.length
        ? root.getElementById(`send-${uidOf(sends[0])}`)?.parentElement
        : root.querySelector('article:last-of-type');
      (target as HTMLElement | null | undefined)?.focus();
    };
  }

  // Waits for a language still loading, so `updateComplete` means "in its own words".
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#language.pending;
    return super.getUpdateComplete();
  }

  #spoken = false;

  protected override render() {
    const language = this.#language;
    // The page's language loading for the first time: nothing yet, rather than a flash of English.
    if (language.pending && !this.#spoken) return nothing;
    this.#spoken = true;
    return html`<div class="root" lang=${language.lang} dir=${ifDefined(language.dir)}>${this.#content()}</div>`;
  }

  #content() {
    const view = this.#source.state();
    const text = this.#language.text;
    switch (view.state) {
      case 'nothing':
        return nothing;
      case 'loading':
        return renderLoading(text);
      case 'error':
        return renderError(view.error, () => void this.refresh(), text);
      case 'history': {
        const { history, refreshing } = view;
        const shown = this.#progress.shown(history.sends.length);
        const polling = this.pollInterval > 0 && this.data == null;
        const older = this.#older;
        return renderHistory({
          history,
          shown,
          refreshing,
          text,
          listeners: this.#tooltips.listeners,
          outcomes: this.#hostActions.context(history, shown >= history.sends.length),
          pollFailed: polling ? this.#source.pollError !== undefined : undefined,
          tooltip: this.#tooltips.element,
          descriptions: this.#descriptions,
          older: { loading: older.loading, error: older.error, load: older.load },
          announcement: older.added === undefined ? '' : text.plural(text.words.olderAdded, older.added),
        });
      }
    }
  }
}
