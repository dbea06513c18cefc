/**
 * Times as the email service sends them, and as hostile or broken endpoints
 * do: epoch seconds, ISO strings with every offset form, a DST change, times
 * without an offset ("Time unknown"), impossible dates, null, negative and
 * huge numbers; and an invalid time-zone or locale attribute.
 */
import { expect } from '@open-wc/testing';
import { watchGlobalErrors } from '../helpers/hostile.js';
import { cleanup, create, norm, sends, settled, type IC } from '../helpers/render.js';

type Case = [label: string, sentAt: unknown, expected: string | RegExp, iso?: string];

const UNKNOWN = 'Time unknown';

/** One send per case, its subject naming the case, so order does not matter. */
const historyOf = (cases: Case[]) => ({
  sends: cases.map(([label, sentAt], i) => ({
    id: `s${i}`,
    sentAt,
    subject: `${label};`,
    recipients: [{ email: 'a@x.example', type: 'to', events: [{ status: 'delivered', at: sentAt }] }],
  })),
});

function sendFor(el: IC, label: string) {
  const send = sends(el).find((s) => norm(s.querySelector('[part~="send-meta"]')?.textContent).startsWith(`${label};`));
  if (!send) throw new Error(`no send "${label}"`);
  const heading = send.querySelector<HTMLElement>('[part~="send-heading"]')!;
  return { send, heading: norm(heading.textContent), time: heading.querySelector('time') };
}

async function render(cases: Case[], attrs: Record<string, string> = { locale: 'en-GB', 'time-zone': 'UTC' }) {
  const el = create({ data: historyOf(cases) }, attrs);
  expect(await settled(el)).to.equal('history');
  return el;
}

/** Checks every case and reports all mismatches at once. */
function expectCases(el: IC, cases: Case[]) {
  const problems: string[] = [];
  for (const [label, , expected, iso] of cases) {
    const { heading, time } = sendFor(el, label);
    const ok =
      expected instanceof RegExp
        ? expected.test(heading)
        : expected === UNKNOWN
          ? heading === UNKNOWN
          : leadingZeroOptional(expected).test(heading);
    if (!ok) problems.push(`${label}: shows "${heading}", expected ${String(expected)}`);
    if (expected === UNKNOWN) {
      if (time) problems.push(`${label}: has a <time> for an unknown time`);
    } else if (!time || Number.isNaN(Date.parse(time.dateTime))) {
      problems.push(`${label}: no <time> with a valid datetime`);
    } else if (iso && time.dateTime !== iso) {
      problems.push(`${label}: datetime ${time.dateTime}, expected ${iso}`);
    }
  }
  expect(problems).to.deep.equal([]);
}

