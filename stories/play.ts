/**
 * Play functions: wait for the element to render what the story is about and,
 * for tooltip stories, open a badge's tooltip the way a mouse user does
 * (hover), so the tooltip stays open for review until the pointer moves over
 * and off that badge.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { InvoiceCommunications } from '../src/api.js';

/** Longer than the slowest mocked answer (3 s). */
const TIMEOUT = 8_000;

export function elementIn(canvasElement: HTMLElement): InvoiceCommunications {
  const element = canvasElement.querySelector('invoice-communications');
  if (!element) throw new Error('No <invoice-communications> in this story');
  return element;
}

const shadowOf = (element: HTMLElement): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('<invoice-communications> has no shadow root: was it upgraded?');
  return element.shadowRoot;
};

/** Resolves with the first badge of `status` once the history is on screen. */
export async function findBadge(canvasElement: HTMLElement, status: string): Promise<HTMLButtonElement> {
  const element = elementIn(canvasElement);
  return waitFor(
    () => {
      const badge = shadowOf(element).querySelector<HTMLButtonElement>(
        `button[data-tooltip][data-status="${CSS.escape(status)}"]`,
      );
      if (!badge) throw new Error(`No "${status}" badge yet`);
      return badge;
    },
    { timeout: TIMEOUT },
  );
}

/** The element's one tooltip, which shows the tooltip of whichever badge opened it. */
export function tooltipOf(badge: HTMLElement): HTMLElement {
  const tooltip = (badge.getRootNode() as ShadowRoot).querySelector<HTMLElement>('[role="tooltip"]');
  if (!tooltip) throw new Error('The element has no tooltip');
  return tooltip;
}

/** Hovers the first badge of `status` and checks its tooltip is open and readable. */
export async function openTooltip(canvasElement: HTMLElement, status: string): Promise<void> {
  const badge = await findBadge(canvasElement, status);
  badge.scrollIntoView({ block: 'center' });
  await userEvent.hover(badge);
  const tooltip = tooltipOf(badge);
  await waitFor(() => expect(tooltip.matches(':popover-open') && badge.hasAttribute('data-open')).toBe(true));
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveAttribute('role', 'tooltip');
  await expect(tooltip.textContent?.trim()).not.toBe('');
}

/** Waits for the error state and presses Retry. */
export async function retryAfterError(canvasElement: HTMLElement): Promise<void> {
  const element = elementIn(canvasElement);
  const retry = await waitFor(
    () => {
      const button = shadowOf(element).querySelector<HTMLButtonElement>('[role="alert"] button');
      if (!button) throw new Error('No error with a Retry button yet');
      return button;
    },
    { timeout: TIMEOUT },
  );
  await userEvent.click(retry);
  await waitFor(() => expect(shadowOf(element).querySelector('article')).not.toBeNull(), { timeout: TIMEOUT });
}

/** Presses "Show older sends" once the first page is on screen and waits for the older page. */
export async function showOlderSends(canvasElement: HTMLElement): Promise<void> {
  const element = elementIn(canvasElement);
  const button = await waitFor(
    () => {
      const found = shadowOf(element).querySelector<HTMLButtonElement>('[part~="older-button"]');
      if (!found) throw new Error('No "Show older sends" button yet');
      return found;
    },
    { timeout: TIMEOUT },
  );
  const before = shadowOf(element).querySelectorAll('[part~="send"]').length;
  await userEvent.click(button);
  await waitFor(() => expect(shadowOf(element).querySelectorAll('[part~="send"]').length).toBeGreaterThan(before), {
    timeout: TIMEOUT,
  });
  await waitFor(() => expect(shadowOf(element).querySelector('[role="feed"]')?.getAttribute('aria-busy')).toBe('false'), {
    timeout: TIMEOUT,
  });
}
