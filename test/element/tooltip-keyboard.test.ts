import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { event } from '../../fixtures/index.js';
import { badgeNamed, tooltipOf } from '../helpers/badges.js';
import { oneRecipient } from '../helpers/histories.js';
import { root, settled, type IC } from '../helpers/render.js';
import { focusedIn, isOpen, isOpenFor, label, openBadges, openTooltips, positioned } from '../helpers/tooltips.js';

const AT = '2026-11-20T09:14:02+11:00';
const DATA = {
  sends: [
    {
      id: 's1',
      sentAt: AT,
      recipients: [
        { email: 'a@x.example', type: 'to', events: [event('processed', AT), event('delivered', AT)] },
        { email: 'b@x.example', type: 'cc', events: [event('bounce', AT, { reason: 'No such user' })] },
      ],
    },
  ],
};

/** A page with a button before the element, focused, so Tab goes to the first badge. */
async function page(data: unknown = DATA) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before</button>
    <invoice-communications .data=${data}></invoice-communications>
    <button id="after">After</button>
  </div>`);
  const el = wrapper.querySelector<IC>('invoice-communications')!;
  await settled(el);
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return { wrapper, el };
}


describe('tooltips with the keyboard', () => {
  afterEach(() => resetMouse());

  it('opens when Tab reaches a badge, closes on Escape, and focus stays on the badge', async () => {
    const { el } = await page();
    const processed = badgeNamed(el, 'Processed');
    const tooltip = tooltipOf(processed);
    expect(isOpen(tooltip)).to.equal(false);

    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)).to.equal('badge "Processed"');
    expect(isOpenFor(processed), 'open on keyboard focus').to.equal(true);
    expect(tooltip.innerText).to.match(/received this message/);

    await sendKeys({ press: 'Escape' });
    expect(isOpen(tooltip), 'closed by Escape').to.equal(false);
    expect(label(document.activeElement)).to.equal('invoice-communications');
    expect(focusedIn(el), 'focus stays on the badge').to.equal('badge "Processed"');
  });

  it('lets Escape reach the page, not prevented, when no tooltip is open', async () => {
    const { el } = await page();
    const seen: { target: string; prevented: boolean }[] = [];
    const onDocument = (e: KeyboardEvent) => {
      if (e.key === 'Escape') seen.push({ target: 'document', prevented: e.defaultPrevented });
    };
    const onHost = (e: KeyboardEvent) => {
      if (e.key === 'Escape') seen.push({ target: 'host', prevented: e.defaultPrevented });
    };
    document.addEventListener('keydown', onDocument);
    el.addEventListener('keydown', onHost);
    try {
      await sendKeys({ press: 'Tab' });
      expect(openTooltips(el)).to.have.length(1);
      // The first Escape is the tooltip's: it is consumed.
      await sendKeys({ press: 'Escape' });
      expect(openTooltips(el)).to.have.length(0);
      expect(seen, 'consumed while a tooltip was open').to.deep.equal([]);
      // The next one, with nothing open, reaches the host and the document untouched.
      await sendKeys({ press: 'Escape' });
      expect(seen).to.deep.equal([
        { target: 'host', prevented: false },
        { target: 'document', prevented: false },
      ]);
      // Focus outside the element entirely: still untouched.
      document.querySelector<HTMLButtonElement>('#after')!.focus();
      await sendKeys({ press: 'Escape' });
      expect(seen.at(-1)).to.deep.equal({ target: 'document', prevented: false });
    } finally {
      document.removeEventListener('keydown', onDocument);
      el.removeEventListener('keydown', onHost);
    }
  });

  it('closes an open tooltip when the words under it change, and the next Escape reaches the page', async () => {
    const { el } = await page();
    const seen: boolean[] = [];
    const onDocument = (e: KeyboardEvent) => void (e.key === 'Escape' && seen.push(e.defaultPrevented));
    document.addEventListener('keydown', onDocument);
    try {
      badgeNamed(el, 'Bounce').click();
      expect(openTooltips(el)).to.have.length(1);
      el.locale = 'fr';
      await el.updateComplete;
      expect(openTooltips(el), 'nothing left open, or floating detached').to.have.length(0);
      await sendKeys({ press: 'Escape' });
      expect(seen).to.deep.equal([false]);
    } finally {
      document.removeEventListener('keydown', onDocument);
    }
  });

  it('toggles with Enter and Space, keeping focus on the badge', async () => {
    const { el } = await page();
    const processed = badgeNamed(el, 'Processed');
    const tooltip = tooltipOf(processed);
    await sendKeys({ press: 'Tab' });
    expect(isOpen(tooltip)).to.equal(true);

    await sendKeys({ press: 'Enter' });
    expect(isOpen(tooltip), 'Enter closes').to.equal(false);
    await sendKeys({ press: 'Enter' });
    expect(isOpenFor(processed), 'Enter opens').to.equal(true);
    await sendKeys({ press: ' ' }); // Space
    expect(isOpen(tooltip), 'Space closes').to.equal(false);
    await sendKeys({ press: ' ' }); // Space
    expect(isOpenFor(processed), 'Space opens').to.equal(true);
    expect(focusedIn(el)).to.equal('badge "Processed"');

    // Escape closes a tooltip opened with Enter/Space too.
    await sendKeys({ press: 'Escape' });
    expect(isOpen(tooltip)).to.equal(false);
    expect(focusedIn(el)).to.equal('badge "Processed"');
  });

  it('keeps at most one tooltip open: Tab moves it to the next badge, and leaving closes it', async () => {
    const { el } = await page();
    await sendKeys({ press: 'Tab' });
    expect(openBadges(el)).to.deep.equal(['Processed']);
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)).to.equal('badge "Delivered"');
    expect(openBadges(el)).to.deep.equal(['Delivered']);
    await sendKeys({ press: 'Tab' });
    expect(openBadges(el)).to.deep.equal(['Bounce']);
    expect(tooltipOf(badgeNamed(el, 'Bounce')).innerText).to.include('No such user');

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(openBadges(el)).to.deep.equal(['Delivered']);

    // Tab out of the element: nothing stays open.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(label(document.activeElement)).to.equal('button#after');
    expect(openTooltips(el)).to.have.length(0);
  });

  it('closes a tooltip opened with Enter when focus leaves its badge', async () => {
    const { el } = await page();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // close
    await sendKeys({ press: 'Enter' }); // pinned open
    expect(openTooltips(el)).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(openBadges(el)).to.deep.equal(['Delivered']);
  });

  it('lets Tab go into a long tooltip to scroll it with the keyboard, then on to the next badge', async () => {
    const opens = Array.from({ length: 60 }, (_, i) => event('open', 1795126800 + i * 3600));
    const { el } = await page(oneRecipient([...opens, event('click', 1895126800)]));
    await sendKeys({ press: 'Tab' });
    expect(openBadges(el)).to.deep.equal(['Open, 60 times']);
    const tooltip = tooltipOf(badgeNamed(el, 'Open, 60 times'));
    await positioned(tooltip);

    // Browsers make a scrolling region focusable: Tab goes into it, and it stays open.
    await sendKeys({ press: 'Tab' });
    const inside = root(el).activeElement;
    expect(!!inside && tooltip.contains(inside), `focus in the tooltip, not ${label(inside)}`).to.equal(true);
    expect(openBadges(el)).to.deep.equal(['Open, 60 times']);
    const scroller = inside as HTMLElement;
    expect(scroller.scrollHeight, 'the long tooltip scrolls').to.be.above(scroller.clientHeight);
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => scroller.scrollTop > 0, 'scrolled by the keyboard');

    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)).to.equal('badge "Click"');
    expect(openBadges(el)).to.deep.equal(['Click']);
  });

  it('returns focus to the badge when Escape closes a tooltip that holds focus', async () => {
    const opens = Array.from({ length: 60 }, (_, i) => event('open', 1795126800 + i * 3600));
    const { el } = await page(oneRecipient(opens));
    await sendKeys({ press: 'Tab' });
    await positioned(tooltipOf(badgeNamed(el, 'Open, 60 times')));
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el), 'focus in the tooltip').not.to.match(/^badge/);
    expect(openBadges(el)).to.deep.equal(['Open, 60 times']);
    await sendKeys({ press: 'Escape' });
    expect(openBadges(el)).to.deep.equal([]);
    expect(focusedIn(el), 'focus is not lost').to.equal('badge "Open, 60 times"');
  });

  it('closes it when Shift+Tab leaves the tooltip backwards past its badge', async () => {
    const opens = Array.from({ length: 60 }, (_, i) => event('open', 1795126800 + i * 3600));
    const { el } = await page(oneRecipient(opens));
    await sendKeys({ press: 'Tab' });
    await positioned(tooltipOf(badgeNamed(el, 'Open, 60 times')));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el), 'back on the badge').to.equal('badge "Open, 60 times"');
    expect(openBadges(el), 'still open').to.deep.equal(['Open, 60 times']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(label(document.activeElement)).to.equal('button#before');
    expect(openBadges(el)).to.deep.equal([]);
  });
});
