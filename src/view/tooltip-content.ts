/**
 * What an open tooltip shows, rendered into the element's one tooltip only
 * when it opens: the status as a heading, what it means, "What to do" set
 * apart, then each occurrence as a list item (its time first, then attempt,
 * reason, server response and link). The endpoint's words are bidi-isolated
 * and wrap anywhere, so a long SMTP response or URL never runs into the text
 * around it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StatusGroup, StatusOccurrence } from '../data/contract.js';
import type { Text } from '../i18n/text.js';
import { badgeLabel } from './badge.js';
import { fillIsolated, toIsoString } from './format.js';

// prettier-ignore
function renderOccurrence(occurrence: StatusOccurrence, text: Text) {
  const words = text.words;
  const { at, attempt, reason, response, url, machine } = occurrence;
  const detail = (template: string, values: Record<string, string | number>) => html`<span class="tip-detail">${fillIsolated(text, template, values)}</span>`;
  return html`<li>${at === null ? text.instant(at) : html`<time datetime=${toIsoString(at)}>${text.instant(at)}</time>`}${attempt === undefined ? nothing : detail(words.attempt, { n: attempt })}${reason ? detail(words.reason, { text: reason }) : nothing}${response ? detail(words.response, { text: response }) : nothing}${url ? detail(words.link, { url }) : nothing}${machine ? detail(words.automatedOpen, {}) : nothing}</li>`;
}

// prettier-ignore
export function renderTooltipContent(group: StatusGroup, text: Text): TemplateResult {
  const badge = badgeLabel(group.status, group.occurrences.length, text);
  return html`<h4 class="tip-title">${badge.text}</h4><p class="tip-meaning">${badge.meaning}</p>${badge.action ? html`<p class="tip-action"><strong>${text.words.whatToDo}</strong> ${badge.action}</p>` : nothing}<ol class="tip-occurrences">${group.occurrences.map((occurrence) => renderOccurrence(occurrence, text))}</ol>`;
}
