/**
 * Date and time formatting with `Intl.DateTimeFormat`. An invalid locale or
 * time zone from the host falls back to the browser's with one console
 * warning per bad value, never an exception.
 */
import { strings } from '../i18n/strings.js';
import type { Instant } from '../data/contract.js';

export type InstantFormatter = (instant: Instant) => string;

const OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};

const warned = new Set<string>();
function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

function validLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    warnOnce(strings.invalidOption('locale', locale));
    return undefined;
  }
}

function validTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return timeZone;
  } catch {
    warnOnce(strings.invalidOption('time-zone', timeZone));
    return undefined;
  }
}

/** A formatter for the given locale and time zone (either may be empty for the browser's). */
export function createInstantFormatter(locale?: string, timeZone?: string): InstantFormatter {
  const format = new Intl.DateTimeFormat(validLocale(locale), {
    ...OPTIONS,
    timeZone: validTimeZone(timeZone),
  });
  return (instant) => (instant === null ? strings.timeUnknown : format.format(instant));
}

/** The machine-readable form for `<time datetime>`. */
export const toIsoString = (instant: number): string => new Date(instant).toISOString();
