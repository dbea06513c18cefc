import { css } from 'lit';

// Every colour is a tag-namespaced custom property with its default on :host,
// so a host theme overrides one variable, not our selectors. Defaults meet
// WCAG 2.2 AA contrast for text on the tinted badge backgrounds.
export const styles = css`
  :host {
    --invoice-communications-font: inherit;
    --invoice-communications-color: #1f2328;
    --invoice-communications-muted-color: #59636e;
    --invoice-communications-background: #ffffff;
    --invoice-communications-border-color: #d1d9e0;
    --invoice-communications-focus-color: #0969da;
    --invoice-communications-error-color: #b42318;
    --invoice-communications-radius: 6px;
    --invoice-communications-gap: 0.75rem;
    --invoice-communications-tooltip-background: #1f2328;
    --invoice-communications-tooltip-color: #ffffff;
    --invoice-communications-status-processed: #57606a;
    --invoice-communications-status-dropped: #b42318;
    --invoice-communications-status-deferred: #9a6700;
    --invoice-communications-status-bounce: #b42318;
    --invoice-communications-status-blocked: #b42318;
    --invoice-communications-status-delivered: #1a7f37;
    --invoice-communications-status-open: #0969da;
    --invoice-communications-status-click: #6639ba;
    --invoice-communications-status-unknown: #57606a;

    display: block;
    container-type: inline-size;
    /* Inline-size containment hides the content's width from a shrink-to-fit
       parent (a <dialog>, a flex row, an inline-block), which would collapse
       the element to nothing: ask for this width instead, and let flex and
       grid parents shrink it. */
    contain-intrinsic-inline-size: min(40rem, 100vw);
    min-width: 0;
    font: var(--invoice-communications-font);
    color: var(--invoice-communications-color);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  ul,
  ol,
  p,
  h3 {
    margin: 0;
    padding: 0;
  }
  ul,
  ol {
    list-style: none;
  }

  .sends {
    display: grid;
    gap: var(--invoice-communications-gap);
  }
  .send {
    /* Off-screen sends skip layout and paint; they stay in the DOM, so
       find-in-page, keyboard and screen readers still reach them. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
    border: 1px solid var(--invoice-communications-border-color);
    border-radius: var(--invoice-communications-radius);
    background: var(--invoice-communications-background);
    padding: 0.75rem 1rem;
  }
  .send-heading {
    font-size: 1rem;
    font-weight: 600;
  }
  .send-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--invoice-communications-muted-color);
    font-size: 0.875rem;
    margin-block: 0.125rem 0.5rem;
  }
  .send-meta > * {
    overflow-wrap: anywhere;
  }

  /* One grid for all rows of a send (subgrid), so columns line up. */
  .recipients {
    display: grid;
    grid-template-columns: minmax(2.5rem, max-content) minmax(10rem, 1fr) minmax(0, 2fr);
    column-gap: 0.75rem;
  }
  .recipient {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    row-gap: 0.25rem;
    align-items: start;
    padding-block: 0.5rem;
    border-top: 1px solid var(--invoice-communications-border-color);
  }
  .type {
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
    color: var(--invoice-communications-muted-color);
    padding-top: 0.125rem;
    max-width: 8rem;
    overflow-wrap: anywhere;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .name {
    font-weight: 600;
  }
  .email {
    color: var(--invoice-communications-muted-color);
    font-size: 0.875rem;
  }
  .statuses {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    min-width: 0;
  }
  .statuses.none {
    color: var(--invoice-communications-muted-color);
    font-size: 0.875rem;
  }
  @container (max-width: 34rem) {
    .recipients {
      grid-template-columns: minmax(2.5rem, max-content) minmax(0, 1fr);
    }
    .statuses {
      grid-column: 1 / -1;
    }
  }

  .badge {
    --_status: var(--invoice-communications-status-unknown);
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    max-width: 100%;
    min-height: 24px; /* WCAG 2.2 target size */
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_status);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_status) 10%, var(--invoice-communications-background));
    color: var(--invoice-communications-color);
    font: inherit;
    font-size: 0.8125rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
    text-align: start;
    cursor: help;
  }
  .badge::before {
    content: '';
    flex: none;
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--_status);
  }
  .badge:focus-visible {
    outline: 2px solid var(--invoice-communications-focus-color);
    outline-offset: 2px;
  }
  .badge[data-status='processed'] { --_status: var(--invoice-communications-status-processed); }
  .badge[data-status='dropped'] { --_status: var(--invoice-communications-status-dropped); }
  .badge[data-status='deferred'] { --_status: var(--invoice-communications-status-deferred); }
  .badge[data-status='bounce'] { --_status: var(--invoice-communications-status-bounce); }
  .badge[data-status='blocked'] { --_status: var(--invoice-communications-status-blocked); }
  .badge[data-status='delivered'] { --_status: var(--invoice-communications-status-delivered); }
  .badge[data-status='open'] { --_status: var(--invoice-communications-status-open); }
  .badge[data-status='click'] { --_status: var(--invoice-communications-status-click); }

  /* Closed tooltips stay in the DOM as the badges' descriptions. A tooltip
     is one text node: pre-line keeps its lines apart, the first line is the
     badge's name. Its transparent border is the bridge the pointer crosses
     from badge to tooltip without closing it. */
  .tooltip {
    display: none;
    position: fixed;
    inset: auto;
    z-index: 2147483647;
    box-sizing: border-box;
    width: max-content;
    max-width: min(22rem, calc(100vw - 8px));
    max-height: 60vh;
    overflow: auto;
    margin: 0;
    border: 6px solid transparent;
    border-radius: calc(var(--invoice-communications-radius) + 6px);
    padding: 0.5rem 0.75rem;
    background: var(--invoice-communications-tooltip-background);
    background-clip: padding-box;
    color: var(--invoice-communications-tooltip-color);
    font-size: 0.8125rem;
    font-weight: normal;
    line-height: 1.45;
    text-align: start;
    white-space: pre-line;
    overflow-wrap: anywhere;
    filter: drop-shadow(0 4px 12px rgb(0 0 0 / 0.2));
  }
  .tooltip.open {
    display: block;
  }
  /* Above its badge, or wherever there is most room; shifted to stay inside
     the viewport. Browsers without anchor positioning get Floating UI. */
  .badge[data-open] {
    anchor-name: --invoice-communications-open-badge;
  }
  @supports (position-area: top) {
    .tooltip.open {
      position-anchor: --invoice-communications-open-badge;
      position-area: top;
      position-try: most-height flip-block;
      max-height: 100%;
    }
  }
  .tooltip::first-line {
    font-weight: 600;
  }

  .loading,
  .empty,
  .error {
    padding: 1rem;
    border: 1px dashed var(--invoice-communications-border-color);
    border-radius: var(--invoice-communications-radius);
    color: var(--invoice-communications-muted-color);
  }
  .loading {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    /* Shown only if loading takes a moment, so fast loads do not flash. */
    opacity: 0;
    animation: appear 0.2s ease-out 0.4s forwards;
  }
  .spinner {
    width: 1rem;
    height: 1rem;
    border: 2px solid var(--invoice-communications-border-color);
    border-top-color: var(--invoice-communications-focus-color);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  .progress {
    margin-block-start: var(--invoice-communications-gap);
    font-size: 0.8125rem;
    color: var(--invoice-communications-muted-color);
  }
  .refreshing {
    font-size: 0.8125rem;
    color: var(--invoice-communications-muted-color);
    margin-block-end: 0.5rem;
  }
  .error {
    border-style: solid;
    border-color: var(--invoice-communications-error-color);
    color: var(--invoice-communications-color);
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .error-title {
    font-weight: 600;
    color: var(--invoice-communications-error-color);
  }
  .error-message {
    overflow-wrap: anywhere;
  }
  .retry {
    font: inherit;
    min-height: 24px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--invoice-communications-border-color);
    border-radius: var(--invoice-communications-radius);
    background: var(--invoice-communications-background);
    color: var(--invoice-communications-color);
    cursor: pointer;
  }
  .retry:focus-visible {
    outline: 2px solid var(--invoice-communications-focus-color);
    outline-offset: 2px;
  }
  @keyframes appear {
    to { opacity: 1; }
  }
  @keyframes spin {
    to { transform: rotate(1turn); }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner { animation-duration: 2.4s; }
    .loading { animation-duration: 0s; }
  }
  @media (forced-colors: active) {
    .badge::before { background: CanvasText; }
    .tooltip { outline: 1px solid CanvasText; outline-offset: -6px; }
  }
`;
