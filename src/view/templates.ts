/**
 * Templates for the element's states. Data from the endpoint goes only into
 * Lit text and attribute bindings (and `textContent` in recipients.ts), so it
 * is always text, never markup.
 *
 * Written for histories of thousands of badges: templates have no whitespace
 * between tags (each would be a DOM text node per send), every badge shares
 * one tooltip and one description per status, and each send is guarded so a
 * re-render only touches sends that changed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { InvoiceHistory } from '../data/contract.js';
import type { HistoryLoadError } from '../data/load.js';
import type { TooltipController } from '../tooltip/tooltip-controller.js';
import type { Text } from '../i18n/text.js';
import type { StatusDescriptions } from './descriptions.js';
import { fillIsolated } from './format.js';
import { renderSend, uidOf } from './send.js';
import { FIRST_CHUNK } from '../element/progressive-render.js';
import { renderPollNote, type OutcomeContext } from './outcomes.js';

export const renderLoading = (text: Text) =>
  html`<div class="loading" part="loading" role="status" aria-busy="true">
    <span class="spinner" aria-hidden="true"></span>${text.words.loading}
  </div>`;

/** An error in the active language; the endpoint's own words in it are isolated. */
const errorMessage = (error: HistoryLoadError, text: Text) =>
  fillIsolated(text, text.form(text.words.errors[error.messageKey], error.values['seconds'] as number), error.values);

export const renderError = (error: HistoryLoadError, retry: () => void, text: Text) =>
  html`<div class="error" part="error" role="alert">
    <p class="error-title">${text.words.errorTitle}</p>
    <p class="error-message">${errorMessage(error, text)}</p>
    <button type="button" class="retry" part="retry" @click=${retry}>${text.words.retry}</button>
  </div>`;

/** The "Show older sends" control's state (element/paging.ts). */
export interface OlderSendsView {
  loading: boolean;
  error: HistoryLoadError | undefined;
  load: () => void;
}

export interface HistoryView {
  history: InvoiceHistory;
  /** How many sends to render (the rest follow progressively). */
  shown: number;
  /** An update is on its way: the history stays, marked busy. */
  refreshing: boolean;
  text: Text;
  /** Delegated listeners for the badges' tooltips. */
  listeners: TooltipController['listeners'];
  outcomes: OutcomeContext;
  /** While polling: whether the last poll failed (the history shown may be out of date). `undefined` when not polling. */
  pollFailed: boolean | undefined;
  /** The element's one tooltip. */
  tooltip: HTMLElement;
  descriptions: StatusDescriptions;
  older: OlderSendsView;
  /** What the polite live region says, e.g. "12 older sends added." */
  announcement: string;
}

// prettier-ignore
function renderOlder(older: OlderSendsView, text: Text) {
  const words = text.words;
  return html`<div class="older" part="older">${older.error ? html`<p class="older-error" role="alert">${words.olderError} ${errorMessage(older.error, text)}</p>` : nothing}<button type="button" class="older-button" part="older-button" aria-disabled=${older.loading ? 'true' : 'false'} @click=${older.loading ? nothing : older.load}>${older.loading ? words.loadingOlder : older.error ? words.retryOlder : words.showOlder}</button></div>`;
}

/**
 * The feed pattern's keys: Page Down and Page Up move focus to the next and
 * previous send, from anywhere in one (a badge, the send itself). Inside an
 * open tooltip they scroll it, as they would anywhere else.
 */
function feedKeys(event: KeyboardEvent) {
  const forward = event.key === 'PageDown';
  if ((!forward && event.key !== 'PageUp') || !(event.target instanceof Element)) return;
  if (event.target.closest('[role="tooltip"]')) return;
  const article = event.target.closest('article');
  const next = forward ? article?.nextElementSibling : article?.previousElementSibling;
  if (next instanceof HTMLElement) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * A loaded history: the empty message, or its sends as a feed (WAI-ARIA feed
 * pattern: articles with their place in it, busy while sends arrive), with
 * progress and refresh notes, "Show older sends" while older pages exist, the
 * badges' shared descriptions and the one tooltip.
 */
export function renderHistory(view: HistoryView): TemplateResult {
  const { history, shown, refreshing, text, listeners: on, older } = view;
  const total = history.sends.length;
  if (total === 0 && !history.next) return html`<slot name="empty"><p class="empty" part="empty">${text.words.empty}</p></slot>`;
  const sends = shown < total ? history.sends.slice(0, shown) : history.sends;
  // The feed's size is unknown while older pages are not loaded.
  const size = history.next ? -1 : total;
  return html`<div
    class="history"
    @pointerover=${on.pointerover}
    @pointerout=${on.pointerout}
    @focusin=${on.focusin}
    @focusout=${on.focusout}
    @click=${on.click}
  >
    ${refreshing ? html`<p class="refreshing" role="status">${text.words.refreshing}</p>` : nothing}
    ${renderPollNote(view.pollFailed, text)}
    <div class="sends" part="sends" role="feed" @keydown=${feedKeys} aria-label=${text.words.historyLabel} aria-busy=${refreshing || older.loading || shown < total ? 'true' : 'false'}>${repeat(
      sends,
      uidOf,
      (send, i) => renderSend(send, i + 1, size, i >= FIRST_CHUNK, text, view.descriptions, view.outcomes),
    )}</div>
    ${shown < total ? html`<p class="progress" part="progress">${text.fill(text.words.renderingProgress, { shown, total })}</p>` : nothing}
    ${history.next && shown >= total ? renderOlder(older, text) : nothing}
    ${history.next || view.announcement ? html`<p class="announce" role="status">${view.announcement}</p>` : nothing}
    ${view.descriptions.element}
    ${view.tooltip}
  </div>`;
}
