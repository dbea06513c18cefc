import { css, unsafeCSS } from 'lit';
import { KNOWN_STATUSES, STATUSES, UNKNOWN_STATUS_COLOR } from './data/statuses.js';
import { tooltipStyles } from './tooltip/tooltip.styles.js';

// Rules made from constants (never endpoint data), in a sheet of their own so
// the template minifier only sees plain CSS. One colour per status, from the
// status table: a host's value is used as it is; the default is lightened in
// a dark colour scheme (statusDefault). Sends after the first
// progressive chunk (class "later", set by the template) skip layout and paint
// while off-screen; they stay in the DOM, so find-in-page, keyboard and screen
// readers reach them. The first ones never skip: a host measuring right after
// render gets real geometry.
/**
 * A status colour's default: as it is on a light background; on a dark one
 * mixed 55 % with white (worked out here, once, rather than by color-mix() on
 * each of thousands of badges), which keeps it 3:1 against the background.
 */
function statusDefault(hex: string): string {
  const dark = [1, 3, 5]
    .map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * 0.55 + 255 * 0.45).toString(16).padStart(2, '0'))
    .join('');
  return `light-dark(${hex},#${dark})`;
}

const generated = unsafeCSS(
  KNOWN_STATUSES.map(
    (status) =>
      `.badge[data-status=${status}]{--_status:var(--invoice-communications-status-${status},${statusDefault(STATUSES[status].color)})}`,
  ).join('') +
    `.send.later{content-visibility:auto;contain-intrinsic-size:auto 16rem}`,
);

