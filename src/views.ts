/**
 * Templates for a loaded history. Data from the endpoint goes only into Lit
 * text and attribute bindings, so it is always text, never markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { InvoiceHistory, Recipient, Send, StatusGroup } from './data/types.js';
import { describeBadge } from './describe.js';
import { toIsoString, type InstantFormatter } from './format.js';
import { strings } from './strings.js';

/** Unique, stable keys for sends (ids can repeat in hostile data). */
function sendKeys(sends: Send[]): string[] {
  const seen = new Map<string, number>();
  return sends.map(({ id }) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return `${id}\u0000${n}`;
  });
}

function typeLabel(recipient: Recipient): string {
  return recipient.type === 'other'
    ? strings.otherRecipientType(recipient.rawType)
    : strings.recipientTypes[recipient.type];
}

function renderBadge(group: StatusGroup, id: string, format: InstantFormatter): TemplateResult {
  const badge = describeBadge(group, format);
  return html`<li class="status">
    <button
      type="button"
      class="badge"
      part="badge badge-${badge.tone}"
      data-tooltip
      data-status=${group.status}
      data-tone=${badge.tone}
      aria-label=${badge.name}
      aria-describedby=${id}
    >${badge.text}</button>
    <div class="tooltip" role="tooltip" id=${id} part="tooltip" popover="manual">
      <div class="tooltip-body">
        <p class="tooltip-title">${badge.text}</p>
        <p>${badge.meaning}</p>
        ${badge.action
          ? html`<p class="action"><strong>${strings.whatToDo}</strong> ${badge.action}</p>`
          : nothing}
        <ul class="occurrences">
          ${badge.occurrences.map(
            ({ when, at, details }) =>
              html`<li>${at === null ? when : html`<time datetime=${toIsoString(at)}>${when}</time>`}${details.map(
                (detail) => html`<span class="detail">${detail}</span>`,
              )}</li>`,
          )}
        </ul>
      </div>
    </div>
  </li>`;
}

function renderRecipient(
  recipient: Recipient,
  idPrefix: string,
  format: InstantFormatter,
): TemplateResult {
  const who = recipient.name ? `${recipient.name} <${recipient.email}>` : recipient.email;
  return html`<li class="recipient" part="recipient" data-type=${recipient.type}>
    <span class="type" part="recipient-type">${typeLabel(recipient)}</span>
    <span class="who">
      ${recipient.name ? html`<span class="name" part="recipient-name">${recipient.name}</span>` : nothing}
      <span class="email" part="recipient-email">${recipient.email}</span>
    </span>
    ${recipient.statuses.length
      ? html`<ul class="statuses" part="statuses" aria-label=${strings.statusesOf(who)}>
          ${recipient.statuses.map((group, g) => renderBadge(group, `${idPrefix}-${g}`, format))}
        </ul>`
      : html`<span class="statuses none">${strings.noStatuses}</span>`}
  </li>`;
}

function renderSend(send: Send, index: number, format: InstantFormatter): TemplateResult {
  const headingId = `send-${index}`;
  const when = format(send.sentAt);
  return html`<section class="send" part="send" aria-labelledby=${headingId}>
    <h3 class="send-heading" part="send-heading" id=${headingId}>
      ${send.sentAt === null
        ? when
        : html`<time datetime=${toIsoString(send.sentAt)}>${when}</time>`}
    </h3>
    <p class="send-meta" part="send-meta">
      ${send.subject ? html`<span class="subject">${send.subject}</span>` : nothing}
      ${send.sentBy ? html`<span class="sent-by">${strings.sentBy(send.sentBy)}</span>` : nothing}
      <span class="count">${strings.recipientCount(send.recipients.length)}</span>
    </p>
    <ul class="recipients" part="recipients">
      ${send.recipients.map((recipient, r) => renderRecipient(recipient, `tip-${index}-${r}`, format))}
    </ul>
  </section>`;
}

/** The list of sends, latest first. */
export function renderHistory(history: InvoiceHistory, format: InstantFormatter): TemplateResult {
  const keys = sendKeys(history.sends);
  return html`<ol class="sends" part="sends" aria-label=${strings.historyLabel}>
    ${repeat(
      history.sends,
      (_send, i) => keys[i],
      (send, i) => html`<li class="send-item">${renderSend(send, i, format)}</li>`,
    )}
  </ol>`;
}
