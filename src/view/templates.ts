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
import { badgeTooltipText, describeBadge } from './badge.js';
import { toIsoString, type InstantFormatter } from './format.js';
import { strings } from '../i18n/strings.js';

// DOM ids come from a counter, not from send ids: those are the endpoint's
// text and may hold spaces, which would break aria-labelledby's id lists.
let nextUid = 0;
const uids = new WeakMap<Send, number>();
const uidOf = (send: Send) => {
  let uid = uids.get(send);
  if (uid === undefined) uids.set(send, (uid = nextUid++));
  return uid;
};

function typeLabel(recipient: Recipient): string {
  return recipient.type === 'other'
    ? strings.otherRecipientType(recipient.rawType)
    : strings.recipientTypes[recipient.type];
}

// The badge and its tooltip are the only children of their list item, in
// this order: the tooltip controller finds each from the other that way.
// prettier-ignore
function renderBadge(group: StatusGroup, id: string, format: InstantFormatter): TemplateResult {
  const badge = describeBadge(group, format);
  return html`<li class="status"><button type="button" class="badge" part="badge badge-${badge.tone}" data-tooltip data-status=${group.status} aria-label=${badge.name} aria-describedby=${id}>${badge.text}</button><div class="tooltip" role="tooltip" id=${id} part="tooltip" popover="manual">${badgeTooltipText(badge)}</div></li>`;
}

// prettier-ignore
function renderRecipient(recipient: Recipient, idPrefix: string, format: InstantFormatter): TemplateResult {
  const who = recipient.name ? `${recipient.name} <${recipient.email}>` : recipient.email;
  return html`<li class="recipient" part="recipient" data-type=${recipient.type}><span class="type" part="recipient-type">${typeLabel(recipient)}</span><span class="who">${recipient.name ? html`<span class="name" part="recipient-name">${recipient.name}</span>` : nothing}<span class="email" part="recipient-email">${recipient.email}</span></span>${recipient.statuses.length
    ? html`<ul class="statuses" part="statuses" aria-label=${strings.statusesOf(who)}>${recipient.statuses.map((group, g) => renderBadge(group, `${idPrefix}-${g}`, format))}</ul>`
    : html`<span class="statuses none">${strings.noStatuses}</span>`}</li>`;
}

// prettier-ignore
function renderSend(send: Send, format: InstantFormatter): TemplateResult {
  const uid = uidOf(send);
  const when = format(send.sentAt);
  return html`<li class="send-item"><section class="send" part="send" aria-labelledby="send-${uid}"><h3 class="send-heading" part="send-heading" id="send-${uid}">${send.sentAt === null ? when : html`<time datetime=${toIsoString(send.sentAt)}>${when}</time>`}</h3><p class="send-meta" part="send-meta">${send.subject ? html`<span class="subject">${send.subject}</span>` : nothing}${send.sentBy ? html`<span class="sent-by">${strings.sentBy(send.sentBy)}</span>` : nothing}<span class="count">${strings.recipientCount(send.recipients.length)}</span></p><ul class="recipients" part="recipients">${send.recipients.map((recipient, r) => renderRecipient(recipient, `tip-${uid}-${r}`, format))}</ul></section></li>`;
}

/**
 * The first `count` sends, latest first. Each send re-renders only when its
 * data or the formatter changes.
 */
export function renderSends(sends: Send[], count: number, format: InstantFormatter): TemplateResult {
  return html`<ol class="sends" part="sends" aria-label=${strings.historyLabel}>${repeat(
    count < sends.length ? sends.slice(0, count) : sends,
    uidOf,
    (send) => guard([send, format], () => renderSend(send, format)),
  )}</ol>`;
}

export const renderLoading = () =>
  html`<div class="loading" part="loading" role="status" aria-busy="true">
    <span class="spinner" aria-hidden="true"></span>${strings.loading}
  </div>`;

export const renderError = (error: HistoryLoadError, retry: () => void) =>
  html`<div class="error" part="error" role="alert">
    <p class="error-title">${strings.errorTitle}</p>
    <p class="error-message">${error.message}</p>
    <button type="button" class="retry" part="retry" @click=${retry}>${strings.retry}</button>
  </div>`;

export interface HistoryView {
  history: InvoiceHistory;
  /** How many sends to render (the rest follow progressively). */
  shown: number;
  /** An update is on its way: the history stays, marked busy. */
  refreshing: boolean;
  format: InstantFormatter;
  /** Delegated listeners for the badges' tooltips. */
  listeners: TooltipController['listeners'];
}

/** A loaded history: the empty message, or its sends with progress and refresh notes. */
export function renderHistory({ history, shown, refreshing, format, listeners: on }: HistoryView): TemplateResult {
  const total = history.sends.length;
  if (total === 0) return html`<slot name="empty"><p class="empty" part="empty">${strings.empty}</p></slot>`;
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
    ${renderSends(history.sends, shown, format)}
    ${shown < total ? html`<p class="progress" part="progress">${strings.renderingProgress(shown, total)}</p>` : nothing}
  </div>`;
}
