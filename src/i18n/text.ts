/**
 * Words and numbers in one language: a catalogue plus the `Intl` formatters
 * for its locale. DOM-free. Formatters are made when first used and shared
 * by every `Text` with the same locale and time zone, so a page of elements
 * in one language builds each once.
 */
import type { Catalogue, Plural } from './catalogue.js';
import type { Instant } from '../data/contract.js';

export type Values = Record<string, string | number>;

// Each value checked once per page, valid or not: a check makes a formatter, which is not cheap.
const checked = new Map<string, string | undefined>();

/** `value` when `check` accepts it; else `undefined`, with one console warning per value. */
function valid(what: string, value: string | undefined, check: (value: string) => unknown): string | undefined {
  if (!value) return undefined;
  const key = `${what} ${value}`;
  if (!checked.has(key)) {
    try {
      check(value);
      checked.set(key, value);
    } catch {
      console.warn(`<invoice-communications>: ${what} "${value}" is not valid; using the browser's default.`);
      checked.set(key, undefined);
    }
  }
  return checked.get(key);
}

/**
 * Endpoint text (a reason, a server response, a status name) inside one of
 * our sentences in plain text, such as a tooltip: between FSI and PDI, so
 * Arabic in an English line, or the reverse, cannot reorder the words around it.
 */
export const isolate = (value: string): string => `\u2068${value}\u2069`;

const formatters = new Map<string, unknown>();

/** Sends younger than a week also say how long ago they were, in the largest whole unit. */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 864e5],
  ['hour', 36e5],
  ['minute', 6e4],
];

export class Text {
  readonly locale: string | undefined;
  readonly timeZone: string | undefined;

  /** `locale` and `timeZone` may be empty for the browser's; an invalid one warns once and is ignored. */
  constructor(
    readonly words: Catalogue,
    locale?: string,
    timeZone?: string,
  ) {
    this.locale = valid('locale', locale, Intl.getCanonicalLocales);
    this.timeZone = valid('time-zone', timeZone, (zone) => new Intl.DateTimeFormat(undefined, { timeZone: zone }));
  }

  /** This object's formatters by use: read for every date and count, so no key is built per call. */
  #own: Record<string, unknown> = {};

  /**
   * The formatter for `use` (one letter per kind and options): made by `make`
   * once per page for this locale and time zone, and shared.
   */
  #intl<T>(use: string, make: new (locale?: string, options?: object) => T, options?: () => object): T {
    let formatter = this.#own[use] as T | undefined;
    if (!formatter) {
      const key = `${use} ${this.locale} ${this.timeZone}`;
      formatter = formatters.get(key) as T | undefined;
      if (!formatter) formatters.set(key, (formatter = new make(this.locale, options?.())));
      this.#own[use] = formatter;
    }
    return formatter;
  }

  /** `template` with each `{name}` replaced by its value; numbers are formatted for the locale. */
  fill(template: string, values: Values = {}): string {
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      return value === undefined ? match : typeof value === 'number' ? this.number(value) : value;
    });
  }

  /** The form of `forms` for `count` (its plural category, else `other`); a single text is its own form. */
  form(forms: string | Plural, count: number): string {
    return typeof forms === 'string' ? forms : (forms[this.#intl('p', Intl.PluralRules).select(count)] ?? forms.other);
  }

  /** The plural form for `count`, filled; `{count}` is the count itself. */
  plural(forms: Plural, count: number, values?: Values): string {
    return this.fill(this.form(forms, count), { count, ...values });
  }

  number(value: number): string {
    return this.#intl('n', Intl.NumberFormat).format(value);
  }

  /** "a, b and c", in the language's own way. */
  list(items: string[]): string {
    return this.#intl('l', Intl.ListFormat).format(items);
  }

  /** A date and time in the locale's own convention, in the time zone. */
  instant(instant: Instant): string {
    return instant === null
      ? this.words.timeUnknown
      : this.#intl('d', Intl.DateTimeFormat, () => ({ dateStyle: 'medium', timeStyle: 'short', timeZone: this.timeZone })).format(instant);
  }

  /** A date without the time ("4 Nov 2026"): when an earlier failure happened. */
  day(instant: number): string {
    return this.#intl('D', Intl.DateTimeFormat, () => ({ dateStyle: 'medium', timeZone: this.timeZone })).format(instant);
  }

  /**
   * Day, month and time without the year ("12 Nov, 14:05"), for a time a few
   * days away at most. The clock is the locale's own: `timeStyle`'s hour
   * cycle, two-digit hours on a 24-hour clock ("00:05", never "0:05").
   */
  soon(instant: number): string {
    return this.#intl('s', Intl.DateTimeFormat, () => {
      const { hourCycle } = new Intl.DateTimeFormat(this.locale, { timeStyle: 'short' }).resolvedOptions();
      const h24 = hourCycle === 'h23' || hourCycle === 'h24';
      return { month: 'short', day: 'numeric', hour: h24 ? '2-digit' : 'numeric', minute: '2-digit', hourCycle, timeZone: this.timeZone };
    }).format(instant);
  }

  /**
   * Makes the formatters every history needs now (while the history is being
   * fetched, or when the page is idle), so showing it does not wait: the
   * first date formatter on a page loads locale and time-zone data.
   */
  prepare(): void {
    this.instant(0);
    this.plural({ other: '' }, 1);
  }

  /** "3 days ago" for an instant in the last week, else `undefined`. */
  ago(instant: Instant, now = Date.now()): string | undefined {
    // A null instant gives `now` itself: far more than a week.
    const elapsed = now - (instant as number);
    if (elapsed < 0 || elapsed >= 7 * 864e5) return undefined;
    const [unit, size] = UNITS.find(([, size]) => elapsed >= size) ?? UNITS[2];
    return this.#intl('r', Intl.RelativeTimeFormat, () => ({ numeric: 'auto' })).format(-Math.floor(elapsed / size), unit);
  }
}
