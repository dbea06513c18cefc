/**
 * Status badges and what they say: each badge is a button named by its label,
 * described (aria-describedby) by its status's shared description and, while
 * it has focus, its occurrences. The element has one role="tooltip" popover,
 * filled for a badge when its tooltip opens.
 */
import { norm, root, type IC } from './render.js';

export const badgesIn = (scope: ParentNode) => [...scope.querySelectorAll<HTMLButtonElement>('button[part~="badge"]')];
export const badges = (el: IC) => badgesIn(root(el));
/** Visible badge text, as read on screen. */
export const badgeTexts = (scope: ParentNode) => badgesIn(scope).map((b) => norm(b.textContent));

/** The accessible name of a button (aria-label wins over content; no aria-labelledby is used). */
export const accessibleName = (button: Element) => norm(button.getAttribute('aria-label') ?? button.textContent);

/** The badge whose accessible name is `name` (first match, or within `scope`); throws if there is none. */
export function badgeNamed(scope: IC | ParentNode, name: string): HTMLButtonElement {
  const within = scope instanceof HTMLElement && scope.shadowRoot ? scope.shadowRoot : scope;
  const badge = badgesIn(within).find((b) => accessibleName(b) === name);
  if (!badge) throw new Error(`no badge named "${name}" in ${badgesIn(within).map(accessibleName).join(' | ')}`);
  return badge;
}

/**
 * The element's one tooltip (role="tooltip"), which shows whichever badge's
 * tooltip is open; throws if there is none.
 */
export function tooltipOf(badge: Element): HTMLElement {
  const tooltip = (badge.getRootNode() as ShadowRoot).querySelector<HTMLElement>('[role="tooltip"]');
  if (!tooltip) throw new Error(`no tooltip for badge "${accessibleName(badge)}"`);
  return tooltip;
}

/** The elements a badge's aria-describedby points at, in order; throws if one is missing. */
export function describedBy(badge: Element): HTMLElement[] {
  const ids = (badge.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => {
    const node = (badge.getRootNode() as ShadowRoot).getElementById(id);
    if (!node) throw new Error(`badge "${accessibleName(badge)}" is described by a missing #${id}`);
    return node;
  });
}

/**
 * A badge's accessible description as a screen reader hears it on focus,
 * whitespace-normalised: the badge is focused, its described-by elements
 * read, and focus taken away again (which closes a tooltip focus opened).
 */
export function descriptionOf(badge: HTMLElement): string {
  badge.focus();
  const text = norm(describedBy(badge).map((node) => node.textContent).join(' '));
  badge.blur();
  return text;
}

/** Whether the element's tooltip is open for `badge` (the tooltip controller marks the badge it is anchored to). */
export const tooltipOpenFor = (badge: Element) =>
  badge.hasAttribute('data-open') && tooltipOf(badge).matches(':popover-open');

/**
 * The text of a badge's tooltip exactly as rendered, to compare with text
 * from the endpoint character for character: the tooltip is opened for the
 * badge (as a tap does) if it is not open yet, read, and closed again.
 */
export function exactTooltipText(badge: HTMLElement): string {
  if (tooltipOpenFor(badge)) return tooltipOf(badge).textContent ?? '';
  badge.click();
  const text = tooltipOpenFor(badge) ? (tooltipOf(badge).textContent ?? '') : '';
  badge.click();
  return text;
}

/** The same, whitespace-normalised. */
export const tooltipTextOf = (badge: HTMLElement) => norm(exactTooltipText(badge));
