/**
 * The element with realistic and odd histories. All of these fetch through
 * the shared mocked endpoint (see handlers.ts), so none overrides MSW handlers
 * and they can all be shown together on the Docs page.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { realisticHistory } from '../fixtures/index.js';
import { historyUrl } from './handlers.js';
import { openTooltip, showOlderSends } from './play.js';
import { baseMeta, inContainer, renderElement, roomAbove, type ElementArgs } from './shared.js';
import '../demo/dark-theme.css';

const meta = {
  ...baseMeta,
  title: 'Invoice communications',
  tags: ['autodocs'],
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** Invoice INV-1042, sent four times over six weeks: To, CC and BCC, every status, repeated opens, a deferral that became a block, a bounce with its reason. */
export const InvoiceHistory: Story = {
  name: 'Invoice history',
  tags: ['state:history'],
};

/** The invoice has not been sent yet. */
export const EmptyHistory: Story = {
  name: 'Empty history',
  tags: ['state:empty'],
  args: { src: historyUrl('empty') },
};

/** The host replaces the empty message through the `empty` slot. */
export const EmptyHistoryCustomMessage: Story = {
  name: 'Empty history, custom message (slot)',
  tags: ['state:empty'],
  args: { src: historyUrl('empty') },
  render: (args) =>
    renderElement(args, html`<p slot="empty">No emails yet. Send the invoice from the Billing tab.</p>`),
};

/** Statuses the email service may report that the element does not describe (`group_resubscribe`, `subscriptionchange`, …) are neutral badges with their own name, never dropped. The tooltip of one is open. */
export const UnknownStatus: Story = {
  name: 'Unknown status',
  tags: ['state:tooltip'],
  args: { src: historyUrl('unknown-status') },
  decorators: [roomAbove],
  play: ({ canvasElement }) => openTooltip(canvasElement, 'group_resubscribe'),
};

/**
 * A paged endpoint: it answers with the newest 25 sends and `next`, the URL
 * of the page before them. "Show older sends" at the end appends that page,
 * moves focus to the first send it added and announces how many; here it has
 * been pressed once.
 */
export const PagedHistory: Story = {
  name: 'Paged history: Show older sends',
  tags: ['state:history'],
  args: { src: historyUrl('paged') },
  play: ({ canvasElement }) => showOlderSends(canvasElement),
};

/** Types other than To, CC and BCC are listed after BCC with the name the endpoint sent. */
export const UnknownRecipientType: Story = {
  name: 'Unknown recipient type',
  tags: ['state:history'],
  args: { src: historyUrl('unknown-type') },
};

/** Missing or unreadable times read "Time unknown" and sort after the dated ones. */
export const TimeUnknown: Story = {
  name: 'Time unknown',
  tags: ['state:history'],
  args: { src: historyUrl('time-unknown') },
};

/** Two hundred sends, 400 recipients and 1,600 badges. */
export const TwoHundredSends: Story = {
  name: '200 sends',
  tags: ['state:history', '!autodocs'],
  args: { src: historyUrl('many-sends') },
};

/** Very long names, addresses, subjects, reasons and links wrap instead of overflowing. */
export const LongText: Story = {
  name: 'Very long names, addresses and reasons',
  tags: ['state:history'],
  args: { src: historyUrl('long-text') },
};

/**
 * The long bounce reason and server response in a tooltip taller than the
 * space below its badge: the tooltip stays in the viewport and its text
 * scrolls (which keyboard users must be able to do too).
 */
export const LongTextTooltip: Story = {
  name: 'Very long reason, tooltip open',
  tags: ['state:tooltip'],
  args: { src: historyUrl('long-text') },
  play: ({ canvasElement }) => openTooltip(canvasElement, 'bounce'),
};

/**
 * Forty opens, one a day: the tooltip is taller than the screen, so it keeps
 * inside the viewport and its text scrolls. Keyboard users must be able to
 * scroll it too (axe: scrollable-region-focusable).
 */
export const TallTooltip: Story = {
  name: 'Tooltip taller than the screen',
  tags: ['state:tooltip'],
  args: { src: historyUrl('many-opens') },
  play: ({ canvasElement }) => openTooltip(canvasElement, 'open'),
};

/** In a 320 px wide container (a phone, a narrow side panel). */
export const NarrowContainer: Story = {
  name: '320 px wide container',
  tags: ['state:history'],
  decorators: [inContainer('320px')],
};

/** The bounce tooltip in a 320 px wide container. */
export const NarrowContainerTooltip: Story = {
  name: '320 px wide container, tooltip open',
  tags: ['state:tooltip'],
  decorators: [inContainer('320px'), roomAbove],
  play: ({ canvasElement }) => openTooltip(canvasElement, 'bounce'),
};

/** The same history given through the `data` property: nothing is fetched. For hosts that already have the data. */
export const DataProperty: Story = {
  name: 'Data property (no fetch)',
  tags: ['state:history'],
  args: { src: '', data: realisticHistory() },
};

/** Words and dates follow the `locale` attribute, times the `time-zone` (here German, New York time). Try others in the controls. */
export const LocaleAndTimeZone: Story = {
  name: 'Locale and time zone',
  tags: ['state:history'],
  args: { locale: 'de-DE', 'time-zone': 'America/New_York' },
};

/**
 * Themed through the documented custom properties, set on an ancestor: the
 * demo's dark theme (demo/dark-theme.css) on a dark host page.
 */
export const DarkTheme: Story = {
  name: 'Theming: dark',
  tags: ['state:history'],
  decorators: [
    (story) => html`<style>
        .dark-page {
          padding: 1rem;
          background: #0d1117;
        }
      </style>
      <div class="dark dark-page">${story()}</div>`,
  ],
};
