/**
 * A send's recipients and their status badges, built with DOM calls rather
 * than a Lit template: the one part of the view with tens of thousands of
 * instances. A Lit template per badge costs three comment markers beside its
 * button and text; here a badge is one button and one text node, and a
 * recipient row five elements. A row is a clone of one made once per shape
 * (type and badges) and language, then filled in. The send template
 * (send.ts) renders the result as one node, and re-renders it only when the
 * send changes.
 *
 * Endpoint text goes in only through `textContent` and `setAttribute`, so it
 * is always text, never markup.
 */
import { render } from 'lit';
import type { Recipient, Send, StatusGroup } from '../data/contract.js';
import type { Text } from '../i18n/text.js';
import { badgeLabel } from './badge.js';
import type { StatusDescriptions } from './descriptions.js';
import { hasRecipientExtras, renderRecipientExtras, type OutcomeContext } from './outcomes.js';

/** The recipient each row shows. A badge's group is found from it when its tooltip opens, not kept per badge. */
const recipients = new WeakMap<Element, Recipient>();

/** The status group `badge` shows (the tooltip reads it when it opens). */
export function groupOf(badge: Element): StatusGroup | undefined {
  const row = badge.closest('.recipient');
  // Its place among the row's badges (the open tooltip may sit between them).
  let index = 0;
  for (let node = badge.previousElementSibling; node; node = node.previousElementSibling) {
    if (node.hasAttribute('data-tooltip')) index++;
  }
  return row ? recipients.get(row)?.statuses[index] : undefined;
}

function element(tag: string, className: string, part?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (part) node.setAttribute('part', part);
  return node;
}

/** A badge for `count` occurrences of `status`, with its label, name and shared description. */
function newBadge(status: string, count: number, text: Text, descriptionId: string): HTMLElement {
  const { tone, name, text: label } = badgeLabel(status, count, text);
  const button = element('button', 'badge', `badge badge-${tone}`);
  button.setAttribute('type', 'button');
  button.setAttribute('data-tooltip', '');
  button.setAttribute('data-status', status);
  button.setAttribute('aria-label', name);
  button.setAttribute('aria-describedby', descriptionId);
  button.textContent = label;
  return button;
}

const typeLabel = (recipient: Recipient, text: Text): string =>
  recipient.type === 'other'
    ? recipient.rawType || text.words.otherRecipientType
    : text.words.recipientTypes[recipient.type];

/**
 * An empty row of a recipient's type with these badges: type, name, email
 * and badges, the four cells of the send's recipient grid. Recipients share
 * their shape (the same statuses, as often as not), so rows are clones.
 */
function newRow(recipient: Recipient, text: Text, descriptions: StatusDescriptions): HTMLElement {
  const row = element('li', 'recipient', 'recipient');
  row.setAttribute('data-type', recipient.type);
  const type = element('span', 'type', 'recipient-type');
  type.textContent = typeLabel(recipient, text);
  const name = element('span', 'name', 'recipient-name');
  const email = element('span', 'email', 'recipient-email');
  name.dir = email.dir = 'auto';
  const statuses = element('span', 'statuses', 'statuses');
  if (recipient.statuses.length) {
    // A group, not a list: a list item per badge would double the elements.
    statuses.setAttribute('role', 'group');
    for (const { status, occurrences } of recipient.statuses) {
      statuses.append(newBadge(status, occurrences.length, text, descriptions.idFor(status, text)));
    }
  } else {
    statuses.className = 'statuses none';
    statuses.removeAttribute('part');
    statuses.textContent = text.words.noStatuses;
  }
  row.append(type, name, email, statuses);
  return row;
}

/** One recipient's row, filled in. */
function recipientRow(send: Send, recipient: Recipient, text: Text, descriptions: StatusDescriptions, outcomes: OutcomeContext): HTMLElement {
  let shape = `${recipient.type} ${recipient.rawType}`;
  for (const group of recipient.statuses) shape += `\n${group.occurrences.length} ${group.status}`;
  const row = descriptions.clone(shape, text, () => newRow(recipient, text, descriptions));
  const type = row.firstChild!;
  const name = type.nextSibling as HTMLElement;
  const email = name.nextSibling as HTMLElement;
  const statuses = email.nextSibling as HTMLElement;
  // A missing or empty name shows the email alone.
  if (recipient.name) name.textContent = recipient.name;
  else name.remove();
  email.textContent = recipient.email;
  // The outcome is not part of the shape: rows of every outcome share clones.
  row.setAttribute('part', `recipient recipient-${recipient.outcome}`);
  const who = recipient.name ? `${recipient.name} <${recipient.email}>` : recipient.email;
  if (recipient.statuses.length) statuses.setAttribute('aria-label', text.fill(text.words.statusesOf, { who }));
  // After the statuses, for the few recipients that have them: an earlier
  // failure's warning and the host's actions (a Lit render into this row only).
  if (hasRecipientExtras(send, recipient, outcomes)) render(renderRecipientExtras(send, recipient, who, outcomes, text), row);
  recipients.set(row, recipient);
  return row;
}

/** The rows of a send's recipient list, in order, as one fragment. */
export function recipientRows(send: Send, text: Text, descriptions: StatusDescriptions, outcomes: OutcomeContext): DocumentFragment {
  const rows = document.createDocumentFragment();
  for (const recipient of send.recipients) rows.append(recipientRow(send, recipient, text, descriptions, outcomes));
  return rows;
}
