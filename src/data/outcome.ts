/**
 * The answers a person on an invoice page wants at a glance (issue 18), from
 * the normalised history alone: no Lit, no DOM, no words. Which status means
 * what comes from the status table (`outcome`, `engagement`, `final` in
 * src/data/statuses.ts); the words come from the localisation catalogue.
 *
 * Decisions on the edges:
 * - Events are read in the normaliser's order: time, undated after dated,
 *   same-second events by life-cycle rank, then by status name.
 * - The latest final event decides: a `delivered` followed by a `bounce` (an
 *   asynchronous bounce) is `failed`; a `bounce` followed by a `delivered`
 *   is `delivered`. An undated final event counts as later than every dated
 *   one, as the view lists it. Engagement after a final failure does not
 *   undo it (the failure is what the service last reported about delivery).
 * - With no final event, any sign that the message arrived makes it
 *   `delivered`: an open or click that is not flagged `machine`, a spam
 *   report, an unsubscribe. Otherwise a deferral makes it `retrying`;
 *   otherwise it is `pending` (processed only, or no events at all).
 * - An occurrence flagged `machine` (a privacy proxy's or a scanner's open)
 *   is neither engagement nor evidence of arrival.
 * - Statuses this component does not know are ignored for the outcome (they
 *   still show as badges and in the CSV).
 */
import type { InvoiceHistory, Instant, Recipient, Send, StatusOccurrence } from './contract.js';
import { recipientEvents } from './events.js';
import { compareInstants } from './time.js';
import {
  STATUSES,
  isKnownStatus,
  type FailureStatus,
  type KnownStatus,
  type RecipientOutcome,
} from './statuses.js';

export type { FailureStatus, RecipientOutcome } from './statuses.js';

/** The outcomes, from the worst news to the least known. */
export const RECIPIENT_OUTCOMES = ['failed', 'delivered', 'retrying', 'pending'] as const satisfies readonly RecipientOutcome[];

/** How long the email service keeps retrying a deferred message (the seed: "will continue to try for 72 hours"). */
export const RETRY_WINDOW_MS = 72 * 60 * 60 * 1000;

/** One known event, as read for the outcome. */
export interface OutcomeEvent {
  status: KnownStatus;
  at: Instant;
}

/** Whether an occurrence is an automated one (privacy proxy, scanner). */
const isMachine = (occurrence: StatusOccurrence): boolean => occurrence.machine === true;

/** The latest final event (delivered, dropped, bounce, blocked), or `null` when there is none. */
export function latestFinal(recipient: Pick<Recipient, 'statuses'>): OutcomeEvent | null {
  let latest: OutcomeEvent | null = null;
  for (const { status, occurrence } of recipientEvents(recipient)) {
    if (isKnownStatus(status) && STATUSES[status].final) latest = { status, at: occurrence.at };
  }
  return latest;
}

/** Where the recipient's message got to; see the decisions at the top of this module. */
export function recipientOutcome(recipient: Pick<Recipient, 'statuses'>): RecipientOutcome {
  const final = latestFinal(recipient);
  if (final) return STATUSES[final.status].outcome;
  let outcome: RecipientOutcome = 'pending';
  for (const group of recipient.statuses) {
    const status = group.status;
    if (!isKnownStatus(status)) continue;
    const implied = STATUSES[status].outcome;
    if (implied === 'delivered' && group.occurrences.some((occurrence) => !isMachine(occurrence))) return 'delivered';
    if (implied === 'retrying') outcome = 'retrying';
  }
  return outcome;
}

/** Whether the reader opened the message or clicked a link in it; automated (`machine`) occurrences never count. */
export function engagement(recipient: Recipient): { opened: boolean; clicked: boolean } {
  const facts = { opened: false, clicked: false };
  for (const group of recipient.statuses) {
    if (!isKnownStatus(group.status)) continue;
    const fact = STATUSES[group.status].engagement;
    if (fact && group.occurrences.some((occurrence) => !isMachine(occurrence))) facts[fact] = true;
  }
  return facts;
}

/**
 * When the email service gives up on a retrying recipient: the first
 * deferral's time plus 72 hours. `null` unless the outcome is `retrying`,
 * and `null` when no deferral has a known time.
 */
export function retryDeadline(recipient: Recipient): number | null {
  if (recipientOutcome(recipient) !== 'retrying') return null;
  let first: number | null = null;
  for (const group of recipient.statuses) {
    if (!isKnownStatus(group.status) || STATUSES[group.status].outcome !== 'retrying') continue;
    for (const { at } of group.occurrences) {
      if (at !== null && (first === null || at < first)) first = at;
    }
  }
  return first === null ? null : first + RETRY_WINDOW_MS;
}

