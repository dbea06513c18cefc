import { expect } from '@open-wc/testing';
import { event } from '../../fixtures/index.js';
import { accessibleName, badgeNamed, badgeTexts, badgesIn, descriptionOf, tooltipOf } from '../helpers/badges.js';
import { oneRecipient } from '../helpers/histories.js';
import { emailOf, headingText, mount, norm, recipients, sends, subjectsOf, typeOf } from '../helpers/render.js';

const send = (id: string, sentAt: unknown) => ({
  id,
  sentAt,
  subject: `Subject ${id}`,
  recipients: [{ email: `${id}@client.example`, type: 'to', events: [] }],
});

// Shuffled on purpose: two sends at the same instant (written differently), two undated.
const SHUFFLED_SENDS = [
  send('b-tie', '2026-11-20T09:14:00+11:00'),
  send('undated', 'not a date'),
  send('oldest', 1700000000),
  send('a-tie', '2026-11-19T22:14:00Z'),
  send('latest', '2026-12-01T08:00:00Z'),
  send('also-undated', null),
];
const EXPECTED_SEND_ORDER = ['latest', 'a-tie', 'b-tie', 'oldest', 'also-undated', 'undated'];

const subjects = (el: Parameters<typeof sends>[0]) => subjectsOf(el).map((subject) => subject.replace('Subject ', ''));

