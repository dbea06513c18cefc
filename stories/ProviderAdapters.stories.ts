/**
 * Each provider's documented sample webhook payloads (fixtures/providers/),
 * mapped by its adapter from `invoice-communications/adapters` together with
 * a host's record of the send, and shown by the element. What a designer sees
 * here is what a host on that provider will show.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromSendGrid, type HostSend } from '../src/adapters/index.js';
import sendGrid from '../fixtures/providers/sendgrid.json';
import { baseMeta, type ElementArgs } from './shared.js';

interface ProviderSample {
  source: string;
  events: unknown;
  sends: HostSend[];
}

const meta = {
  ...baseMeta,
  title: 'Provider adapters',
  tags: ['!autodocs'],
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

const story = (name: string, history: unknown, sample: ProviderSample): Story => ({
  name,
  tags: ['state:history'],
  args: { src: '', data: history },
  parameters: { docs: { description: { story: `Samples from ${sample.source}` } } },
});

/** SendGrid's documented batch, one event of each kind, all in the same second. */
export const SendGrid = story('SendGrid', fromSendGrid(sendGrid.events, sendGrid.sends), sendGrid as ProviderSample);
