/**
 * A recipient's events read across its badges, in the order they happened.
 * Its own module so the normaliser, the outcome and the CSV export share one
 * order without importing each other.
 */
import type { Recipient, StatusOccurrence } from './contract.js';
import { lifecycleRank } from './statuses.js';
import { compareInstants } from './time.js';

export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One occurrence with its status: a recipient's events read across its badges. */
export interface StatusEvent {
  status: string;
  occurrence: StatusOccurrence;
}

/**
 * The order events happened in: by time, undated last; events in the same
 * second (the service reports whole seconds) in a message's life cycle.
 */
export function compareEvents(a: StatusEvent, b: StatusEvent): number {
  return (
    compareInstants(a.occurrence.at, b.occurrence.at) ||
    lifecycleRank(a.status) - lifecycleRank(b.status) ||
    compareText(a.status, b.status)
  );
}

/** A recipient's events across its badges, in the order they happened. */
export function recipientEvents(recipient: Pick<Recipient, 'statuses'>): StatusEvent[] {
  return recipient.statuses
    .flatMap((group) => group.occurrences.map((occurrence) => ({ status: group.status, occurrence })))
    .sort(compareEvents);
}

