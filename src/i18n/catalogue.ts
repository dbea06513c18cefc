/**
 * The catalogue: every word a person sees or hears, as data. A language is
 * one object of this shape; TypeScript checks each shipped one is complete.
 * Entries are plain text with `{name}` placeholders (filled by ./text.ts),
 * and plural entries hold one text per `Intl.PluralRules` category.
 */
import type { KnownRecipientType } from '../data/contract.js';
import type { KnownStatus } from '../data/statuses.js';

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `overrides` deep-merged over `base`, into a new catalogue. Only text
 * replaces text: a value of the wrong kind (from a host's JSON, say) is
 * ignored, so a bad override can never blank the element.
 */
export function mergeCatalogue(base: Catalogue, overrides: unknown): Catalogue {
  const merge = (into: Record<string, unknown>, from: unknown): Record<string, unknown> => {
    if (!isRecord(from)) return into;
    const out: Record<string, unknown> = { ...into };
    for (const key of Object.keys(from)) {
      if (!Object.hasOwn(into, key) && !(key === 'action' || isPluralKey(key))) continue;
      const value = from[key];
      const current = into[key];
      if (typeof value === 'string' && (typeof current === 'string' || current === undefined)) out[key] = value;
      else if (isRecord(current)) out[key] = merge(current, value);
    }
    return out;
  };
  return merge(base as unknown as Record<string, unknown>, overrides) as unknown as Catalogue;
}

const isPluralKey = (key: string) => ['zero', 'one', 'two', 'few', 'many'].includes(key);
