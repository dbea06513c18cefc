/**
 * The answers at a glance (issue 18): a send's summary line, and after a
 * recipient's statuses the warning about an earlier failure and the host's
 * actions. The numbers come from src/data/outcome.ts, the words from the
 * catalogue; templates.ts only calls these. Endpoint text is only bound as
 * text or attribute values.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Recipient, Send } from '../data/contract.js';
import { addressKey, sendSummary, type EarlierFailure, type SendSummary } from '../data/outcome.js';
import type { HostAction } from '../i18n/catalogue.js';
import type { Text } from '../i18n/text.js';

/** What the recipients of a send need besides their own data. */
export interface OutcomeContext {
  /** The host's actions (the `actions` attribute), offered on each failed recipient. */
  actions: readonly HostAction[];
  /** The failures of earlier sends, by send, then by address key (see `earlierFailures`). */
  carried: ReadonlyMap<Send, ReadonlyMap<string, EarlierFailure>>;
  /** Called when a person picks an action. */
  act(action: HostAction, send: Send, recipient: Recipient): void;
}

/** A send's summary as facts in reading order; each fact is left out when its count is 0. */
export function summaryFacts(summary: SendSummary, text: Text): string[] {
  const words = text.words.summary;
  const facts: string[] = [];
  const add = (count: number, forms: typeof words.opened, values = {}) => {
    if (count > 0) facts.push(text.plural(forms, count, values));
  };
  const { outcomes, recipients, failures, retryDeadline } = summary;
  // Plural by the total ("Delivered to 1 of 3"), so the form agrees with the number that ends the phrase.
  if (outcomes.delivered > 0) {
    facts.push(text.plural(words.delivered, recipients, { count: text.number(outcomes.delivered), total: recipients }));
  }
  add(failures.dropped, words.failures.dropped);
  add(failures.bounce, words.failures.bounce);
  add(failures.blocked, words.failures.blocked);
  if (retryDeadline === null) add(outcomes.retrying, words.retryingUntimed);
  else add(outcomes.retrying, words.retrying, { time: text.soon(retryDeadline) });
  add(outcomes.pending, words.pending);
  add(summary.opened, words.opened);
  add(summary.clicked, words.clicked);
  return facts;
}

/**
 * The summary line, after the send's metadata. Plain text with a name, not
 * a live region: polling re-renders it, and a screen reader announcing every
 * changed send on every poll would drown the page. The send's article points
 * at it with `aria-describedby`, so moving into a send (tabbing to a badge,
 * or Page Down through the feed) says how it went. The name joins the facts as a spoken
 * list; on screen they are separated by middle dots, which some screen
 * readers read aloud or run together.
 */
// prettier-ignore
export function renderSummary(send: Send, id: string, text: Text): TemplateResult | typeof nothing {
  if (send.recipients.length === 0) return nothing;
  const facts = summaryFacts(sendSummary(send), text);
  return html`<p class="summary" part="summary" id=${id} role="note" aria-label=${text.list(facts)}>${facts.join(text.words.summary.separator)}</p>`;
}

/** The earlier failure shown on `recipient` of `send`, if any. */
export const carriedFailure = (context: OutcomeContext, send: Send, recipient: Recipient) =>
  context.carried.get(send)?.get(addressKey(recipient.email));

/**
 * A send's carried failures as one string, so a send re-renders when an
 * earlier send's outcome changes it (its own data may not have changed).
 */
export function carriedKey(context: OutcomeContext, send: Send): string {
  const failures = context.carried.get(send);
  return failures ? JSON.stringify([...failures]) : '';
}

/**
 * After a recipient's statuses, in this order for the keyboard and screen
 * readers: the warning about an earlier failure of this address, then the
 * host's actions (only for a recipient that failed on this send).
 */
/** Whether `recipient` of `send` has a warning or actions to show. */
export const hasRecipientExtras = (send: Send, recipient: Recipient, context: OutcomeContext): boolean =>
  (recipient.outcome === 'failed' && context.actions.length > 0) || carriedFailure(context, send, recipient) !== undefined;

// prettier-ignore
export function renderRecipientExtras(send: Send, recipient: Recipient, who: string, context: OutcomeContext, text: Text) {
  const words = text.words;
  const failure = carriedFailure(context, send, recipient);
  const warning = failure
    ? html`<p class="warning" part="warning">${failure.at === null ? words.earlierFailureUntimed[failure.status] : text.fill(words.earlierFailure[failure.status], { date: text.day(failure.at) })}</p>`
    : nothing;
  const actions = recipient.outcome === 'failed' && context.actions.length
    ? html`<div class="actions" part="actions" role="group" aria-label=${text.fill(words.actionsOf, { who })}>${context.actions.map((action) => html`<button type="button" class="action" part="action action-${action}" data-action=${action} aria-label=${text.fill(words.actions[action].name, { email: recipient.email })} @click=${() => context.act(action, send, recipient)}>${words.actions[action].label}</button>`)}</div>`
    : nothing;
  return [warning, actions];
}

/**
 * While polling, a status region for a failed poll's note. It is in the page
 * before any note, because screen readers often ignore a live region that
 * arrives with its text; it is absent when not polling, so nothing else
 * changes. The note is quiet (polite) and the history stays.
 */
export const renderPollNote = (failed: boolean | undefined, text: Text) =>
  failed === undefined
    ? nothing
    : html`<p class="poll-note" part="poll-note" role="status">${failed ? text.words.pollFailed : nothing}</p>`;