/** "9:14" or "09:14": browsers' ICU data differ on en-GB's hour padding. */
const leadingZeroOptional = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/, (\d):/, ', 0?$1:')}$`);

/** Hours and minutes of "29 Mar 2026, 2:30" (locale-proof). */
const hm = (text: string) => /(\d{1,2}):(\d{2})/.exec(text)?.slice(1).map(Number);

describe('times', () => {
  afterEach(cleanup);

  it('epoch seconds and ISO strings with every offset form show the right instant', async () => {
    const cases: Case[] = [
      ['epoch seconds', 1795126800, '19 Nov 2026, 22:20', '2026-11-19T22:20:00.000Z'],
      ['fractional epoch seconds', 1795126800.5, '19 Nov 2026, 22:20', '2026-11-19T22:20:00.500Z'],
      ['epoch zero', 0, /^1 Jan 1970, 0?0:00$/, '1970-01-01T00:00:00.000Z'],
      ['offset +11:00', '2026-11-20T09:14:00+11:00', '19 Nov 2026, 22:14', '2026-11-19T22:14:00.000Z'],
      ['offset +1100', '2026-11-20T09:14:00+1100', '19 Nov 2026, 22:14', '2026-11-19T22:14:00.000Z'],
      ['offset +11', '2026-11-20T09:14:00+11', '19 Nov 2026, 22:14', '2026-11-19T22:14:00.000Z'],
      ['offset -03:30', '2026-11-20T09:14:00-03:30', '20 Nov 2026, 12:44', '2026-11-20T12:44:00.000Z'],
      ['Z without seconds', '2026-11-20T09:14Z', '20 Nov 2026, 9:14', '2026-11-20T09:14:00.000Z'],
      ['lower-case t and z', '2026-11-20t09:14:00z', '20 Nov 2026, 9:14', '2026-11-20T09:14:00.000Z'],
      ['space separator', '2026-11-20 09:14:00+00:00', '20 Nov 2026, 9:14', '2026-11-20T09:14:00.000Z'],
      ['fraction', '2026-11-20T09:14:59.999+00:00', '20 Nov 2026, 9:14', '2026-11-20T09:14:59.999Z'],
      ['surrounding spaces', '  2026-11-20T09:14:00Z  ', '20 Nov 2026, 9:14', '2026-11-20T09:14:00.000Z'],
      ['negative seconds', -1, '31 Dec 1969, 23:59', '1969-12-31T23:59:59.000Z'],
      ['largest date', 8.64e12, /275760/],
      ['most negative date', -8.64e12, /271822/],
    ];
    expectCases(await render(cases), cases);
  });

  it('a time without an offset, invalid values, null and out-of-range numbers read "Time unknown"', async () => {
    const cases: Case[] = [
      ['no offset', '2026-11-20T09:14:00', UNKNOWN],
      ['date only', '2026-11-20', UNKNOWN],
      ['no offset, space', '2026-11-20 09:14', UNKNOWN],
      ['empty', '', UNKNOWN],
      ['words', 'yesterday at noon', UNKNOWN],
      ['month 13', '2026-13-01T00:00:00Z', UNKNOWN],
      ['hour 25', '2026-11-20T25:00:00Z', UNKNOWN],
      ['offset +25:00', '2026-11-20T09:00:00+25:00', UNKNOWN],
      ['seconds as a string', '1795126800', UNKNOWN],
      ['null', null, UNKNOWN],
      ['missing', undefined, UNKNOWN],
      ['true', true, UNKNOWN],
      ['object', { at: 1795126800 }, UNKNOWN],
      ['array', [1795126800], UNKNOWN],
      ['too large', 8.64e12 + 1, UNKNOWN],
      ['huge', 1e300, UNKNOWN],
      ['too negative', -1e20, UNKNOWN],
      ['NaN', NaN, UNKNOWN],
      ['Infinity', Infinity, UNKNOWN],
      ['-Infinity', -Infinity, UNKNOWN],
    ];
    const el = await render([...cases, ['dated', 1795126800, '19 Nov 2026, 22:20']]);
    expectCases(el, cases);
    const headings = sends(el).map((s) => norm(s.querySelector('[part~="send-heading"]')?.textContent));
    expect(headings[0], 'dated sends before every unknown time').to.equal('19 Nov 2026, 22:20');
    expect(headings.slice(1).every((h) => h === UNKNOWN)).to.equal(true);
  });

  it('an impossible calendar date (30 February, 31 April) reads "Time unknown", not another day', async () => {
    const cases: Case[] = [
      ['30 February', '2026-02-30T10:00:00Z', UNKNOWN],
      ['31 April', '2026-04-31T10:00:00+10:00', UNKNOWN],
      ['29 February in a common year', '2027-02-29T10:00:00Z', UNKNOWN],
    ];
    expectCases(await render(cases), cases);
  });

  it('Europe/London spring forward: 00:30 UTC is 0:30 GMT and an hour later is 2:30 BST', async () => {
    const el = await render(
      [
        ['before', '2026-03-29T00:30:00Z', /^29 Mar 2026/],
        ['after', 1774747800, /^29 Mar 2026/], // 2026-03-29T01:30:00Z
      ],
      { locale: 'en-GB', 'time-zone': 'Europe/London' },
    );
    expect(hm(sendFor(el, 'before').heading)).to.deep.equal([0, 30]);
    expect(hm(sendFor(el, 'after').heading)).to.deep.equal([2, 30]);
    expect(sendFor(el, 'after').time!.dateTime).to.equal('2026-03-29T01:30:00.000Z');
  });

  it('Australia/Sydney fall back: two instants an hour apart both read 2:30 on 5 April', async () => {
    const el = await render(
      [
        ['daylight time', '2026-04-05T02:30:00+11:00', /^5 Apr 2026/],
        ['standard time', '2026-04-05T02:30:00+10:00', /^5 Apr 2026/],
      ],
      { locale: 'en-AU', 'time-zone': 'Australia/Sydney' },
    );
    const first = sendFor(el, 'daylight time');
    const second = sendFor(el, 'standard time');
    expect(hm(first.heading)).to.deep.equal([2, 30]);
    expect(hm(second.heading)).to.deep.equal([2, 30]);
    expect(Date.parse(second.time!.dateTime) - Date.parse(first.time!.dateTime)).to.equal(3_600_000);
    // Latest first: the standard-time send is the later one.
    expect(sends(el).indexOf(second.send)).to.be.lessThan(sends(el).indexOf(first.send));
  });

  it('changing time-zone re-renders the times', async () => {
    const el = await render([['one', 1795126800, '19 Nov 2026, 22:20']]);
    el.timeZone = 'Australia/Sydney';
    await el.updateComplete;
    expect(sendFor(el, 'one').heading).to.match(/^20 Nov 2026/);
    expect(hm(sendFor(el, 'one').heading)).to.deep.equal([9, 20]);
  });
});

describe('invalid time-zone and locale', () => {
  let warnings: string[];
  let restore: () => void;
  beforeEach(() => {
    warnings = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      original.apply(console, args);
    };
    restore = () => (console.warn = original);
  });
  afterEach(() => {
    restore();
    cleanup();
  });

  const rand = () => Math.random().toString(36).slice(2, 8);
  const cases: Case[] = [['one', 1795126800, /2026/]];

  for (const [attr, value] of [
    ['time-zone', () => `Mars/Olympus_Mons_${rand()}`],
    ['time-zone', () => `<img src=x onerror=window.__pwned=1>${rand()}`],
    ['locale', () => `en_US_${rand()}`],
    ['locale', () => `not a locale ${rand()}`],
  ] as const) {
    it(`${attr}="${value().replace(/_?\w{6}$/, '…')}" falls back to the browser's with one warning`, async () => {
      const bad = value();
      const errors = watchGlobalErrors();
      const reference = await render(cases, {});
      const el = await render(cases, { [attr]: bad });
      // Render again, and set the same bad value again: still one warning.
      el.data = historyOf(cases);
      el.setAttribute(attr, bad);
      await el.updateComplete;
      await settled(el);
      errors.stop();
      expect(errors.errors).to.deep.equal([]);
      expect(sendFor(el, 'one').heading, "the browser's format").to.equal(sendFor(reference, 'one').heading);
      expect(warnings.length, warnings.join('\n')).to.equal(1);
      expect(warnings[0]).to.include(bad);
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  }
});
