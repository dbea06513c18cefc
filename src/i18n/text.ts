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

// Checked once per zone: each check makes a date formatter, which is not cheap.
const zones = new Map<string, string | undefined>();
function validTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  if (!zones.has(timeZone)) {
    try {
      new Intl.DateTimeFormat(undefined, { timeZone });
      zones.set(timeZone, timeZone);
    } catch {
      warnOnce('time-zone', timeZone);
      zones.set(timeZone, undefined);
    }
  }
  return zones.get(timeZone);
}

/** Sends younger than this also say how long ago they were. */
const RECENT_MS = 7 * 24 * 3600_000;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

// Formatters are costly to make (the first date formatter on a page loads
// locale and time-zone data: tens of milliseconds) and immutable: one per
// kind, locale and time zone, shared by every element and language object.
const formatters = new Map<string, unknown>();
function formatter<T>(kind: string, locale: string | undefined, timeZone: string | undefined, make: () => T): T {
  const key = `${kind} ${locale ?? ''} ${timeZone ?? ''}`;
  let made = formatters.get(key) as T | undefined;
  if (made === undefined) formatters.set(key, (made = make()));
  return made;
}

export class Text {
  readonly locale: string | undefined;
  readonly timeZone: string | undefined;
  #dates?: Intl.DateTimeFormat;
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
    this.#plurals ??= formatter('p', this.locale, '', () => new Intl.PluralRules(this.locale));
    const form = forms[this.#plurals.select(count)] ?? forms.other;
    return this.fill(form, { count, ...values });
  }

  number(value: number): string {
    this.#numbers ??= formatter('n', this.locale, '', () => new Intl.NumberFormat(this.locale));
    return this.#numbers.format(value);
  }

  /** "a, b and c", in the language's own way. */
  list(items: string[]): string {
    this.#lists ??= formatter('l', this.locale, '', () => new Intl.ListFormat(this.locale, { type: 'conjunction' }));
    return this.#lists.format(items);
  }

  #dateFormat(): Intl.DateTimeFormat {
    const { locale, timeZone } = this;
    return (this.#dates ??= formatter('d', locale, timeZone, () =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    ));
  }

  /**
   * Makes the formatters every history needs now, e.g. while the history is
   * being fetched, so that showing it does not wait for them.
   */
  prepare(): void {
    this.#dateFormat();
    this.plural({ other: '' }, 1);
    this.number(1);
  }

  /** A date and time in the locale's own convention. */
  instant(instant: Instant): string {
    if (instant === null) return this.words.timeUnknown;
    return this.#dateFormat().format(instant);
  }

  /** "3 days ago" for an instant in the last week, else `undefined`. */
  ago(instant: Instant, now = Date.now()): string | undefined {
    if (instant === null) return undefined;
    const elapsed = now - instant;
    if (elapsed < 0 || elapsed >= RECENT_MS) return undefined;
    this.#relative ??= formatter('r', this.locale, '', () => new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' }));
    for (const [unit, size] of UNITS) {
      if (elapsed >= size) return this.#relative.format(-Math.floor(elapsed / size), unit);
    }
    return this.#relative.format(0, 'minute');
  }
}
