/**
 * The data contract: what the endpoint sends (`Raw*`) and what the element
 * renders after normalising it. The JSON Schema in
 * `schema/invoice-history.schema.json` describes the same raw shape; a test
 * checks the two agree.
 */

/** An ISO 8601 string with an offset, or Unix epoch seconds (as SendGrid sends them). */
export type RawTime = string | number;

import type { RecipientOutcome } from './statuses.js';

export { KNOWN_STATUSES, type KnownStatus, type RecipientOutcome } from './statuses.js';

export const RECIPIENT_TYPES = ['to', 'cc', 'bcc'] as const;
export type KnownRecipientType = (typeof RECIPIENT_TYPES)[number];

/** One event reported by the email service for one recipient. */
export interface RawDeliveryEvent {
  status: string;
  at: RawTime;
  /** Why it was dropped, bounced, blocked or deferred. */
  reason?: string;
  /** The receiving server's SMTP answer. */
  response?: string;
  /** Delivery attempt number (deferred). */
  attempt?: number;
  /** The link that was clicked (click). */
  url?: string;
  /** An automated open, such as a privacy proxy (open). */
  machine?: boolean;
}

export interface RawRecipient {
  email: string;
  name?: string;
  /** `to`, `cc` or `bcc`, in any case. */
  type: string;
  events: RawDeliveryEvent[];
}

export interface RawSend {
  id: string;
  sentAt: RawTime;
  subject?: string;
  sentBy?: string;
  recipients: RawRecipient[];
}

/** The JSON body the endpoint answers with: one page of sends, the newest page first. */
export interface RawInvoiceHistory {
  sends: RawSend[];
  /**
   * The URL of the next, older page of sends, resolved against the URL of the
   * page it came in; absent or `null` on the last page. Only http(s) URLs.
   */
  next?: string | null;
}

/** A time as epoch milliseconds, or `null` when it was missing or unreadable ("Time unknown"). */
export type Instant = number | null;

/** One occurrence of a status, with the details the email service gave. */
export interface StatusOccurrence {
  at: Instant;
  reason?: string;
  response?: string;
  attempt?: number;
  url?: string;
  machine?: boolean;
}

/** Every occurrence of one status for one recipient: one badge. */
export interface StatusGroup {
  /** Lower-cased status name, e.g. `delivered` or an unknown `spamreport`. */
  status: string;
  known: boolean;
  /** In time order; undated occurrences last. */
  occurrences: StatusOccurrence[];
}

export interface Recipient {
  email: string;
  name?: string;
  /** `to`, `cc`, `bcc`, or `other` for a type this component does not know. */
  type: KnownRecipientType | 'other';
  /** The type as sent, trimmed (shown for `other`). */
  rawType: string;
  /** One group per distinct status, in order of first occurrence. */
  statuses: StatusGroup[];
  /**
   * Where the message got to: `failed` (the latest final event is dropped,
   * bounce or blocked), `delivered` (delivered, or engagement that is not
   * automated), `retrying` (deferred, no final event yet) or `pending`.
   */
  outcome: RecipientOutcome;
}

export interface Send {
  id: string;
  sentAt: Instant;
  subject?: string;
  sentBy?: string;
  /** To, then CC, then BCC, then any other type; endpoint order within a type. */
  recipients: Recipient[];
}

/** The normalised history: sends latest first. */
export interface InvoiceHistory {
  sends: Send[];
  /**
   * The absolute URL of the next, older page when older sends are not
   * loaded yet; `undefined` once every page is loaded (or the endpoint does
   * not page).
   */
  next?: string;
}
