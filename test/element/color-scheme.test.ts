/**
 * Colour scheme: the element follows the page's `color-scheme` (dark, light,
 * or `light dark` with the system's preference), with a dark palette that
 * passes axe's contrast checks, tooltips included; a host's custom property
 * still wins; forced colours keep badges apart and tooltips outlined.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendMouse } from '@web/test-runner-commands';
import { everyStatusHistory } from '../../fixtures/index.js';
import { badgeNamed, badges, tooltipOf } from '../helpers/badges.js';
import { $, settled, type IC } from '../helpers/render.js';
import { centre, positioned } from '../helpers/tooltips.js';

/** A CSS colour as [r, g, b] (0–255), whatever syntax the browser computed (rgb(), color(srgb …)). */
function rgb(color: string): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG 2.2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const isDark = (color: string) => rgb(color).every((c) => c < 64);

async function onPage(scheme: string, style = '') {
  const page = await fixture<HTMLElement>(
    html`<div style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 1rem">
      <invoice-communications locale="en" time-zone="UTC" style=${style} .data=${everyStatusHistory()}></invoice-communications>
    </div>`,
  );
  const el = page.querySelector<IC>('invoice-communications')!;
  await settled(el);
  return el;
}

const sendBackground = (el: IC) => getComputedStyle($(el, '[part~="send"]')!).backgroundColor;

/** The system's colour preference, where the browser can emulate it (Firefox over BiDi cannot): whether it could. */
let emulated = false;
const prefer = (colorScheme: 'dark' | 'light' | 'no-preference') =>
  emulateMedia({ colorScheme }).then(
    () => (emulated = true),
    () => false,
  );

afterEach(async () => {
  await resetMouse();
  if (emulated) await prefer('no-preference');
});

describe('colour scheme', () => {
  it('stays light on a page that says nothing', async () => {
    const el = await onPage('normal');
    expect(rgb(sendBackground(el))).to.deep.equal([255, 255, 255]);
  });

  it('turns dark on a dark page, and passes axe (contrast included) with a tooltip open', async () => {
    const el = await onPage('dark');
    expect(isDark(sendBackground(el)), sendBackground(el)).to.equal(true);
    expect(isDark(getComputedStyle(el).color)).to.equal(false);

    const badge = badgeNamed(el, 'Bounce');
    await sendMouse({ type: 'move', position: centre(badge) });
    await positioned(tooltipOf(badge));
    await expect(el).to.be.accessible();
  });

  it('keeps every badge colour 3:1 against the dark background, and text 4.5:1 on the badge', async () => {
    const el = await onPage('dark');
    const background = sendBackground(el);
    for (const badge of badges(el)) {
      const style = getComputedStyle(badge);
      expect(contrast(style.borderTopColor, background), `${badge.dataset['status']} border`).to.be.at.least(3);
      expect(contrast(style.color, style.backgroundColor), `${badge.dataset['status']} text`).to.be.at.least(4.5);
    }
  });

  it('follows the system with `color-scheme: light dark`', async function () {
    if (!(await prefer('dark'))) this.skip();
    const el = await onPage('light dark');
    expect(isDark(sendBackground(el))).to.equal(true);
    await prefer('light');
    expect(rgb(sendBackground(el))).to.deep.equal([255, 255, 255]);
  });

  it("lets a host's custom property win in the dark too", async () => {
    const el = await onPage('dark', '--invoice-communications-background: rgb(1, 2, 3); --invoice-communications-status-bounce: rgb(200, 10, 10)');
    expect(sendBackground(el)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(badgeNamed(el, 'Bounce')).borderTopColor).to.equal('rgb(200, 10, 10)');
  });
});

describe('forced colours', () => {
  before(async function () {
    // Only Chromium can emulate forced colours.
    if (!(await executeServerCommand('forced-colors', true))) this.skip();
  });
  after(() => executeServerCommand('forced-colors', false));

  it('tells tones apart by their border, outlines the tooltip, and passes axe', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await onPage('normal');
    const style = (name: string) => getComputedStyle(badgeNamed(el, name)).borderTopStyle;
    expect(style('Bounce')).to.equal('double');
    expect(style('Deferred')).to.equal('dashed');
    expect(style('Delivered')).to.equal('solid');

    const badge = badgeNamed(el, 'Delivered');
    await sendMouse({ type: 'move', position: centre(badge) });
    const tooltip = tooltipOf(badge);
    await positioned(tooltip);
    expect(getComputedStyle(tooltip).outlineStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});
