/**
 * Each provider's documented sample webhook payloads (fixtures/providers/),
 * mapped by its adapter from `invoice-communications/adapters` together with
 * a host's record of the send, and shown by the element. What a designer sees
 * here is what a host on that provider will show.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromMailgun, fromPostmark, fromResend, fromSendGrid, fromSes, type HostSend } from '../src/adapters/index.js';
import mailgun from '../fixtures/providers/mailgun.json';
import postmark from '../fixtures/providers/postmark.json';
import resend from '../fixtures/providers/resend.json';
import sendGrid from '../fixtures/providers/sendgrid.json';
import ses from '../fixtures/providers/ses.json';
import { baseMeta, type ElementArgs } from './shared.js';

interface ProviderSample {
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

// Storybook reads each story's name and tags from its object literal, so only the args are computed.
const shown = (adapt: typeof fromSendGrid, sample: unknown): Story['args'] => {
  const { events, sends } = sample as ProviderSample;
  return { src: '', data: adapt(events, sends) };
};
const history = ['state:history'];

/** SendGrid's documented batch, one event of each kind, all in the same second. */
export const SendGrid: Story = { name: 'SendGrid', tags: history, args: shown(fromSendGrid, sendGrid) };

/** Postmark's documented webhook bodies: delivery, bounce, open, click, spam complaint, subscription change. */
export const Postmark: Story = { name: 'Postmark', tags: history, args: shown(fromPostmark, postmark) };

/** Mailgun's documented webhook payloads, temporary and permanent failures included. */
export const Mailgun: Story = { name: 'Mailgun', tags: history, args: shown(fromMailgun, mailgun) };

/** Amazon SES event records and notifications, as published to SNS. */
export const AmazonSes: Story = { name: 'Amazon SES', tags: history, args: shown(fromSes, ses) };

/** Resend's documented webhook events, one of each type. */
export const Resend: Story = { name: 'Resend', tags: history, args: shown(fromResend, resend) };
