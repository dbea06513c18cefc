import { expect } from '@open-wc/testing';
import { toIsoString } from '../../src/view/format.js';
import { en } from '../../src/i18n/en.js';
import { Text } from '../../src/i18n/text.js';

/** How the view formats an instant for a locale and time zone (either may be empty). */
const createInstantFormatter = (locale?: string, timeZone?: string) => {
  const text = new Text(en, locale, timeZone);
  return (instant: number | null) => text.instant(instant);
};

const INSTANT = Date.UTC(2024, 2, 3, 22, 15); // 2024-03-04 09:15 in Sydney
/** What the view shows: "4 Mar 2024, 9:15 am" in en-AU. Written out here, not imported, so a change to it fails. */
const DATE_AND_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** Calls `run` with console.warn captured; returns the warnings. */
function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

// The formatter warns once per bad value per page, so each test uses values of its own.
let unique = 0;
const badLocale = () => `not_a_locale_${++unique}`;
const badZone = () => `Nowhere/Zone_${++unique}`;

describe('Text.instant', () => {
  it('formats with the given locale and time zone', () => {
    const warnings = captureWarnings(() => {
      const format = createInstantFormatter('en-AU', 'Australia/Sydney');
      const expected = new Intl.DateTimeFormat('en-AU', { ...DATE_AND_TIME, timeZone: 'Australia/Sydney' }).format(INSTANT);
      expect(format(INSTANT)).to.equal(expected);
      expect(format(INSTANT)).to.match(/4/).and.match(/2024/).and.match(/9:15/);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('uses the time zone it is given', () => {
    const sydney = createInstantFormatter('en-US', 'Australia/Sydney')(INSTANT);
    const newYork = createInstantFormatter('en-US', 'America/New_York')(INSTANT);
    expect(sydney).to.contain('Mar 4').and.contain('9:15');
    expect(newYork).to.contain('Mar 3').and.contain('5:15');
  });

  it('shows "Time unknown" for a null instant', () => {
    expect(createInstantFormatter('en-AU', 'UTC')(null)).to.equal('Time unknown');
    expect(createInstantFormatter()(null)).to.equal('Time unknown');
  });

  it('uses the browser locale and time zone when none is given', () => {
    const expected = new Intl.DateTimeFormat(undefined, DATE_AND_TIME).format(INSTANT);
    expect(createInstantFormatter()(INSTANT)).to.equal(expected);
    expect(createInstantFormatter('', '')(INSTANT)).to.equal(expected);
  });

  it('falls back from an invalid locale with exactly one warning per value, never throwing', () => {
    const locale = badLocale();
    const fallback = createInstantFormatter(undefined, 'UTC')(INSTANT);
    const warnings = captureWarnings(() => {
      expect(createInstantFormatter(locale, 'UTC')(INSTANT)).to.equal(fallback);
      expect(createInstantFormatter(locale, 'UTC')(INSTANT)).to.equal(fallback);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`"${locale}"`).and.contain('locale');
    const other = badLocale();
    expect(captureWarnings(() => createInstantFormatter(other))).to.have.length(1);
  });

  it('falls back from an invalid time zone with exactly one warning per value, never throwing', () => {
    const zone = badZone();
    const fallback = createInstantFormatter('en-US')(INSTANT);
    const warnings = captureWarnings(() => {
      expect(createInstantFormatter('en-US', zone)(INSTANT)).to.equal(fallback);
      expect(createInstantFormatter('en-US', zone)(null)).to.equal('Time unknown');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`"${zone}"`).and.contain('time-zone');
  });

  it('warns once for each bad value when both are bad', () => {
    const locale = badLocale();
    const zone = badZone();
    const warnings = captureWarnings(() => {
      createInstantFormatter(locale, zone)(INSTANT);
      createInstantFormatter(locale, zone)(INSTANT);
    });
    expect(warnings).to.have.length(2);
    expect(warnings.join('\n')).to.contain(locale).and.contain(zone);
  });
});

describe('toIsoString', () => {
  it('gives the UTC ISO form for <time datetime>', () => {
    expect(toIsoString(INSTANT)).to.equal('2024-03-03T22:15:00.000Z');
  });
});
