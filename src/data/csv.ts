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
import { recipientEvents } from './normalise.js';

/**
 * Column headers, in English for now: the localisation catalogue
 * (src/i18n/) takes them over when the export is wired into the element.
 */
export const CSV_HEADERS = [
  'Send time',
  'Subject',
  'Sent by',
  'Recipient email',
  'Name',
  'Type',
  'Status',
  'Event time',
  'Reason',
  'Response',
  'Attempt',
  'URL',
] as const;

/** The note added as a last row when older sends were not loaded (English for now, like the headers). */
export const CSV_INCOMPLETE_NOTE = 'Older sends were not loaded: this export does not include them.';

export interface CsvOptions {
  /**
   * The history shown is not the whole history (older pages were not
   * loaded): a last row says so, in the first column, so the export never
   * passes for complete.
   */
  olderPagesNotLoaded?: boolean;
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
  const rows: string[] = [CSV_HEADERS.map(cell).join(',')];
  for (const send of history.sends) {
    const sendCells = [isoTime(send.sentAt), send.subject, send.sentBy];
    for (const recipient of send.recipients) {
      // A known type as normalised (to, cc, bcc); any other as sent.
      const type = recipient.type === 'other' ? recipient.rawType : recipient.type;
      const recipientCells = [...sendCells, recipient.email, recipient.name, type];
      const events = recipientEvents(recipient);
      if (events.length === 0) {
        rows.push([...recipientCells, '', '', '', '', '', ''].map(cell).join(','));
        continue;
      }
      for (const { status, occurrence } of events) {
        const { at, reason, response, attempt, url } = occurrence;
        rows.push([...recipientCells, status, isoTime(at), reason, response, attempt, url].map(cell).join(','));
      }
    }
  }
  if (options.olderPagesNotLoaded) {
    rows.push([CSV_INCOMPLETE_NOTE, ...CSV_HEADERS.slice(1).map(() => '')].map(cell).join(','));
  }
  return rows.join(LINE_END) + LINE_END;
}
