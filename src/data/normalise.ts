import { isKnownStatus } from './statuses.js';
import { compareInstants, parseInstant } from './time.js';
import { compareEvents, compareText } from './events.js';
import { recipientOutcome } from './outcome.js';
import {
  RECIPIENT_TYPES,
  type InvoiceHistory,
  type KnownRecipientType,
  type RawInvoiceHistory,
  type Recipient,
  type Send,
  type StatusGroup,
  type StatusOccurrence,
} from './contract.js';

// The endpoint is not trusted to follow the types: every field is read as unknown.
type Loose = Record<string, unknown>;

const asLoose = (value: unknown): Loose =>
  typeof value === 'object' && value !== null ? (value as Loose) : {};

/** Text fields keep strings and printable scalars; anything else is absent. */
function optionalText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

const isKnownType = (type: string): type is KnownRecipientType =>
  (RECIPIENT_TYPES as readonly string[]).includes(type);

/** The key a status is grouped by: trimmed and lower-cased; a missing one is "unknown". */
export function statusKey(value: unknown): string {
  return optionalText(value)?.trim().toLowerCase() || 'unknown';
}

/** The keys of T whose values are plain optional text. */
type TextKey<T> = {
  [K in keyof T]-?: string extends T[K] ? (T[K] extends string | undefined ? K : never) : never;
}[keyof T] &
  string;

/** Sets each of `keys` that `raw` has as text on `target`; absent ones stay absent. */
function copyText<T extends object>(target: T, raw: Loose, keys: readonly TextKey<T>[]): T {
  for (const key of keys) {
    const text = optionalText(raw[key]);
    if (text !== undefined) (target as Loose)[key] = text;
  }
  return target;
}

function toOccurrence(event: Loose): StatusOccurrence {
  const occurrence = copyText<StatusOccurrence>({ at: parseInstant(event['at']) }, event, ['reason', 'response', 'url']);
  if (typeof event['attempt'] === 'number' && Number.isFinite(event['attempt'])) {
    occurrence.attempt = event['attempt'];
  }
  if (typeof event['machine'] === 'boolean') occurrence.machine = event['machine'];
  return occurrence;
}

/**
 * Groups a recipient's events into one badge per distinct status, in order of
 * first occurrence, each with its occurrences in time order.
 */
export function groupStatuses(events: unknown): StatusGroup[] {
  const list = Array.isArray(events) ? events : [];
  const timed = list.map((raw) => {
    const event = asLoose(raw);
    return { status: statusKey(event['status']), occurrence: toOccurrence(event) };
  });
  // Time order; events in the same second (the service reports whole seconds)
  // follow a message's life cycle, so input order never decides.
  timed.sort(
    (a, b) => compareEvents(a, b) || compareText(JSON.stringify(a.occurrence), JSON.stringify(b.occurrence)),
  );
  const groups = new Map<string, StatusGroup>();
  for (const { status, occurrence } of timed) {
    let group = groups.get(status);
    if (!group) {
      group = { status, known: isKnownStatus(status), occurrences: [] };
      groups.set(status, group);
    }
    group.occurrences.push(occurrence);
  }
  return [...groups.values()];
}

function toRecipient(raw: unknown): Recipient {
  const recipient = asLoose(raw);
  const rawType = optionalText(recipient['type'])?.trim() ?? '';
  const lower = rawType.toLowerCase();
  const statuses = groupStatuses(recipient['events']);
  const normalised: Recipient = {
    email: optionalText(recipient['email']) ?? '',
    type: isKnownType(lower) ? lower : 'other',
    rawType,
    statuses,
    // Computed once here: the view, the summary and polling all read it.
    outcome: recipientOutcome({ statuses }),
  };
  return copyText(normalised, recipient, ['name']);
}

/**
 * To, then CC, then BCC, then other types grouped by their raw name in order
 * of first appearance; the endpoint's order within each group.
 */
export function orderRecipients(recipients: Recipient[]): Recipient[] {
  // Known types rank first; each other type gets the next rank when first seen.
  const ranks = new Map<string, number>(RECIPIENT_TYPES.map((type, rank) => [type, rank]));
  const ranked = recipients.map((recipient) => {
    const key = recipient.rawType.toLowerCase();
    if (!ranks.has(key)) ranks.set(key, ranks.size);
    return { recipient, rank: ranks.get(key)! };
  });
  // Array sort is stable: the endpoint's order holds within a rank.
  return ranked.sort((a, b) => a.rank - b.rank).map(({ recipient }) => recipient);
}

/** A send's id as text ('' when missing). */
export const sendId = (raw: unknown): string => optionalText(asLoose(raw)['id']) ?? '';

/**
 * Sends are ordered from `sentAt` alone; their recipients are normalised on
 * first read, so a history of thousands of sends shows its newest ones
 * without first normalising every event of every send.
 */
export function normaliseSend(raw: unknown): Send {
  const send = asLoose(raw);
  const rawRecipients = Array.isArray(send['recipients']) ? (send['recipients'] as unknown[]) : [];
  let recipients: Recipient[] | undefined;
  // An own, enumerable getter (JSON.stringify includes it), in a literal so
  // every send shares one shape.
  const normalised: Send = {
    id: sendId(raw),
    sentAt: parseInstant(send['sentAt']),
    get recipients() {
      return (recipients ??= orderRecipients(rawRecipients.map(toRecipient)));
    },
  };
  return copyText(normalised, send, ['subject', 'sentBy']);
}

/**
 * Latest first; undated sends last; ties broken by id, then by content, so
 * input order never matters. The content (which normalises the recipients)
 * is only compared for sends with the same time and id: rarely.
 */
export function compareSends(a: Send, b: Send): number {
  const byTime =
    a.sentAt === null || b.sentAt === null
      ? compareInstants(a.sentAt, b.sentAt)
      : b.sentAt - a.sentAt;
  return byTime || compareText(a.id, b.id) || compareText(JSON.stringify(a), JSON.stringify(b));
}

export { compareEvents, recipientEvents, type StatusEvent } from './events.js';

/** Turns a structurally valid body (see `parseHistory`) into the ordered view model. */
export function normaliseHistory(raw: RawInvoiceHistory): InvoiceHistory {
  return { sends: raw.sends.map(normaliseSend).sort(compareSends) };
}
