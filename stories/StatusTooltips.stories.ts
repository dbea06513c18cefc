/**
 * One story per known status, each with that badge's tooltip open (the play
 * function hovers the badge), so every tooltip's words and look can be
 * reviewed. The words come from src/i18n/en.ts; the Statuses page lists the
 * same vocabulary as a table.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { KnownStatus } from '../src/data/contract.js';
import { statusCopy } from '../src/view/badge.js';
import { en } from '../src/i18n/en.js';
import { Text } from '../src/i18n/text.js';
import { historyUrl } from './handlers.js';
import { openTooltip } from './play.js';
import { baseMeta, roomAbove, type ElementArgs } from './shared.js';

const meta = {
  ...baseMeta,
  title: 'Invoice communications/Status tooltips',
  // Play functions do not run on a Docs page, so there these would be
  // eight copies of one closed badge.
  tags: ['!autodocs', 'state:tooltip'],
  decorators: [roomAbove],
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

function tooltipStory(status: KnownStatus): Story {
  const { meaning, action } = statusCopy(status, new Text(en));
  return {
    args: { src: historyUrl(`status-${status}`) },
    parameters: { docs: { description: { story: action ? `${meaning} ${action}` : meaning } } },
    play: ({ canvasElement }) => openTooltip(canvasElement, status),
  };
}

export const Processed = tooltipStory('processed');
export const Dropped = tooltipStory('dropped');
export const Deferred = tooltipStory('deferred');
export const Bounce = tooltipStory('bounce');
export const Blocked = tooltipStory('blocked');
export const Delivered = tooltipStory('delivered');
export const Open = tooltipStory('open');
export const Click = tooltipStory('click');
