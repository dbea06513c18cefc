/**
 * The evidence export (issue 18): every event of an invoice's history as
 * RFC 4180 CSV, what a firm attaches to a fee dispute. No Lit, no DOM.
 *
 * - CRLF line ends, a header row, then one row per event (occurrence): sends
 *   in the history's order (latest first, as on the page), recipients in
 *   their order, each recipient's events in time order (undated last, as the
 *   normaliser orders them).
 * - A recipient with no events still gets one row, with empty status and
 *   event time, so nobody disappears from the evidence.
 * - Times are ISO 8601 in UTC; an unknown time is an empty cell.
 * - Spreadsheet-safe (OWASP "CSV Injection"): a cell starting with `=`, `+`,
 *   `-`, `@`, a tab or a carriage return (and, to be safe, a line feed or
 *   the full-width `＝ ＋ － ＠`) gets a leading `'`, so a spreadsheet shows
 *   it as text instead of running it. Numbers are not special-cased: the one
 *   numeric column, attempt, is a count and never negative, so a leading `-`
 *   can only come from hostile data, and quoting it is right.
 */
import type { InvoiceHistory, Instant } from './contract.js';
import { recipientEvents } from './events.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { en } from '../i18n/en.js';

/**
 * The columns, in order: the twelve, then `automated`, which says
 * whether the email service flagged an event as automated (an open by a
 * privacy proxy or a scanner): `true`, `false`, or empty when it did not
 * say. Without it, an automated open would read as evidence that the
 * client opened the invoice, which is exactly what a dispute turns on.
 * It is last, so the first twelve columns are the same with or without it.
 */
export const CSV_COLUMNS = [
  'sendTime',
  'subject',
  'sentBy',
  'email',
  'name',
  'type',
  'status',
  'eventTime',
  'reason',
  'response',
  'attempt',
  'url',
  'automated',
] as const satisfies readonly (keyof Catalogue['csv'])[];

/** The column headers in English; the element passes its active language's (`words`). */
export const CSV_HEADERS = /* @__PURE__ */ CSV_COLUMNS.map((column) => en.csv[column]);

/** The note added as a last row when older sends were not loaded, in English. */
export const CSV_INCOMPLETE_NOTE = en.csv.incomplete;

export interface CsvOptions {
  /**
   * The history shown is not the whole history (older pages were not
   * loaded): a last row says so, in the first column, so the export never
   * passes for complete.
   */
  olderPagesNotLoaded?: boolean;
  /** Headers and note in another language (the catalogue's `csv`); English by default. */
  words?: Catalogue['csv'];
}

const LINE_END = '\r\n';

/** First characters a spreadsheet may read as the start of a formula or a command. */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell as text a spreadsheet will not run. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a quote, comma, CR or LF. */
export function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const cell = (value: string | number | undefined): string =>
  value === undefined ? '' : quote(neutralise(String(value)));

/** ISO 8601 in UTC, or empty when unknown. */
function isoTime(at: Instant): string {
  if (at === null) return '';
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The history as RFC 4180 CSV: a header row, then one row per event. */
export function historyToCsv(history: InvoiceHistory, options: CsvOptions = {}): string {
  const words = options.words ?? en.csv;
  const rows: string[] = [CSV_COLUMNS.map((column) => cell(words[column])).join(',')];
  for (const send of history.sends) {
    const sendCells = [isoTime(send.sentAt), send.subject, send.sentBy];
    for (const recipient of send.recipients) {
      // A known type as normalised (to, cc, bcc); any other as sent.
      const type = recipient.type === 'other' ? recipient.rawType : recipient.type;
      const recipientCells = [...sendCells, recipient.email, recipient.name, type];
      const events = recipientEvents(recipient);
      if (events.length === 0) {
        rows.push([...recipientCells, '', '', '', '', '', '', ''].map(cell).join(','));
        continue;
      }
      for (const { status, occurrence } of events) {
        const { at, reason, response, attempt, url, machine } = occurrence;
        const automated = machine === undefined ? undefined : String(machine);
        rows.push([...recipientCells, status, isoTime(at), reason, response, attempt, url, automated].map(cell).join(','));
      }
    }
  }
  if (options.olderPagesNotLoaded) {
    rows.push([words.incomplete, ...CSV_COLUMNS.slice(1).map(() => '')].map(cell).join(','));
  }
  return rows.join(LINE_END) + LINE_END;
}
