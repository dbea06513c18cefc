import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { event } from '../../fixtures/index.js';
import { badgeNamed, badges, tooltipOf } from '../helpers/badges.js';
import { oneRecipient } from '../helpers/histories.js';
import { mount, norm, settled, type IC } from '../helpers/render.js';
import { centre, focusedIn, inViewport, isOpen, isOpenFor, openBadges, openTooltips, positioned } from '../helpers/tooltips.js';

const AT = '2026-11-20T09:14:02+11:00';
const DATA = oneRecipient([
  event('processed', AT),
  event('delivered', AT, { response: '250 2.0.0 OK' }),
  event('open', AT),
  event('click', AT, { url: 'https://pay.example/inv/1042' }),
]);

const move = (position: [number, number]) => sendMouse({ type: 'move', position });
const click = (position: [number, number]) => sendMouse({ type: 'click', position });
/** A point in the page's bottom-left corner, away from any badge or tooltip. */
const away = (): [number, number] => [2, window.innerHeight - 2];

/** The element in a fixed box at a corner of the viewport. */
async function atCorner(corner: 'top-left' | 'bottom-right', data: unknown = DATA) {
  const [v, h] = corner === 'top-left' ? ['top', 'left'] : ['bottom', 'right'];
  const el = await fixture<IC>(
    html`<invoice-communications
      style="position: fixed; ${v}: 0; ${h}: 0; width: 280px"
      .data=${data}
    ></invoice-communications>`,
  );
  await settled(el);
  return el;
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('tooltips with a pointer', () => {
  afterEach(() => resetMouse());

  it('opens on hover, stays open while the pointer moves onto it, and closes when it leaves', async () => {
    const el = await mount(DATA);
    const delivered = badgeNamed(el, 'Delivered');
    const tooltip = tooltipOf(delivered);

    await move(centre(delivered));
    expect(isOpenFor(delivered), 'open on hover').to.equal(true);
    await positioned(tooltip);

    // Onto the tooltip's text (crossing from the badge): still open.
    const classChanges: MutationRecord[] = [];
    const flicker = new MutationObserver((records) => classChanges.push(...records));
    flicker.observe(tooltip, { attributes: true, attributeFilter: ['class'] });
    await move(centre(tooltip));
    classChanges.push(...flicker.takeRecords());
    flicker.disconnect();
    expect(isOpenFor(delivered), 'open with the pointer on it').to.equal(true);
    expect(classChanges, 'not closed and reopened on the way').to.have.length(0);
    // The user can hover its text to read it, e.g. the server response.
    expect(tooltip.innerText).to.include('250 2.0.0 OK');

    await move(away());
    expect(isOpen(tooltip), 'closed when the pointer leaves').to.equal(false);
    expect(openTooltips(el)).to.have.length(0);
  });

  it('moves the open tooltip to the badge being hovered: one at a time', async () => {
    const el = await mount(DATA);
    const [processed, delivered] = badges(el);
    await move(centre(processed!));
    expect(openBadges(el)).to.deep.equal(['Processed']);
    await move(centre(delivered!));
    expect(openBadges(el)).to.deep.equal(['Delivered']);
    // The one tooltip now sits beside Processed's neighbour and shows Delivered's content.
    expect(norm(tooltipOf(delivered!).querySelector('h4')?.textContent)).to.equal('Delivered');
    await move(centre(badgeNamed(el, 'Click')));
    expect(norm(tooltipOf(delivered!).querySelector('h4')?.textContent)).to.equal('Click');
  });

  it('has no timer: a hovered tooltip stays open', async () => {
    const el = await mount(DATA);
    const open = badgeNamed(el, 'Open');
    await move(centre(open));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(isOpenFor(open)).to.equal(true);
  });

  it('toggles on mouse click; opened by a click it stays when the pointer leaves, until a click elsewhere', async () => {
    const el = await mount(DATA);
    const clickBadge = badgeNamed(el, 'Click');
    const tooltip = tooltipOf(clickBadge);

    await move(centre(clickBadge));
    expect(isOpenFor(clickBadge), 'hover opens').to.equal(true);
    await click(centre(clickBadge));
    expect(isOpen(tooltip), 'a click on the open tooltip\'s badge closes it').to.equal(false);
    await click(centre(clickBadge));
    expect(isOpenFor(clickBadge), 'the next click opens it').to.equal(true);
    await positioned(tooltip);
    await move(away());
    expect(isOpenFor(clickBadge), 'opened by a click, it stays when the pointer leaves').to.equal(true);
    await move(centre(tooltip));
    await click(centre(tooltip));
    expect(isOpenFor(clickBadge), 'a click inside the tooltip keeps it open').to.equal(true);
    await click(away());
    expect(isOpen(tooltip), 'a click elsewhere closes it').to.equal(false);
  });

  it('toggles on a tap (a click without hover, as on touch screens)', async () => {
    const el = await mount(DATA);
    const [processed, delivered] = badges(el);
    processed!.click();
    expect(openBadges(el)).to.deep.equal(['Processed']);
    delivered!.click();
    expect(openBadges(el), 'one at a time').to.deep.equal(['Delivered']);
    delivered!.click();
    expect(openBadges(el)).to.deep.equal([]);
  });

  it('closes a hover-opened tooltip on Escape wherever focus is', async () => {
    const el = await mount(DATA);
    const tooltip = tooltipOf(badgeNamed(el, 'Processed'));
    await move(centre(badgeNamed(el, 'Processed')));
    expect(isOpen(tooltip)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(isOpen(tooltip)).to.equal(false);
  });

  for (const corner of ['bottom-right', 'top-left'] as const) {
    it(`keeps the open tooltip inside the viewport, beside its badge, for a badge at the ${corner}`, async () => {
      const el = await atCorner(corner);
      const badge = corner === 'top-left' ? badges(el)[0]! : badges(el).at(-1)!;
      // At the top, leave no room above the badge, whatever the send's header holds (its summary line, say).
      if (corner === 'top-left') el.style.top = `${4 - badge.getBoundingClientRect().top}px`;
      const tooltip = tooltipOf(badge);
      await move(centre(badge));
      await positioned(tooltip);
      const rect = tooltip.getBoundingClientRect();
      expect(inViewport(rect), `${JSON.stringify(rect)} in ${window.innerWidth}x${window.innerHeight}`).to.equal(true);
      const anchor = badge.getBoundingClientRect();
      expect(overlaps(rect, anchor), 'does not cover its badge').to.equal(false);
      // Above its badge where there is room (bottom of the page), else below it.
      if (corner === 'bottom-right') expect(rect.bottom, 'above').to.be.at.most(anchor.top + 1);
      else expect(rect.top, 'below').to.be.at.least(anchor.bottom - 1);
    });
  }

  it('keeps a long tooltip (many occurrences) inside the viewport at the bottom edge', async () => {
    const opens = Array.from({ length: 60 }, (_, i) => event('open', 1795126800 + i * 3600));
    const el = await atCorner('bottom-right', oneRecipient([event('delivered', AT), ...opens]));
    const badge = badgeNamed(el, 'Open, 60 times');
    const tooltip = tooltipOf(badge);
    await move(centre(badge));
    await positioned(tooltip);
    expect(inViewport(tooltip.getBoundingClientRect())).to.equal(true);
    // Every time is listed, one item each (the tooltip scrolls to show them).
    const timeLines = [...tooltip.querySelectorAll('li')].filter((item) => /\d{4}/.test(item.textContent ?? ''));
    expect(timeLines).to.have.length(60);
  });
});

describe('tooltips inside a host <dialog>', () => {
  afterEach(() => resetMouse());

  async function inDialog() {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog>
      <button autofocus>Close</button>
      <invoice-communications .data=${DATA}></invoice-communications>
    </dialog>`);
    dialog.showModal();
    const el = dialog.querySelector<IC>('invoice-communications')!;
    await settled(el);
    return { dialog, el };
  }

  it('lets Escape close the dialog when no tooltip is open, after a click inside the element', async () => {
    const { dialog, el } = await inDialog();
    const heading = el.shadowRoot!.querySelector('h3')!;
    await click(centre(heading));
    expect(openTooltips(el)).to.have.length(0);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open, 'the dialog closed').to.equal(false);
  });

  it('is wide enough to read in a shrink-to-fit dialog and in a flex row, and shrinks in a narrow one', async () => {
    const { dialog, el } = await inDialog();
    const badge = badgeNamed(el, 'Delivered');
    expect(el.getBoundingClientRect().width, 'width in a dialog').to.be.above(300);
    expect(badge.getBoundingClientRect().height, 'badge label on one line').to.be.below(40);
    expect(dialog.getBoundingClientRect().right).to.be.at.most(window.innerWidth);

    const row = await fixture<HTMLDivElement>(html`<div style="display: flex">
      <invoice-communications .data=${DATA}></invoice-communications>
    </div>`);
    const inRow = row.querySelector<IC>('invoice-communications')!;
    await settled(inRow);
    expect(inRow.getBoundingClientRect().width, 'width in a flex row').to.be.above(300);

    const narrow = await fixture<HTMLDivElement>(html`<div style="display: flex; width: 240px">
      <invoice-communications .data=${DATA}></invoice-communications>
    </div>`);
    const inNarrow = narrow.querySelector<IC>('invoice-communications')!;
    await settled(inNarrow);
    expect(inNarrow.getBoundingClientRect().width, 'fits a narrow flex row').to.be.at.most(240);
  });

  it('closes only the tooltip on Escape when one is open, then the dialog on the next Escape', async () => {
    const { dialog, el } = await inDialog();
    const badge = badgeNamed(el, 'Delivered');
    await move(centre(badge));
    expect(isOpenFor(badge)).to.equal(true);

    await sendKeys({ press: 'Escape' });
    expect(isOpen(tooltipOf(badge)), 'tooltip closed').to.equal(false);
    expect(dialog.open, 'dialog still open').to.equal(true);

    await sendKeys({ press: 'Escape' });
    expect(dialog.open, 'the next Escape closes the dialog').to.equal(false);
  });

  it('does the same with keyboard focus: Tab to a badge, Escape closes its tooltip, not the dialog', async () => {
    const { dialog, el } = await inDialog();
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el), 'the first badge has focus').to.equal('badge "Processed"');
    expect(openBadges(el)).to.deep.equal(['Processed']);
    await sendKeys({ press: 'Escape' });
    expect(openBadges(el)).to.deep.equal([]);
    expect(dialog.open).to.equal(true);
    expect(focusedIn(el), 'focus stays').to.equal('badge "Processed"');
  });
});