/** Numbers for a send's summary line; the words come from the localisation catalogue. */
export interface SendSummary {
  /** How many recipients the send has: always the sum of `outcomes`. */
  recipients: number;
  /** Recipients per outcome. */
  outcomes: Record<RecipientOutcome, number>;
  /** Recipients who opened it (automated opens excluded). */
  opened: number;
  /** Recipients who clicked a link in it. */
  clicked: number;
  /** Failed recipients by the status of their latest final event; the values add up to `outcomes.failed`. */
  failures: Record<FailureStatus, number>;
  /** The earliest retry deadline among retrying recipients (epoch ms), or `null` when none is known. */
  retryDeadline: number | null;
}

/** Counts a send's recipients by outcome, with engagement, failure causes and the earliest retry deadline. */
export function sendSummary(send: Send): SendSummary {
  const summary: SendSummary = {
    recipients: 0,
    outcomes: { failed: 0, delivered: 0, retrying: 0, pending: 0 },
    opened: 0,
    clicked: 0,
    failures: { dropped: 0, bounce: 0, blocked: 0 },
    retryDeadline: null,
  };
  for (const recipient of send.recipients) {
    summary.recipients++;
    const outcome = recipient.outcome;
    summary.outcomes[outcome]++;
    if (outcome === 'failed') summary.failures[latestFinal(recipient)!.status as FailureStatus]++;
    const { opened, clicked } = engagement(recipient);
    if (opened) summary.opened++;
    if (clicked) summary.clicked++;
    const deadline = outcome === 'retrying' ? retryDeadline(recipient) : null;
    if (deadline !== null && (summary.retryDeadline === null || deadline < summary.retryDeadline)) {
      summary.retryDeadline = deadline;
    }
  }
  return summary;
}

/** A failure on an earlier send, carried forward to a later send to the same address. */
export interface EarlierFailure {
  /** The status of that recipient's latest final event there. */
  status: FailureStatus;
  /** When it happened (epoch ms), or `null` when the service gave no readable time. */
  at: Instant;
  /** The id of the earlier send. */
  sendId: string;
}

/** The key addresses are compared by: trimmed and lower-cased. */
export const addressKey = (email: string): string => email.trim().toLowerCase();

/**
 * For each send, the addresses (keyed by `addressKey`) that failed on an
 * earlier send of the same history, with the most recent such failure.
 * Only sends with at least one carried failure have an entry, so
 * `failures.get(send)?.get(addressKey(recipient.email))` is the lookup.
 *
 * "Earlier" means an earlier known `sentAt`: a send whose time is unknown,
 * or two sends in the same millisecond, are not ordered, so nothing is
 * carried to or from an undated send. "Failed" means the recipient's outcome
 * there is `failed`: a bounce later overtaken by a delivery is not carried.
 * A failure stays carried even if a send in between delivered to the same
 * address; the warning states a fact with its date, not a prediction.
 */
export function earlierFailures(history: InvoiceHistory): Map<Send, Map<string, EarlierFailure>> {
  const dated = history.sends.filter((send): send is Send & { sentAt: number } => send.sentAt !== null);
  // Oldest first, so each send sees the failures of every earlier one.
  const chronological = [...dated].sort((a, b) => a.sentAt - b.sentAt);
  const result = new Map<Send, Map<string, EarlierFailure>>();
  // The most recent failure per address among sends strictly before the current time.
  const known = new Map<string, EarlierFailure & { sentAt: number }>();
  let i = 0;
  while (i < chronological.length) {
    // Sends at the same time are not earlier than each other: carry to all of them first, then record theirs.
    let j = i;
    while (j < chronological.length && chronological[j].sentAt === chronological[i].sentAt) j++;
    const sameTime = chronological.slice(i, j);
    for (const send of sameTime) {
      const carried = new Map<string, EarlierFailure>();
      for (const recipient of send.recipients) {
        const key = addressKey(recipient.email);
        const failure = known.get(key);
        if (failure && !carried.has(key)) carried.set(key, { status: failure.status, at: failure.at, sendId: failure.sendId });
      }
      if (carried.size > 0) result.set(send, carried);
    }
    for (const send of sameTime) {
      for (const recipient of send.recipients) {
        // The normaliser's outcome: a history of thousands of sends is read here on every load.
        if (recipient.outcome !== 'failed') continue;
        const final = latestFinal(recipient)!;
        const key = addressKey(recipient.email);
        const previous = known.get(key);
        const failure = { status: final.status as FailureStatus, at: final.at, sendId: send.id, sentAt: send.sentAt };
        // Later sends replace earlier ones; within one time, the later failure event wins.
        if (!previous || previous.sentAt < send.sentAt || compareInstants(previous.at, final.at) < 0) {
          known.set(key, failure);
        }
      }
    }
    i = j;
  }
  return result;
}