// Every colour is a tag-namespaced custom property with its default where it is
// read; one used in several rules is read once on :host into a private --_x. A
// theme sets it on the element or any ancestor. Each default is a light-dark()
// pair: the element follows the page's color-scheme, which it inherits (a page
// with none stays light; `light dark` follows the system). Both palettes meet
// WCAG 2.2 AA contrast for text, on the tinted badge backgrounds too.
const base = css`
  :host {
    --_color: var(--invoice-communications-color, light-dark(#1f2328, #e6edf3));
    --_muted-color: var(--invoice-communications-muted-color, light-dark(#59636e, #9198a1));
    --_background: var(--invoice-communications-background, light-dark(#ffffff, #0d1117));
    --_border-color: var(--invoice-communications-border-color, light-dark(#d1d9e0, #3d444d));
    --_focus-color: var(--invoice-communications-focus-color, light-dark(#0969da, #4493f8));
    --_error-color: var(--invoice-communications-error-color, light-dark(#b42318, #ff7b72));
    --_radius: var(--invoice-communications-radius, 6px);
    --_gap: var(--invoice-communications-gap, 0.75rem);

    display: block;
    container-type: inline-size;
    /* Inline-size containment hides the content's width from a shrink-to-fit
       parent (a <dialog>, a flex row, an inline-block), which would collapse
       the element to nothing: ask for this width instead, and let flex and
       grid parents shrink it. */
    contain-intrinsic-inline-size: min(40rem, 100vw);
    min-inline-size: 0;
    font: var(--invoice-communications-font, inherit);
    color: var(--_color);
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

  /* A gap, not a sibling selector: with "* + *", a send replaced at the
     top (a refresh) restyles every send below it. */
  .sends {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .send {
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
    padding: 0.75rem 1rem;
  }
  .send:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 2px;
  }
  .send-heading {
    font-size: 1rem;
    font-weight: 600;
  }
  .send-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted-color);
    font-size: 0.875rem;
    margin-block: 0.125rem 0.5rem;
  }
  .send-meta > * {
    overflow-wrap: anywhere;
  }
  .summary {
    font-size: 0.875rem;
    margin-block-end: 0.5rem;
  }

  /* One grid for all rows of a send (subgrid), so columns line up. */
  .recipients {
    display: grid;
    grid-template-columns: minmax(2.5rem, max-content) fit-content(max(10rem, 40%)) minmax(0, 1fr);
    column-gap: 0.75rem;
  }
  /* A row's cells: type, then name above email in the second column, then
     the badges beside both (no wrapper elements: they would cost a node per
     recipient, in histories of thousands). */
  .recipient {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: start;
    padding-block: 0.5rem;
    border-block-start: 1px solid var(--_border-color);
  }
  .type,
  .statuses {
    grid-row: 1 / span 2;
  }
  .name,
  .email {
    grid-column: 2;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .type {
    font-weight: 600;
    /* Capitals by font, not text-transform: screen readers keep reading "To", not "T O". */
    font-variant-caps: all-small-caps;
    font-size: 0.875rem;
    color: var(--_muted-color);
    padding-block-start: 0.125rem;
    max-inline-size: 8rem;
    overflow-wrap: anywhere;
  }
  .name {
    font-weight: 600;
  }
  .email {
    color: var(--_muted-color);
    font-size: 0.875rem;
  }
  .statuses {
    grid-column: 3;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    min-inline-size: 0;
  }
  .statuses.none {
    color: var(--_muted-color);
    font-size: 0.875rem;
  }
  /* Under the statuses, in their column: the warning, then the actions. */
  .warning,
  .actions {
    grid-column: -2;
    font-size: 0.8125rem;
  }
  .warning {
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--_error-color);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  @container (max-width: 34rem) {
    .recipients {
      grid-template-columns: minmax(2.5rem, max-content) minmax(0, 1fr);
    }
    .statuses,
    .warning,
    .actions {
      grid-column: 1 / -1;
      grid-row: auto;
      margin-block-start: 0.25rem;
    }
  }

  .badge {
    --_status: var(--invoice-communications-status-unknown, ${unsafeCSS(statusDefault(UNKNOWN_STATUS_COLOR))});
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    max-inline-size: 100%;
    min-height: 24px; /* WCAG 2.2 target size */
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_status);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_status) 10%, var(--_background));
    color: var(--_color);
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
  .badge:focus-visible,
  .action:focus-visible,
  .retry:focus-visible,
  .older-button:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 2px;
  }

  .loading,
  .empty,
  .error {
    padding: 1rem;
    border: 1px dashed var(--_border-color);
    border-radius: var(--_radius);
    color: var(--_muted-color);
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
    border: 2px solid var(--_border-color);
    border-block-start-color: var(--_focus-color);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  .progress {
    margin-block-start: var(--_gap);
    font-size: 0.8125rem;
    color: var(--_muted-color);
  }
  .poll-note:not(:empty) {
    font-size: 0.8125rem;
    margin-block-end: 0.5rem;
    color: var(--_muted-color);
  }
  .refreshing {
    font-size: 0.8125rem;
    color: var(--_muted-color);
    margin-block-end: 0.5rem;
  }
  .error {
    border-style: solid;
    border-color: var(--_error-color);
    color: var(--_color);
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .error-title {
    font-weight: 600;
    color: var(--_error-color);
  }
  .error-message {
    overflow-wrap: anywhere;
  }
  .older {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    margin-block-start: var(--_gap);
  }
  .older-error {
    color: var(--_error-color);
    overflow-wrap: anywhere;
  }
  .older-button[aria-disabled='true'] {
    cursor: progress;
    color: var(--_muted-color);
  }
  /* Read by screen readers only: what a page of older sends added. */
  .announce {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .action,
  .retry,
  .older-button {
    font: inherit;
    min-height: 24px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_color);
    cursor: pointer;
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
  /* Forced colours drop the tints: the tone is told by the border instead
     (danger double, warning dashed), and the tooltip keeps an outline. */
  @media (forced-colors: active) {
    .badge { border-color: ButtonText; }
    .badge::before { background: ButtonText; }
    [part~='badge-danger'] { border: 3px double; }
    [part~='badge-warning'] { border-style: dashed; }
    .tooltip { outline: 1px solid CanvasText; outline-offset: -6px; }
  }
`;

export const styles = [base, tooltipStyles, generated];
