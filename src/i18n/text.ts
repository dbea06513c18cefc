/**
 * Words and numbers in one language: a catalogue plus the `Intl` formatters
 * for its locale. DOM-free. One `Text` per element and language; the
 * formatters are made once, when first used.
 */
import type { Catalogue, Plural } from './catalogue.js';
import type { Instant } from '../data/contract.js';

export type Values = Record<string, string | number>;

const warned = new Set<string>();
function warnOnce(attribute: string, value: string) {
  const message = `<invoice-communications>: ${attribute} "${value}" is not valid; using the browser's default.`;
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** The canonical form of a BCP 47 tag, or `undefined` (with one warning) when it is not one. */
export function validLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    warnOnce('locale', locale);
    return undefined;
  }
}

function validTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return timeZone;
  } catch {
    warnOnce('time-zone', timeZone);
    return undefined;
  }
}

/** Sends younger than this also say how long ago they were. */
const RECENT_MS = 7 * 24 * 3600_000;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

export class Text {
  readonly locale: string | undefined;
  readonly timeZone: string | undefined;
  #dates?: Intl.DateTimeFormat;
  #days?: Intl.DateTimeFormat;
  #soon?: Intl.DateTimeFormat;
  #numbers?: Intl.NumberFormat;
  #plurals?: Intl.PluralRules;
  #lists?: Intl.ListFormat;
  #relative?: Intl.RelativeTimeFormat;

  /** `locale` and `timeZone` may be empty for the browser's; an invalid one warns once and is ignored. */
  constructor(
    readonly words: Catalogue,
    locale?: string,
    timeZone?: string,
  ) {
    this.locale = validLocale(locale);
    this.timeZone = validTimeZone(timeZone);
  }

  /** `template` with each `{name}` replaced by its value; numbers are formatted for the locale. */
  fill(template: string, values: Values = {}): string {
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      return value === undefined ? match : typeof value === 'number' ? this.number(value) : value;
    });
  }

  /** The plural form for `count`, filled; `{count}` is the count itself. */
  plural(forms: Plural, count: number, values: Values = {}): string {
    this.#plurals ??= new Intl.PluralRules(this.locale);
    const form = forms[this.#plurals.select(count)] ?? forms.other;
    return this.fill(form, { count, ...values });
  }

  number(value: number): string {
    return (this.#numbers ??= new Intl.NumberFormat(this.locale)).format(value);
  }

  /** "a, b and c", in the language's own way. */
  list(items: string[]): string {
    return (this.#lists ??= new Intl.ListFormat(this.locale, { type: 'conjunction' })).format(items);
  }

  /** A date and time in the locale's own convention. */
  instant(instant: Instant): string {
    if (instant === null) return this.words.timeUnknown;
    this.#dates ??= new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: this.timeZone,
    });
    return this.#dates.format(instant);
  }

  /** A date without the time ("4 Nov 2026"): when an earlier failure happened. */
  day(instant: number): string {
    this.#days ??= new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: this.timeZone });
    return this.#days.format(instant);
  }

  /** Day, month and time without the year ("12 Nov, 14:05"), for a time a few days away at most. */
  soon(instant: number): string {
    this.#soon ??= new Intl.DateTimeFormat(this.locale, {
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: this.timeZone,
    });
    return this.#soon.format(instant);
  }

  /** "3 days ago" for an instant in the last week, else `undefined`. */
  ago(instant: Instant, now = Date.now()): string | undefined {
    if (instant === null) return undefined;
    const elapsed = now - instant;
    if (elapsed < 0 || elapsed >= RECENT_MS) return undefined;
    this.#relative ??= new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' });
    for (const [unit, size] of UNITS) {
      if (elapsed >= size) return this.#relative.format(-Math.floor(elapsed / size), unit);
    }
    return this.#relative.format(0, 'minute');
  }
}
