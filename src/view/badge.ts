/**
 * What a badge says: its label, accessible name and explanation, derived from
 * a status group and the active language. Pure, so tooltips, the Storybook
 * "Statuses" page and tests all read the same words.
 */
import type { StatusCopy } from '../i18n/catalogue.js';
import { isolate, type Text } from '../i18n/text.js';
import type { StatusGroup, StatusOccurrence } from '../data/contract.js';
import { isKnownStatus, statusTone, type StatusTone } from '../data/statuses.js';

export function statusCopy(status: string, text: Text): StatusCopy {
  const words = text.words;
  return isKnownStatus(status)
    ? words.statuses[status]
    : { label: status, meaning: text.fill(words.unknownStatus, { status: isolate(status) }) };
}

/** Details of one occurrence, each a short line of text. */
export function occurrenceDetails(occurrence: StatusOccurrence, text: Text): string[] {
  const words = text.words;
  const details: string[] = [];
  if (occurrence.attempt !== undefined) details.push(text.fill(words.attempt, { n: occurrence.attempt }));
  if (occurrence.reason) details.push(text.fill(words.reason, { text: isolate(occurrence.reason) }));
  if (occurrence.response) details.push(text.fill(words.response, { text: isolate(occurrence.response) }));
  if (occurrence.url) details.push(text.fill(words.link, { url: isolate(occurrence.url) }));
  if (occurrence.machine) details.push(words.automatedOpen);
  return details;
}

/** What a badge shows and is named: the same for every badge of one status and count. */
export interface BadgeLabel extends StatusCopy {
  /** Visible text: "Open ×3". */
  text: string;
  /** Accessible name: "Open, 3 times". */
  name: string;
  tone: StatusTone;
}

export interface BadgeDescription extends BadgeLabel {
  /** One entry per occurrence, in time order. */
  occurrences: { when: string; at: number | null; details: string[] }[];
}

export function badgeLabel(status: string, count: number, text: Text): BadgeLabel {
  const copy = statusCopy(status, text);
  return {
    ...copy,
    text: count > 1 ? text.fill(text.words.badgeCount, { label: copy.label, count }) : copy.label,
    name: text.plural(text.words.badgeName, count, { label: copy.label }),
    tone: statusTone(status),
  };
}

export function describeBadge(group: StatusGroup, text: Text): BadgeDescription {
  return {
    ...badgeLabel(group.status, group.occurrences.length, text),
    occurrences: group.occurrences.map((occurrence) => ({
      when: text.instant(occurrence.at),
      at: occurrence.at,
      details: occurrenceDetails(occurrence, text),
    })),
  };
}
