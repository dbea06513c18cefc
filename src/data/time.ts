import type { Instant } from './contract.js';

// Date + time + an explicit offset. A time without an offset is ambiguous (whose
// midnight?), so it is treated as unreadable rather than guessed.
const ISO_WITH_OFFSET =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?(?:(Z)|([+-]\d{2})(?::?(\d{2}))?)$/i;

// The range a JavaScript Date can hold, in seconds.
const MAX_EPOCH_SECONDS = 8.64e12;

/**
 * Reads a contract time: an ISO 8601 string with an offset, or Unix epoch
 * seconds. Anything else (no offset, invalid date, `null`, out of range)
 * is `null`, which the view shows as "Time unknown".
 */
export function parseInstant(value: unknown): Instant {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > MAX_EPOCH_SECONDS) return null;
    return Math.round(value * 1000);
  }
  if (typeof value !== 'string') return null;
  const match = ISO_WITH_OFFSET.exec(value.trim());
  if (!match || !isCalendarDate(match[1])) return null;
  const [, date, time, fraction, utc, offsetHours, offsetMinutes = '00'] = match;
  // Date.parse only takes the extended form: "T", "Z", "." and "+hh:mm".
  const zone = utc ? 'Z' : `${offsetHours}:${offsetMinutes}`;
  return finiteOrNull(Date.parse(`${date}T${time}${fraction ? `.${fraction}` : ''}${zone}`));
}

/** Whether the YYYY-MM-DD a text starts with exists (Date.parse turns 30 February into 1 March). */
function isCalendarDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const finiteOrNull = (ms: number): Instant => (Number.isFinite(ms) ? ms : null);

/** Orders instants ascending with unknown times after every known one. */
export function compareInstants(a: Instant, b: Instant): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}
