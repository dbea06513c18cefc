/**
 * Status badges and what they say: each badge is a button named by its label,
 * described (aria-describedby) by its role="tooltip" element.
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

/** The element that describes a badge (its aria-describedby target); throws if there is none. */
export function tooltipOf(badge: Element): HTMLElement {
  const id = badge.getAttribute('aria-describedby');
  const tooltip = id ? (badge.getRootNode() as ShadowRoot).getElementById(id) : null;
  if (!tooltip) throw new Error(`badge "${accessibleName(badge)}" has no described-by element (${id})`);
  return tooltip;
}

/** A badge's accessible description, whitespace-normalised as a screen reader announces it. */
export const descriptionOf = (badge: Element) => norm(tooltipOf(badge).textContent);

/** A badge's tooltip text exactly as rendered, to compare with text from the endpoint character for character. */
export const exactTooltipText = (badge: Element) => tooltipOf(badge).textContent ?? '';
