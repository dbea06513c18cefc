/**
 * Templates for a loaded history. Data from the endpoint goes only into Lit
 * text and attribute bindings, so it is always text, never markup.
 *
 * Written for histories of thousands of badges: templates have no whitespace
 * between tags (each would be a DOM text node per badge), a tooltip is one
 * text node whose lines CSS keeps apart, and each send is guarded so a
 * re-render only touches sends that changed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { InvoiceHistory, Recipient, Send, StatusGroup } from '../data/contract.js';
import type { HistoryLoadError } from '../data/load.js';
import type { TooltipController } from '../tooltip/tooltip-controller.js';
import type { Text } from '../i18n/text.js';
import { badgeTooltipText, describeBadge } from './badge.js';
import { fillIsolated, fillParts, toIsoString } from './format.js';
import { carriedKey, renderPollNote, renderRecipientExtras, renderSummary, type OutcomeContext } from './outcomes.js';

// DOM ids come from a counter, not from send ids: those are the endpoint's
// text and may hold spaces, which would break aria-labelledby's id lists.
let nextUid = 0;
const uids = new WeakMap<Send, number>();
const uidOf = (send: Send) => {
  let uid = uids.get(send);
  if (uid === undefined) uids.set(send, (uid = nextUid++));
  return uid;
};

function typeLabel(recipient: Recipient, text: Text): string {
  return recipient.type === 'other'
    ? recipient.rawType || text.words.otherRecipientType
    : text.words.recipientTypes[recipient.type];
}

// The badge and its tooltip are the only children of their list item, in
// this order: the tooltip controller finds each from the other that way.
// prettier-ignore
function renderBadge(group: StatusGroup, id: string, text: Text): TemplateResult {
  const badge = describeBadge(group, text);
  return html`<li class="status"><button type="button" class="badge" part="badge badge-${badge.tone}" data-tooltip data-status=${group.status} aria-label=${badge.name} aria-describedby=${id}>${badge.text}</button><div class="tooltip" role="tooltip" id=${id} part="tooltip" popover="manual">${badgeTooltipText(badge, text)}</div></li>`;
}

// prettier-ignore
function renderRecipient(send: Send, recipient: Recipient, idPrefix: string, text: Text, outcomes: OutcomeContext): TemplateResult {
  const who = recipient.name ? `${recipient.name} <${recipient.email}>` : recipient.email;
  return html`<li class="recipient" part="recipient recipient-${recipient.outcome}" data-type=${recipient.type}><span class="type" part="recipient-type">${typeLabel(recipient, text)}</span><span class="who">${recipient.name ? html`<span class="name" part="recipient-name" dir="auto">${recipient.name}</span>` : nothing}<span class="email" part="recipient-email" dir="auto">${recipient.email}</span></span>${recipient.statuses.length
    ? html`<ul class="statuses" part="statuses" aria-label=${text.fill(text.words.statusesOf, { who })}>${recipient.statuses.map((group, g) => renderBadge(group, `${idPrefix}-${g}`, text))}</ul>`
    : html`<span class="statuses none">${text.words.noStatuses}</span>`}${renderRecipientExtras(send, recipient, who, outcomes, text)}</li>`;
}

// prettier-ignore
function renderWhen(at: number | null, text: Text) {
  const when = text.instant(at);
  if (at === null) return when;
  const time = html`<time datetime=${toIsoString(at)}>${when}</time>`;
  const ago = text.ago(at);
  return ago === undefined ? time : fillParts(text.words.timeAgo, (name) => (name === 'time' ? time : name === 'ago' ? ago : undefined));
}

// prettier-ignore
function renderSend(send: Send, text: Text, outcomes: OutcomeContext): TemplateResult {
  const uid = uidOf(send);
  return html`<li class="send-item"><section class="send" part="send" aria-labelledby="send-${uid}" aria-describedby=${send.recipients.length ? `sum-${uid}` : nothing}><h3 class="send-heading" part="send-heading" id="send-${uid}">${renderWhen(send.sentAt, text)}</h3><p class="send-meta" part="send-meta">${send.subject ? html`<span class="subject" dir="auto">${send.subject}</span>` : nothing}${send.sentBy ? html`<span class="sent-by">${fillIsolated(text, text.words.sentBy, { name: send.sentBy })}</span>` : nothing}<span class="count">${text.plural(text.words.recipientCount, send.recipients.length)}</span></p>${renderSummary(send, `sum-${uid}`, text)}<ul class="recipients" part="recipients">${send.recipients.map((recipient, r) => renderRecipient(send, recipient, `tip-${uid}-${r}`, text, outcomes))}</ul></section></li>`;
}

/**
 * The first `count` sends, latest first. Each send re-renders only when its
 * data, the formatter, the host's actions or the earlier failures carried to
 * it change (an earlier send's new bounce warns on a later, unchanged send).
 */
export function renderSends(sends: Send[], count: number, text: Text, outcomes: OutcomeContext): TemplateResult {
  return html`<ol class="sends" part="sends" aria-label=${text.words.historyLabel}>${repeat(
    count < sends.length ? sends.slice(0, count) : sends,
    uidOf,
    (send) => guard([send, text, outcomes.actions, carriedKey(outcomes, send)], () => renderSend(send, text, outcomes)),
  )}</ol>`;
}

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
}

/** A loaded history: the empty message, or its sends with progress and refresh notes. */
export function renderHistory({ history, shown, refreshing, text, listeners: on, outcomes, pollFailed }: HistoryView): TemplateResult {
  const total = history.sends.length;
  if (total === 0) return html`<slot name="empty"><p class="empty" part="empty">${text.words.empty}</p></slot>`;
  return html`<div
    class="history"
    aria-busy=${refreshing || shown < total ? 'true' : 'false'}
    @pointerover=${on.pointerover}
    @pointerout=${on.pointerout}
    @focusin=${on.focusin}
    @focusout=${on.focusout}
    @click=${on.click}
  >
    ${refreshing ? html`<p class="refreshing" role="status">${text.words.refreshing}</p>` : nothing}
    ${renderPollNote(pollFailed, text)}
    ${renderSends(history.sends, shown, text, outcomes)}
    ${shown < total ? html`<p class="progress" part="progress">${text.fill(text.words.renderingProgress, { shown, total })}</p>` : nothing}
  </div>`;
}
