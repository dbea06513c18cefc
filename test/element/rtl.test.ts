/**
 * Right to left: with `dir="rtl"` on the page, and with an RTL language on a
 * page that says no direction, the layout mirrors (badges run right to left,
 * the recipient type is at the right), tooltips stay in the viewport, and
 * endpoint text is isolated from the words around it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { event, history, recipient, send } from '../../fixtures/index.js';
import { badges, tooltipOf } from '../helpers/badges.js';
import { $, mount, recipients, root, settled, type IC } from '../helpers/render.js';
import { centre, inViewport, positioned } from '../helpers/tooltips.js';

const DATA = history(
  send(
    's1',
    '2026-11-20T01:00:00Z',
    [
      recipient(
        'ap@client.example',
        'to',
        [
          event('processed', '2026-11-20T01:00:01Z'),
          event('deferred', '2026-11-20T01:01:00Z', { attempt: 1, reason: 'Greylisted, try later', response: '451 4.7.1' }),
          event('delivered', '2026-11-20T01:05:00Z'),
          event('open', '2026-11-20T02:00:00Z'),
        ],
        'Accounts Payable',
      ),
    ],
    { subject: 'Invoice INV-1042', sentBy: 'Jane Smith' },
  ),
);

const direction = (node: Element) => getComputedStyle(node).direction;

/** The badges of the first row, in DOM order, with their boxes. */
const firstRow = (el: IC) => {
  const all = badges(el).map((badge) => ({ badge, box: badge.getBoundingClientRect() }));
  return all.filter(({ box }) => Math.abs(box.top - all[0]!.box.top) < 2);
};

afterEach(async () => {
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
  await resetMouse();
});

describe('right to left', () => {
  it('mirrors under <html dir="rtl" lang="ar">: badges run right to left, the type is at the right', async () => {
    document.documentElement.dir = 'rtl';
    document.documentElement.lang = 'ar';
    const el = await mount(DATA);
    // The page says the direction: the element keeps it rather than setting its own.
    expect($(el, '.root')!.hasAttribute('dir')).to.equal(false);
    expect(direction($(el, '[part~="send"]')!)).to.equal('rtl');

    const row = firstRow(el);
    expect(row.length).to.be.at.least(3);
    for (let i = 1; i < row.length; i++) {
      expect(row[i]!.box.right, `badge ${i} left of badge ${i - 1}`).to.be.at.most(row[i - 1]!.box.left + 1);
    }
    const [first] = recipients(root(el) as unknown as HTMLElement);
    const type = first!.querySelector('[part~="recipient-type"]')!.getBoundingClientRect();
    const who = first!.querySelector('[part~="recipient-email"]')!.getBoundingClientRect();
    expect(type.left).to.be.at.least(who.right - 1);
  });

  it('keeps the tooltip of the badge at the inline-start edge (the right) inside the viewport', async () => {
    document.documentElement.dir = 'rtl';
    document.documentElement.lang = 'ar';
    const page = await fixture<HTMLElement>(html`<div style="padding-block-start: 20rem"><invoice-communications .data=${DATA}></invoice-communications></div>`);
    const el = page.querySelector<IC>('invoice-communications')!;
    await settled(el);
    for (const { badge } of firstRow(el)) {
      await sendMouse({ type: 'move', position: centre(badge) });
      const tooltip = tooltipOf(badge);
      await positioned(tooltip);
      const box = tooltip.getBoundingClientRect();
      expect(inViewport(box), `tooltip at ${box.left}–${box.right} of ${window.innerWidth}`).to.equal(true);
      expect(direction(tooltip)).to.equal('rtl');
      await resetMouse();
    }
  });

  it('turns right to left for Arabic on a page that says no direction', async () => {
    const el = await mount(DATA, { locale: 'ar' });
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(direction($(el, '[part~="send"]')!)).to.equal('rtl');
    const row = firstRow(el);
    expect(row[1]!.box.right).to.be.at.most(row[0]!.box.left + 1);
  });

  it('mirrors English too under dir="rtl" on an ancestor', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl"><invoice-communications locale="en" .data=${DATA}></invoice-communications></div>`);
    const el = page.querySelector<IC>('invoice-communications')!;
    await settled(el);
    // The attribute asks for English, so the element says English's direction.
    expect($(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    page.querySelector('invoice-communications')!.removeAttribute('locale');
    await el.updateComplete;
    expect($(el, '.root')!.hasAttribute('dir')).to.equal(false);
    expect(direction($(el, '[part~="send"]')!)).to.equal('rtl');
  });

  it('isolates every piece of endpoint text from the words around it', async () => {
    const el = await mount(DATA, { locale: 'ar' });
    for (const part of ['recipient-name', 'recipient-email']) {
      expect($(el, `[part~="${part}"]`)!.getAttribute('dir'), part).to.equal('auto');
    }
    expect($(el, '.subject')!.getAttribute('dir')).to.equal('auto');
    expect($(el, '.sent-by bdi')!.textContent).to.equal('Jane Smith');
    const deferred = badges(el).find((badge) => badge.dataset['status'] === 'deferred')!;
    deferred.click();
    const isolated = [...tooltipOf(deferred).querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    deferred.click();
    expect(isolated).to.include('Greylisted, try later').and.include('451 4.7.1');
  });
});
