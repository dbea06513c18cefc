/**
 * The catalogue: every word a person sees or hears, as data. A language is
 * one object of this shape; TypeScript checks each shipped one is complete.
 * Entries are plain text with `{name}` placeholders (filled by ./text.ts),
 * and plural entries hold one text per `Intl.PluralRules` category.
 */
import type { KnownRecipientType } from '../data/contract.js';
import type { FailureStatus, KnownStatus } from '../data/statuses.js';
import { isObject } from '../data/parse.js';

/** The actions a host can offer on a failed recipient (the `actions` attribute). */
export type HostAction = 'resend' | 'edit-contact';

/** One text per plural category the language uses; `other` is always there. */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export interface StatusCopy {
  /** The badge text. */
  label: string;
  /** What the status means. */
  meaning: string;
  /** What the person should do about it, where there is something to do. */
  action?: string;
}

export interface Catalogue {
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  statuses: Record<KnownStatus, StatusCopy>;
  /** A status this element does not describe: `{status}` is its name. */
  unknownStatus: string;
  recipientTypes: Record<KnownRecipientType, string>;
  /** A recipient whose type is missing. */
  otherRecipientType: string;
  /** Visible badge text for a repeated status: `{label}`, `{count}`. */
  badgeCount: string;
  /** Accessible name of a badge: `{label}`, `{count}`. */
  badgeName: Plural;

  timeUnknown: string;
  /** How long ago a recent send was is `Intl.RelativeTimeFormat`'s; this joins it to the date: `{time}`, `{ago}`. */
  timeAgo: string;
  whatToDo: string;
  attempt: string;
  reason: string;
  response: string;
  link: string;
  automatedOpen: string;
  /**
   * A badge's occurrences as its screen-reader description: `{count}`, and
   * `{list}`, each occurrence's time and details joined.
   */
  occurrenceSummary: Plural;

  sentBy: string;
  recipientCount: Plural;
  /** Accessible name of a recipient's badges: `{who}`. */
  statusesOf: string;
  noStatuses: string;
  historyLabel: string;

  /** A send's summary line: each entry is one fact, shown only when its count is not 0. */
  summary: {
    /** Recipients delivered to: `{count}` of `{total}` (the form follows `{total}`). */
    delivered: Plural;
    /** Failed recipients by cause: `{count}`. */
    failures: Record<FailureStatus, Plural>;
    /** Deferred, still being retried: `{count}`, and `{time}` when the service gives up. */
    retrying: Plural;
    /** As `retrying`, when no deferral has a known time. */
    retryingUntimed: Plural;
    /** Processed only, or nothing reported yet: `{count}`. */
    pending: Plural;
    /** Recipients who opened it (automated opens excluded): `{count}`. */
    opened: Plural;
    /** Recipients who clicked a link in it: `{count}`. */
    clicked: Plural;
    /** Between the facts on screen; the accessible name joins them as a list instead. */
    separator: string;
  };
  /** On a recipient, a failure of an earlier send to the same address: `{date}`. */
  earlierFailure: Record<FailureStatus, string>;
  /** As `earlierFailure`, when that failure has no known time. */
  earlierFailureUntimed: Record<FailureStatus, string>;
  /** The host's actions on a failed recipient: the button text, and its accessible name with `{email}`. */
  actions: Record<HostAction, { label: string; name: string }>;
  /** Accessible name of a recipient's action buttons: `{who}`. */
  actionsOf: string;
  /** A poll for updates failed; the history shown stays. */
  pollFailed: string;
  /** The CSV export's column headers and its note for an incomplete history. */
  csv: {
    sendTime: string;
    subject: string;
    sentBy: string;
    email: string;
    name: string;
    type: string;
    status: string;
    eventTime: string;
    reason: string;
    response: string;
    attempt: string;
    url: string;
    automated: string;
    incomplete: string;
  };
  /** The button at the end of a paged history. */
  showOlder: string;
  loadingOlder: string;
  /** The same button after a page failed. */
  retryOlder: string;
  /** Before the error message when a page of older sends failed. */
  olderError: string;
  /** Announced when a page was added: `{count}`. */
  olderAdded: Plural;

  loading: string;
  /** `{shown}`, `{total}`. */
  renderingProgress: string;
  refreshing: string;
  empty: string;
  retry: string;
  errorTitle: string;
  errors: {
    /** `{status}`, and `{statusText}`: empty, or a space and the server's reason phrase. */
    http: string;
    network: string;
    /** `{seconds}`. */
    timeout: Plural;
    noContent: string;
    html: string;
    notJson: string;
    /** `{problem}`: what is wrong with the answer (in English, from the checker). */
    format: string;
    transform: string;
    unknown: string;
  };
}

/** Any part of a catalogue, for a host's own wording or a partial translation. */
export type CatalogueOverrides = {
  [K in keyof Catalogue]?: Catalogue[K] extends string
    ? string
    : { [L in keyof Catalogue[K]]?: Catalogue[K][L] extends string | Plural ? Catalogue[K][L] : Partial<Catalogue[K][L]> };
};

/**
 * `overrides` deep-merged over `base`, into a new catalogue. Only text
 * replaces text (a plural form or an `action` may be added), and only an
 * object merges into an object: a value of the wrong kind, from a host's
 * JSON say, is ignored, so a bad override can never blank the element.
 */
export function mergeCatalogue(base: Catalogue, overrides: unknown): Catalogue {
  const merge = (into: Record<string, unknown>, from: unknown) => {
    const out = { ...into };
    if (isObject(from)) {
      for (const key of Object.keys(from)) {
        const value = from[key];
        const current = into[key];
        if (typeof value === 'string' ? typeof current !== 'object' : isObject(current) && Object.hasOwn(into, key)) {
          out[key] = isObject(current) ? merge(current, value) : value;
        }
      }
    }
    return out;
  };
  return merge(base as never, overrides) as never;
}
