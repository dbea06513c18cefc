/**
 * A send's recipients and their status badges, built with DOM calls rather
 * than a Lit template: the one part of the view with tens of thousands of
 * instances. A Lit template per badge costs three comment markers beside its
 * button and text; here a badge is one button and one text node, and a
 * recipient row five elements. The send template (send.ts) renders the
 * result as one node, and re-renders it only when the send changes.
 *
 * Endpoint text goes in only through `textContent` and `setAttribute`, so it
 * is always text, never markup.
 */
import type { Recipient, StatusGroup } from '../data/contract.js';
import type { Text } from '../i18n/text.js';
import { badgeLabel, type BadgeLabel } from './badge.js';
import type { StatusDescriptions } from './descriptions.js';

/** The status group each badge shows: the tooltip reads it when the badge's tooltip opens. */
const groups = new WeakMap<Element, StatusGroup>();
export const groupOf = (badge: Element): StatusGroup | undefined => groups.get(badge);

// What a badge says depends only on its status, its count and the words:
// worked out once per language, not once per badge.
const labels = new WeakMap<Text, Map<string, BadgeLabel>>();
function describe(group: StatusGroup, text: Text): BadgeLabel {
  let cache = labels.get(text);
  if (!cache) labels.set(text, (cache = new Map<string, BadgeLabel>()));
  const key = `${group.occurrences.length} ${group.status}`;
  let badge = cache.get(key);
  if (!badge) cache.set(key, (badge = badgeLabel(group.status, group.occurrences.length, text)));
  return badge;
}

function element(tag: string, className: string, part?: string, content?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (part) node.setAttribute('part', part);
  if (content !== undefined) node.textContent = content;
  return node;
}

function badge(group: StatusGroup, text: Text, descriptions: StatusDescriptions): HTMLElement {
  const { tone, name, text: label } = describe(group, text);
  const button = element('button', 'badge', `badge badge-${tone}`, label);
  (button as HTMLButtonElement).type = 'button';
  button.setAttribute('data-tooltip', '');
  button.setAttribute('data-status', group.status);
  button.setAttribute('aria-label', name);
  button.setAttribute('aria-describedby', descriptions.idFor(group.status, text));
  groups.set(button, group);
  return button;
}

const typeLabel = (recipient: Recipient, text: Text): string =>
  recipient.type === 'other'
    ? recipient.rawType || text.words.otherRecipientType
    : text.words.recipientTypes[recipient.type];

/** One recipient: type, name, email and badges, each a grid cell of the send's recipient grid. */
function recipientRow(recipient: Recipient, text: Text, descriptions: StatusDescriptions): HTMLElement {
  const row = element('li', 'recipient', 'recipient');
  row.setAttribute('data-type', recipient.type);
  row.append(element('span', 'type', 'recipient-type', typeLabel(recipient, text)));
  for (const [field, value] of [['name', recipient.name], ['email', recipient.email]] as const) {
    // A missing or empty name shows the email alone.
    if (field === 'name' && !value) continue;
    const cell = element('span', field, `recipient-${field}`, value);
    cell.dir = 'auto';
    row.append(cell);
  }
  if (recipient.statuses.length) {
    // A group, not a list: a list item per badge would double the elements.
    const statuses = element('span', 'statuses', 'statuses');
    statuses.setAttribute('role', 'group');
    const who = recipient.name ? `${recipient.name} <${recipient.email}>` : recipient.email;
    statuses.setAttribute('aria-label', text.fill(text.words.statusesOf, { who }));
    for (const group of recipient.statuses) statuses.append(badge(group, text, descriptions));
    row.append(statuses);
  } else {
    row.append(element('span', 'statuses none', undefined, text.words.noStatuses));
  }
  return row;
}

/** The rows of a send's recipient list, in order, as one fragment. */
export function recipientRows(recipients: Recipient[], text: Text, descriptions: StatusDescriptions): DocumentFragment {
  const rows = document.createDocumentFragment();
  for (const recipient of recipients) rows.append(recipientRow(recipient, text, descriptions));
  return rows;
}
