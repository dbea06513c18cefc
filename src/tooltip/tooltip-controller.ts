/**
 * One controller runs the badges' tooltip, through delegated listeners on the
 * history container. An element has one tooltip (a popover), empty while
 * closed: opening it for a badge renders that badge's content into it and
 * shows it in the top layer. CSS anchor positioning keeps it next to its
 * badge and inside the viewport; where a browser lacks it, Floating UI is
 * loaded and does the same. A badge's accessible description does not need
 * the tooltip (see view/descriptions.ts): the controller only tells the host
 * which badge has focus, so it can describe that badge's occurrences.
 *
 * Behaviour (WCAG 2.2 SC 1.4.13): opens on mouse hover and keyboard focus;
 * click, Enter and Space toggle it (touch); Escape closes it without moving
 * focus; it stays open while the pointer moves onto it; no timers.
 */
import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';

const BADGE = '[data-tooltip]';

export interface TooltipContent {
  /** What the tooltip shows for `badge` (a Lit value), or `undefined` for nothing to show. */
  content(badge: HTMLElement): unknown;
  /** `badge` has focus (or `null`: no badge has): describe it. */
  focused(badge: HTMLElement | null): void;
}
// Popover (the top layer) is in every supported browser; anchor positioning is not yet.
const supportsAnchoring = typeof CSS !== 'undefined' && CSS.supports('position-area: top');

type Reason = 'hover' | 'focus' | 'pinned';

export class TooltipController implements ReactiveController {
  #badge: HTMLElement | null = null;
  #tooltip: HTMLElement | null = null;
  #reasons = new Set<Reason>();
  #stopPositioning: (() => void) | null = null;

  #source: TooltipContent;
  #home: [ParentNode | null, ChildNode | null] | undefined;
  /**
   * The element's one tooltip. The history template renders it; opening it
   * moves it right after its badge, so Tab goes from the badge into a
   * tooltip long enough to scroll, then on to the next badge.
   */
  readonly element: HTMLElement = document.createElement('div');

  constructor(host: ReactiveControllerHost, source: TooltipContent) {
    const tooltip = this.element;
    tooltip.className = 'tooltip';
    tooltip.id = 'ic-tooltip';
    tooltip.setAttribute('role', 'tooltip');
    tooltip.setAttribute('part', 'tooltip');
    tooltip.setAttribute('popover', 'manual');
    host.addController(this);
    this.#source = source;
  }

  hostDisconnected(): void {
    this.close();
  }