describe('ordering', () => {
  it('shows sends latest first, ties by id, undated last, whatever the input order', async () => {
    const el = await mount({ sends: SHUFFLED_SENDS });
    expect(subjects(el)).to.deep.equal(EXPECTED_SEND_ORDER);

    const reversed = await mount({ sends: [...SHUFFLED_SENDS].reverse() });
    expect(subjects(reversed)).to.deep.equal(EXPECTED_SEND_ORDER);
  });

  it('labels each send by a heading holding <time datetime> in ISO, and "Time unknown" for undated sends', async () => {
    const el = await mount({ sends: SHUFFLED_SENDS }, { locale: 'en-US', 'time-zone': 'UTC' });
    const [latest, aTie, , oldest, alsoUndated, undated] = sends(el);

    const time = latest.querySelector('h3 time');
    expect(time, 'heading <time>').to.exist;
    expect(time!.getAttribute('datetime')).to.equal('2026-12-01T08:00:00.000Z');
    expect(aTie.querySelector('h3 time')!.getAttribute('datetime')).to.equal('2026-11-19T22:14:00.000Z');
    expect(oldest.querySelector('h3 time')!.getAttribute('datetime')).to.equal('2023-11-14T22:13:20.000Z');

    // The section's accessible name is its heading.
    const heading = latest.querySelector('h3')!;
    expect(latest.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(headingText(latest)).to.include('Dec 1, 2026').and.include('8:00');

    for (const s of [alsoUndated, undated]) {
      expect(headingText(s)).to.equal('Time unknown');
      expect(s.querySelector('h3 time')).to.equal(null);
    }
  });

  it('formats dates with the locale and time-zone attributes, and re-formats when they change', async () => {
    const el = await mount({ sends: SHUFFLED_SENDS }, { locale: 'en-US', 'time-zone': 'UTC' });
    const latest = () => headingText(sends(el)[0]);
    expect(latest()).to.match(/Dec 1, 2026/);
    expect(latest()).to.match(/8:00 AM/);

    el.setAttribute('locale', 'de-DE');
    el.setAttribute('time-zone', 'Asia/Tokyo');
    await el.updateComplete;
    // 08:00 UTC is 17:00 in Tokyo; German date order and 24-hour clock.
    expect(latest()).to.match(/01\.12\.2026/);
    expect(latest()).to.include('17:00');
    expect(latest()).not.to.match(/AM|PM/);
    // The machine-readable time does not change with presentation.
    expect(sends(el)[0].querySelector('h3 time')!.getAttribute('datetime')).to.equal('2026-12-01T08:00:00.000Z');

    // Tooltip times follow the same settings (the property API works too), and so do the words.
    const tooltipEl = await mount(oneRecipient([event('delivered', '2026-12-01T08:00:00Z')]));
    tooltipEl.locale = 'de-DE';
    tooltipEl.timeZone = 'Asia/Tokyo';
    await tooltipEl.updateComplete;
    expect(descriptionOf(badgeNamed(tooltipEl, 'Zugestellt'))).to.include('17:00').and.include('01.12.2026');
  });

  it('falls back to a readable date, with a console warning, when the locale or time zone is invalid', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const el = await mount({ sends: SHUFFLED_SENDS }, { locale: 'not_a_locale!', 'time-zone': 'Mars/Olympus_Mons' });
      expect(headingText(sends(el)[0])).to.match(/2026/);
      expect(subjects(el)).to.deep.equal(EXPECTED_SEND_ORDER);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.include('not_a_locale!').and.include('Mars/Olympus_Mons');
  });

  it('lists recipients To, then CC, then BCC, then unknown types, keeping the endpoint order within a type', async () => {
    const el = await mount({
      sends: [
        {
          id: 's',
          sentAt: '2026-11-20T09:14:00+11:00',
          recipients: [
            { email: 'bcc1@x.example', type: 'bcc', events: [] },
            { email: 'cc1@x.example', type: 'cc', events: [] },
            { email: 'to1@x.example', type: 'To', events: [] },
            { email: 'reply@x.example', type: 'Reply-To', events: [] },
            { email: 'to2@x.example', type: 'TO', events: [] },
            { email: 'cc2@x.example', type: 'Cc', events: [] },
            { email: 'bcc2@x.example', type: 'BCC', events: [] },
          ],
        },
      ],
    });
    const rows = recipients(sends(el)[0]);
    expect(rows.map(emailOf)).to.deep.equal([
      'to1@x.example',
      'to2@x.example',
      'cc1@x.example',
      'cc2@x.example',
      'bcc1@x.example',
      'bcc2@x.example',
      'reply@x.example',
    ]);
    expect(rows.map(typeOf)).to.deep.equal(['To', 'To', 'CC', 'CC', 'BCC', 'BCC', 'Reply-To']);
  });

  it("orders a recipient's statuses by time and collapses repeats into one counted badge", async () => {
    // 09:00Z processed, 09:01 delivered, 10:00 open, 10:05 click, 11:00 open, 12:00 open; shuffled.
    const el = await mount(
      oneRecipient([
        event('open', '2026-11-20T11:00:00Z'),
        event('click', '2026-11-20T10:05:00Z', { url: 'https://pay.example/inv/1042' }),
        event('processed', '2026-11-20T09:00:00Z'),
        event('open', Date.parse('2026-11-20T12:00:00Z') / 1000),
        event('delivered', '2026-11-20T20:01:00+11:00'),
        event('open', '2026-11-20T10:00:00Z'),
      ]),
    );
    expect(badgeTexts(sends(el)[0])).to.deep.equal(['Processed', 'Delivered', 'Open ×3', 'Click']);
    expect(badgesIn(sends(el)[0]).map(accessibleName)).to.deep.equal([
      'Processed',
      'Delivered',
      'Open, 3 times',
      'Click',
    ]);

    // The repeated badge's tooltip lists every time, one item each, in time order.
    el.setAttribute('time-zone', 'UTC');
    el.setAttribute('locale', 'en-GB');
    await el.updateComplete;
    expect(occurrenceLines(badgeNamed(el, 'Open, 3 times'))).to.deep.equal([
      '20 Nov 2026, 10:00',
      '20 Nov 2026, 11:00',
      '20 Nov 2026, 12:00',
    ]);
  });

  it('puts statuses and occurrences of unknown time last, reading "Time unknown"', async () => {
    const el = await mount(
      oneRecipient([
        event('deferred', 'yesterday-ish', { attempt: 1 }),
        event('open', null),
        event('delivered', '2026-11-20T09:01:00Z'),
        event('open', '2026-11-20T10:00:00Z'),
        event('processed', '2026-11-20T09:00:00Z'),
      ]),
    );
    expect(badgeTexts(sends(el)[0])).to.deep.equal(['Processed', 'Delivered', 'Open ×2', 'Deferred']);

    const items = occurrenceLines(badgeNamed(el, 'Open, 2 times'));
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/2026/);
    expect(items[1]).to.equal('Time unknown');
    expect(descriptionOf(badgeNamed(el, 'Deferred'))).to.include('Time unknown');
  });
});

/** The open tooltip's occurrences, each by its time: a date, or "Time unknown". */
function occurrenceLines(badge: HTMLElement): string[] {
  badge.click();
  const items = [...tooltipOf(badge).querySelectorAll('li')].map((li) => norm(li.querySelector('time')?.textContent ?? (li.textContent ?? '').split(/Attempt/)[0]));
  badge.click();
  return items;
}
