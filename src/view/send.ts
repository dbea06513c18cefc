/**
 * One send: an `article` of the history's feed, labelled by its heading (the
 * date and time), with its subject, sender, recipient count and recipients.
 * Its place in the feed (`aria-posinset`) is bound outside the guarded body,
 * so a new send above it only moves a number, not its whole subtree.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Send } from '../data/contract.js';
import type { Text } from '../i18n/text.js';
import type { StatusDescriptions } from './descriptions.js';
import { recipientRows } from './recipients.js';
import { carriedKey, renderSummary, type OutcomeContext } from './outcomes.js';
import { toIsoString } from './format.js';

// DOM ids come from a counter, not from send ids: those are the endpoint's
// text and may hold spaces, which would break aria-labelledby's id lists.
let nextUid = 0;
const uids = new WeakMap<Send, number>();
export const uidOf = (send: Send): number => {
  let uid = uids.get(send);
  if (uid === undefined) uids.set(send, (uid = nextUid++));
  return uid;
};

/** `template` split at its one `{name}`: the text before and after it ('' each when absent). */
function around(template: string, name: string, values: Record<string, string> = {}): [string, string] {
  const at = template.indexOf(`{${name}}`);
  const fill = (part: string) => part.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
  return at < 0 ? [fill(template), ''] : [fill(template.slice(0, at)), fill(template.slice(at + name.length + 2))];
}

// The heading: the date, and "(3 days ago)" for a recent send, in the
// language's own order. One template with fixed slots, not a list of parts:
// fewer nodes per send.
// prettier-ignore
function renderWhen(at: number | null, text: Text) {
  if (at === null) return text.words.timeUnknown;
  const ago = text.ago(at);
  const [before, after] = ago === undefined ? ['', ''] : around(text.words.timeAgo, 'time', { ago });
  return html`${before}<time datetime=${toIsoString(at)}>${text.instant(at)}</time>${after}`;
}

// prettier-ignore
function renderSender(sentBy: string, text: Text) {
  const [before, after] = around(text.words.sentBy, 'name');
  return html`<span class="sent-by">${before}<bdi>${sentBy}</bdi>${after}</span>`;
}

// prettier-ignore
function renderBody(send: Send, uid: number, text: Text, descriptions: StatusDescriptions, outcomes: OutcomeContext): TemplateResult {
  return html`<h3 class="send-heading" part="send-heading" id="send-${uid}">${renderWhen(send.sentAt, text)}</h3><p class="send-meta" part="send-meta">${send.subject ? html`<span class="subject" dir="auto">${send.subject}</span>` : nothing}${send.sentBy ? renderSender(send.sentBy, text) : nothing}<span class="count">${text.plural(text.words.recipientCount, send.recipients.length)}</span></p>${renderSummary(send, `sum-${uid}`, text)}<ul class="recipients" part="recipients">${recipientRows(send, text, descriptions, outcomes)}</ul>`;
}

/**
 * One send of `total` at `position` (1-based); `total` is -1 while older
 * pages are not loaded (the feed's size is unknown). `later`: a send after
 * the first chunk, which skips layout while off-screen (a class, not
 * `:nth-child`, so a send replaced at the top does not restyle every send
 * below it). The body re-renders only when the send, the words, the host's
 * actions or the earlier failures carried to it change (an earlier send's new
 * bounce warns on a later, unchanged send).
 */
// prettier-ignore
export function renderSend(send: Send, position: number, total: number, later: boolean, text: Text, descriptions: StatusDescriptions, outcomes: OutcomeContext): TemplateResult {
  const uid = uidOf(send);
  return html`<article class="send ${later ? 'later' : ''}" part="send" tabindex="-1" aria-labelledby="send-${uid}" aria-describedby=${send.recipients.length ? `sum-${uid}` : nothing} aria-posinset=${position} aria-setsize=${total}>${guard([send, text, outcomes.actions, carriedKey(outcomes, send)], () => renderBody(send, uid, text, descriptions, outcomes))}</article>`;
}