  /**
   * Listeners for the element that contains the badges (bind with Lit
   * `@event`s). Bound on the history, not the shadow root, so the host's
   * slotted content never reaches them.
   */
  readonly listeners = {
    pointerover: (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
      const badge = this.#badgeOf(event.target);
      if (badge) this.#add(badge, 'hover');
    },
    pointerout: (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' || !this.#badge) return;
      const from = this.#badgeOf(event.target);
      if (from !== this.#badge) return;
      // Moving between the badge and its own tooltip keeps it open.
      if (this.#badgeOf(event.relatedTarget) === this.#badge) return;
      this.#remove('hover');
    },
    focusin: (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.matches(BADGE)) this.#source.focused(event.target as HTMLElement);
      const badge = this.#badgeOf(event.target);
      // Keyboard focus only: a tap or click focuses too, and then toggles.
      if (badge && event.target === badge && badge.matches(':focus-visible')) {
        this.#add(badge, 'focus');
      }
    },
    focusout: (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.matches(BADGE)) this.#source.focused(null);
      if (!this.#badge || this.#badgeOf(event.target) !== this.#badge) return;
      // Focus moving between the badge and its own tooltip keeps it open: browsers
      // make a long tooltip's scrolling body focusable, so Tab can go into it.
      if (this.#badgeOf(event.relatedTarget) === this.#badge) return;
      this.#reasons.delete('pinned');
      this.#remove('focus');
    },
    click: (event: MouseEvent) => {
      // Only the badge toggles; a click inside an open tooltip changes nothing.
      const badge = event.target instanceof Element ? event.target.closest<HTMLElement>(BADGE) : null;
      if (!badge) return;
      if (this.#badge === badge) this.close();
      else this.#add(badge, 'pinned');
    },
  };

  /** Closes the open tooltip, if any. */
  close(): void {
    this.#stopPositioning?.();
    this.#stopPositioning = null;
    if (this.#tooltip) {
      this.#tooltip.removeAttribute('tabindex');
      if (this.#tooltip.matches(':popover-open')) this.#tooltip.hidePopover();
    }
    // Back where the template put it: a send re-rendered (a refresh) would otherwise take it along.
    const [parent, next] = this.#home ?? [];
    if (parent?.isConnected && this.element.parentNode !== parent) {
      parent.insertBefore(this.element, next?.parentNode === parent ? next : null);
    }
    this.#badge?.removeAttribute('data-open');
    this.#badge = null;
    this.#tooltip = null;
    this.#reasons.clear();
    document.removeEventListener('keydown', this.#onKeydown, true);
  }

  // Escape closes an open tooltip wherever focus is (a hover-opened one too)
  // and is consumed, so a host <dialog> stays open. With no tooltip open the
  // listener is not there, and Escape reaches the host untouched.
  #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.#badge) return;
    // Its badge was re-rendered away (another language, new actions): nothing is open to close.
    if (!this.#badge.isConnected) return this.close();
    event.preventDefault();
    event.stopPropagation();
    // Focus inside the tooltip (its scrolling body) would be lost when it hides.
    if (this.#tooltip?.matches(':focus-within')) this.#badge.focus();
    this.close();
  };

  /** The badge a node belongs to: the badge itself, or the open tooltip's badge for a node inside it. */
  #badgeOf(target: EventTarget | null): HTMLElement | null {
    if (!(target instanceof Node)) return null;
    if (this.#tooltip?.contains(target)) return this.#badge;
    return target instanceof Element ? target.closest<HTMLElement>(BADGE) : null;
  }

  #add(badge: HTMLElement, reason: Reason) {
    if (this.#badge !== badge) this.#open(badge);
    this.#reasons.add(reason);
  }

  #remove(reason: Reason) {
    this.#reasons.delete(reason);
    if (this.#reasons.size === 0) this.close();
  }

  #open(badge: HTMLElement) {
    this.close();
    const tooltip = this.element;
    const content = this.#source.content(badge);
    if (content === undefined) return;
    // Where the template put it, unless it is beside a badge already.
    if (!tooltip.previousElementSibling?.matches(BADGE)) this.#home = [tooltip.parentNode, tooltip.nextSibling];
    if (badge.nextSibling !== tooltip) badge.after(tooltip);
    // Built now, for this badge: a closed tooltip costs nothing per badge.
    render(content, tooltip);
    tooltip.scrollTop = 0;
    this.#badge = badge;
    this.#tooltip = tooltip;
    badge.setAttribute('data-open', '');
    tooltip.showPopover();
    document.addEventListener('keydown', this.#onKeydown, true);
    if (supportsAnchoring) this.#focusableIfScrolling(tooltip);
    else void this.#positionWithFloatingUi(badge, tooltip);
  }

  // A tooltip taller than its room scrolls, and keyboard users must reach it.
  #focusableIfScrolling(tooltip: HTMLElement) {
    if (tooltip.scrollHeight > tooltip.clientHeight) tooltip.tabIndex = 0;
    else tooltip.removeAttribute('tabindex');
  }

  // The fallback, loaded only by browsers without CSS anchor positioning.
  async #positionWithFloatingUi(badge: HTMLElement, tooltip: HTMLElement) {
    const { followBadge } = await import('./position-fallback.js');
    // Closed, or another tooltip opened, while it loaded.
    if (this.#tooltip !== tooltip) return;
    // Closed and reopened while it loaded: the earlier call already placed it.
    this.#stopPositioning?.();
    this.#stopPositioning = followBadge(badge, tooltip, () => this.#focusableIfScrolling(tooltip));
  }
}
