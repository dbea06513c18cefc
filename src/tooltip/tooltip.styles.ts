import { css } from 'lit';

/**
 * The badges' tooltips (tooltip-controller.ts opens and closes them). They
 * read the element's private tokens (--_radius) set on :host.
 */
export const tooltipStyles = css`
  /* The element's one tooltip, empty while closed and filled for a badge as
     it opens (view/tooltip-content.ts). Its transparent border is the bridge
     the pointer crosses from badge to tooltip without closing it. A popover:
     the browser hides it while closed, and makes it fixed and scrollable. */
  .tooltip {
    inset: auto;
    width: max-content;
    max-inline-size: min(22rem, calc(100vw - 8px));
    max-height: 60vh;
    margin: 0;
    border: 6px solid transparent;
    border-radius: calc(var(--_radius) + 6px);
    padding: 0.5rem 0.75rem;
    background: var(--invoice-communications-tooltip-background, light-dark(#1f2328, #3d444d));
    background-clip: padding-box;
    color: var(--invoice-communications-tooltip-color, #ffffff);
    font-size: 0.8125rem;
    font-weight: normal;
    line-height: 1.45;
    text-align: start;
    overflow-wrap: anywhere;
    filter: drop-shadow(0 4px 12px rgb(0 0 0 / 0.2));
  }
  /* Above its badge, or wherever there is most room; shifted to stay inside
     the viewport. Browsers without anchor positioning get Floating UI. */
  .badge[data-open] {
    anchor-name: --invoice-communications-open-badge;
  }
  @supports (position-area: top) {
    .tooltip:popover-open {
      position-anchor: --invoice-communications-open-badge;
      position-area: top;
      max-height: none;
      position-try-fallbacks: flip-block, --invoice-communications-scroll-above,
        --invoice-communications-scroll-below;
    }
  }
  @position-try --invoice-communications-scroll-above {
    position-area: top;
    max-height: 100%;
    min-height: 8rem;
  }
  @position-try --invoice-communications-scroll-below {
    position-area: bottom;
    max-height: 100%;
  }
  .tooltip :is(h4, p, ol) {
    margin: 0;
    padding: 0;
  }
  .tip-title {
    font-size: inherit;
    font-weight: 600;
  }
  .tip-action {
    margin-block-start: 0.375rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 2px solid currentColor;
  }
  /* Each occurrence: its time, then one line per detail. */
  .tip-occurrences {
    list-style: none;
    margin-block-start: 0.375rem;
    display: grid;
    gap: 0.25rem;
  }
  .tip-occurrences time {
    font-weight: 600;
  }
  .tip-detail {
    display: block;
    padding-inline-start: 0.75rem;
  }
`;
