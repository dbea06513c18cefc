/**
 * The answers at a glance (issue 18): each send's summary line for every mix
 * of outcomes, the warning about an earlier failure, the host's actions
 * (the Actions panel logs `ic-action`), a live endpoint that moves from
 * deferred to delivered while `poll-interval` is set, and a poll that fails.
 * The live stories replace the mocked endpoint, so the file is kept off the
 * Docs page (`!autodocs`), as in Loading and errors.
 */
import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inFlightHistory } from '../fixtures/index.js';
import { historyUrl, respondDeferredThenDelivered, respondInTurn } from './handlers.js';
import { elementIn } from './play.js';
import { baseMeta, type ElementArgs } from './shared.js';

interface OutcomeArgs extends ElementArgs {
  /** The host's actions on a failed recipient (attribute). */
  actions?: string;
  /** Seconds between checks for updates while mail is in flight (attribute). */
  'poll-interval'?: number;
  onIcAction?: (event: Event) => void;
}

const meta = {
  ...baseMeta,
  title: 'Invoice communications/Outcomes at a glance',
  tags: ['!autodocs'],
  render: (args) => html`<invoice-communications
    src=${args.src || nothing}
    locale=${args.locale || nothing}
    time-zone=${args['time-zone'] || nothing}
    actions=${args.actions || nothing}
    poll-interval=${args['poll-interval'] ?? nothing}
    @ic-loadstart=${args.onIcLoadstart}
    @ic-load=${args.onIcLoad}
    @ic-error=${args.onIcError}
    @ic-action=${args.onIcAction}
  ></invoice-communications>`,
} satisfies Meta<OutcomeArgs>;

export default meta;
type Story = StoryObj<OutcomeArgs>;

const TIMEOUT = 8_000;
const shadow = (canvasElement: HTMLElement) => elementIn(canvasElement).shadowRoot!;
const summaryText = (canvasElement: HTMLElement) =>
  shadow(canvasElement).querySelector('[part~="summary"]')?.textContent?.replace(/\s+/g, ' ').trim();

/** Waits until the first send's summary line reads `expected`. */
const summaryReads = (canvasElement: HTMLElement, expected: string | RegExp, timeout = TIMEOUT) =>
  waitFor(() => expect(summaryText(canvasElement)).toMatch(expected), { timeout });

/** Everyone got it, and one reader opened it. */
export const Delivered: Story = {
  tags: ['state:history'],
  args: { src: historyUrl('outcomes-delivered') },
  play: ({ canvasElement }) => summaryReads(canvasElement, 'Delivered to 2 of 2 · opened by 1'),
};

/** Two of three got it; the old address bounced. */
export const SomeFailed: Story = {
  name: 'Some failed',
  tags: ['state:history'],
  args: { src: historyUrl('outcomes-some-failed') },
  play: ({ canvasElement }) => summaryReads(canvasElement, 'Delivered to 2 of 3 · 1 bounced · opened by 1'),
};

/** Nobody got it: dropped, bounced and blocked. */
export const AllFailed: Story = {
  name: 'All failed',
  tags: ['state:history'],
  args: { src: historyUrl('outcomes-all-failed') },
  play: ({ canvasElement }) => summaryReads(canvasElement, '1 dropped · 1 bounced · 1 blocked'),
};

/** Still in flight: one retrying (with when the service gives up), one not delivered yet. */
export const InFlight: Story = {
  name: 'In flight',
  tags: ['state:history'],
  args: { src: historyUrl('outcomes-in-flight') },
  play: ({ canvasElement }) =>
    summaryReads(canvasElement, /^Delivered to 1 of 3 · 1 still retrying \(gives up around .+\) · 1 not delivered yet$/),
};

/** An address that bounced on an earlier send carries a warning on the later send. */
export const EarlierFailure: Story = {
  name: 'Earlier failure carried forward',
  tags: ['state:history'],
  args: { src: historyUrl('outcomes-carried') },
  play: ({ canvasElement }) =>
    waitFor(
      () => expect(shadow(canvasElement).querySelector('[part~="warning"]')?.textContent).toBe('Bounced on 4 Nov 2026'),
      { timeout: TIMEOUT },
    ),
};

/** `actions="resend edit-contact"`: failed recipients get both buttons; the play function presses Resend, and the Actions panel shows `ic-action`. */
export const Actions: Story = {
  name: 'Host actions',
  tags: ['state:history'],
  args: { src: historyUrl('outcomes-carried'), actions: 'resend edit-contact' },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement);
    const resend = await waitFor(
      () => {
        const button = shadow(canvasElement).querySelector<HTMLButtonElement>('[part~="action-resend"]');
        if (!button) throw new Error('No Resend button yet');
        return button;
      },
      { timeout: TIMEOUT },
    );
    await expect(resend).toHaveAccessibleName('Resend to accounts@harbourfinch.example');
    const fired = new Promise<CustomEvent>((resolve) => element.addEventListener('ic-action', resolve, { once: true }));
    await userEvent.click(resend);
    const { detail } = await fired;
    await expect(detail).toMatchObject({ action: 'resend', recipient: { email: 'accounts@harbourfinch.example' } });
  },
};

const live = respondDeferredThenDelivered();

/** `poll-interval="2"`: the mocked endpoint answers "deferred" twice, then "delivered". The page updates in place, then polling stops. */
export const Live: Story = {
  name: 'Live: deferred, then delivered',
  tags: ['state:history'],
  args: { src: historyUrl('live'), 'poll-interval': 2 },
  parameters: { msw: { handlers: live.handlers } },
  beforeEach: () => live.reset(),
  play: ({ canvasElement }) => summaryReads(canvasElement, 'Delivered to 1 of 1', 12_000),
};

const failing = respondInTurn(inFlightHistory(0), new Error('Service Unavailable'));

/** The first answer is in flight, every poll after it fails (503): the history stays, with a quiet note, and polls back off. */
export const PollingFailure: Story = {
  name: 'Live: a poll fails',
  tags: ['state:history'],
  args: { src: historyUrl('live'), 'poll-interval': 2 },
  parameters: { msw: { handlers: failing.handlers } },
  beforeEach: () => failing.reset(),
  play: ({ canvasElement }) =>
    waitFor(
      () => expect(shadow(canvasElement).querySelector('[part~="poll-note"]')?.textContent).toMatch(/^Could not check for updates/),
      { timeout: 8_000 },
    ),
};
