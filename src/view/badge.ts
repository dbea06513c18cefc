/**
 * What a badge says: its label, accessible name and explanation, derived from
 * a status group and the strings module. Pure, so tooltips, the Storybook
 * "Statuses" page and tests all read the same words.
 */
import { strings, type StatusCopy } from '../i18n/strings.js';
import type { InstantFormatter } from './format.js';
import type { StatusGroup, StatusOccurrence } from '../data/contract.js';
import { isKnownStatus, statusTone, type StatusTone } from '../data/statuses.js';

export function statusCopy(status: string): StatusCopy {
  return isKnownStatus(status) ? strings.statuses[status] : strings.unknownStatus(status);
}

/** Details of one occurrence, each a short line of text. */
export function occurrenceDetails(occurrence: StatusOccurrence): string[] {
  const details: string[] = [];
  if (occurrence.attempt !== undefined) details.push(strings.attempt(occurrence.attempt));
  if (occurrence.reason) details.push(strings.reason(occurrence.reason));
  if (occurrence.response) details.push(strings.response(occurrence.response));
  if (occurrence.url) details.push(strings.link(occurrence.url));
  if (occurrence.machine) details.push(strings.automatedOpen);
  return details;
}

export interface BadgeDescription extends StatusCopy {
  /** Visible text: "Open ×3". */
  text: string;
  /** Accessible name: "Open, 3 times". */
  name: string;
  tone: StatusTone;
  /** One entry per occurrence, in time order. */
  occurrences: { when: string; at: number | null; details: string[] }[];
}

export function describeBadge(group: StatusGroup, formatInstant: InstantFormatter): BadgeDescription {
  const copy = statusCopy(group.status);
  const count = group.occurrences.length;
  return {
    ...copy,
    text: count > 1 ? strings.badgeCount(copy.label, count) : copy.label,
    name: strings.badgeName(copy.label, count),
    tone: statusTone(group.status),
    occurrences: group.occurrences.map((occurrence) => ({
      when: formatInstant(occurrence.at),
      at: occurrence.at,
      details: occurrenceDetails(occurrence),
    })),
  };
}

/**
 * The tooltip: the badge text, what it means, what to do, then one line per
 * occurrence with its details. One string with line breaks, shown with
 * `white-space: pre-line`, so a closed tooltip costs one text node.
 */
export function badgeTooltipText(badge: BadgeDescription): string {
  const lines = [badge.text, badge.meaning];
  if (badge.action) lines.push(`${strings.whatToDo} ${badge.action}`);
  for (const { when, details } of badge.occurrences) lines.push([when, ...details].join(' · '));
  return lines.join('\n');
}
