/**
 * Whether tooltips are open, where they are, and where focus is. Never pass
 * DOM nodes to expect(...).to.equal: a failing assertion on nodes hangs the
 * test page while the runner serialises them. Compare `label()`s instead.
 */
import { waitUntil } from '@open-wc/testing';
import { accessibleName, badges, tooltipOpenFor } from './badges.js';
import { tooltipOf } from './badges.js';
import { $$, root, type IC } from './render.js';

/** Whether a tooltip is open: rendered, with a box, and in the top layer. */
export function isOpen(tooltip: HTMLElement): boolean {
  const rect = tooltip.getBoundingClientRect();
  const rendered = tooltip.checkVisibility() && rect.width > 0 && rect.height > 0;
  return rendered && tooltip.matches(':popover-open');
}

export const openTooltips = (el: IC) => $$(el, '[role="tooltip"]').filter(isOpen);

/** The accessible names of the badges whose tooltips are open (the element's one tooltip, shown for them). */
export const openBadges = (el: IC) =>
  badges(el)
    .filter((badge) => tooltipOpenFor(badge) && openTooltips(el).length > 0)
    .map(accessibleName);

/** Whether `badge`'s tooltip is open: the tooltip is open, rendered, and anchored to that badge. */
export const isOpenFor = (badge: HTMLElement) => tooltipOpenFor(badge) && isOpen(tooltipOf(badge));

/**
 * Waits until the open tooltip is laid out where it belongs: at once with CSS
 * anchor positioning, after Floating UI's first pass in the fallback.
 */
export async function positioned(tooltip: HTMLElement) {
  await waitUntil(() => isOpen(tooltip), 'tooltip positioned', { timeout: 3000 });
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The centre of an element in viewport CSS pixels, rounded for sendMouse. */
export function centre(node: Element): [number, number] {
  const { left, top, width, height } = node.getBoundingClientRect();
  return [Math.round(left + width / 2), Math.round(top + height / 2)];
}

/** Whether a box lies inside the viewport. */
export function inViewport(rect: DOMRect) {
  return rect.left >= 0 && rect.top >= 0 && rect.right <= window.innerWidth && rect.bottom <= window.innerHeight;
}

/** A short readable label: a badge by its accessible name, other nodes by tag and id. */
export function label(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  if (node.matches('button[part~="badge"]')) return `badge "${accessibleName(node)}"`;
  return `${node.localName}${node.id ? `#${node.id}` : ''}`;
}

/** What has focus inside the element's shadow root. */
export const focusedIn = (el: IC) => label(root(el).activeElement);
