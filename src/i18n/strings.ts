/**
 * Every string a person sees or hears, in one place, so a translation is one
 * object. Status copy follows the product description (SendGrid's events).
 */
import type { KnownRecipientType } from '../data/contract.js';
import type { KnownStatus } from '../data/statuses.js';

export interface StatusCopy {
  /** The badge text. */
  label: string;
  /** What the status means. */
  meaning: string;
  /** What the person should do about it, where there is something to do. */
  action?: string;
}

export const strings = {
  statuses: {
    processed: {
      label: 'Processed',
      meaning:
        'The email service received this message and is preparing it for delivery. Every message starts here unless it is dropped.',
    },
    dropped: {
      label: 'Dropped',
      meaning:
        'The email service did not send this message, for example because it found spam content or this address bounced before.',
      action:
        "Check the client's email address on the Client/Matter, correct it or get an updated one from your client, then resend the invoice.",
    },
    deferred: {
      label: 'Deferred',
      meaning:
        'The receiving server has not accepted the message yet, but has not rejected it (a soft bounce). The email service keeps trying for up to 72 hours; after that it is blocked.',
      action:
        'Nothing to do yet. If it is still not delivered after 72 hours, confirm the address with your client and resend the invoice.',
    },
    bounce: {
      label: 'Bounce',
      meaning:
        'The receiving server could not or would not accept the message. This is usually an outdated or mistyped address.',
      action:
        'Check the contact details for the Client/Matter or get updated details from your client, then resend the invoice. Until the address is fixed, later emails to it will be dropped.',
    },
    blocked: {
      label: 'Blocked',
      meaning:
        'The message was deferred and the email service gave up after trying for 72 hours without delivery.',
      action:
        'Confirm the address with your client, or use another one, then resend the invoice.',
    },
    delivered: {
      label: 'Delivered',
      meaning:
        "The receiving server accepted the message. This does not guarantee it reached the inbox: the recipient's server may still delete it, quarantine it or file it as junk.",
      action: 'If your client cannot find it, ask them to check their junk or spam folder.',
    },
    open: {
      label: 'Open',
      meaning:
        'The message was viewed with images turned on. This is reported on every view. Opens are only seen when images load, so a missing Open does not mean it was not read.',
    },
    click: {
      label: 'Click',
      meaning:
        'A link in the message was clicked. This shows the message was received and opened, even if images were off.',
    },
    spamreport: {
      label: 'Spam report',
      meaning:
        "The recipient marked this email as spam. Their email provider may now file your emails as junk, and the email service will not send to this address again until it is cleared.",
      action:
        'Contact your client another way (phone, or a personal message) to make sure they have the invoice and to ask them to mark your address as safe. Do not resend it to this address until they have.',
    },
    unsubscribe: {
      label: 'Unsubscribed',
      meaning:
        'The recipient used the unsubscribe link. The email service may not send later emails to this address.',
      action:
        'Ask your client how they want to receive invoices, and update their contact details before sending again.',
    },
  } satisfies Record<KnownStatus, StatusCopy>,

  unknownStatus: (name: string): StatusCopy => ({
    label: name,
    meaning: `The email service reported "${name}", a status this view does not describe.`,
  }),

  recipientTypes: { to: 'To', cc: 'CC', bcc: 'BCC' } satisfies Record<KnownRecipientType, string>,
  /** Label for a recipient type the component does not know. */
  otherRecipientType: (raw: string) => raw || 'Other',

  /** Visible badge text for a repeated status: "Open ×3". */
  badgeCount: (label: string, count: number) => `${label} ×${count}`,
  /** Accessible name for a repeated status: "Open, 3 times". */
  badgeName: (label: string, count: number) => (count > 1 ? `${label}, ${count} times` : label),

  timeUnknown: 'Time unknown',
  whatToDo: 'What to do:',
  attempt: (n: number) => `Attempt ${n}`,
  reason: (text: string) => `Reason: ${text}`,
  response: (text: string) => `Server response: ${text}`,
  link: (url: string) => `Link: ${url}`,
  automatedOpen: 'Automated open (a privacy proxy or scanner, not necessarily a person)',

  sentBy: (name: string) => `Sent by ${name}`,
  recipientCount: (n: number) => (n === 1 ? '1 recipient' : `${n} recipients`),
  statusesOf: (who: string) => `Statuses for ${who}`,
  noStatuses: 'No status reported yet',
  historyLabel: 'Email history',

  loading: 'Loading email history…',
  renderingProgress: (shown: number, total: number) =>
    `Showing ${shown.toLocaleString()} of ${total.toLocaleString()} sends…`,
  refreshing: 'Updating…',
  empty: 'This invoice has not been sent yet.',
  retry: 'Retry',
  errorTitle: 'The email history could not be loaded.',
  errors: {
    http: (status: number, statusText: string) =>
      `The server answered ${status}${statusText ? ` ${statusText}` : ''}.`,
    network: 'The server could not be reached. Check your connection and try again.',
    timeout: (seconds: number) => `The server did not answer within ${seconds} seconds.`,
    noContent: 'The server answered with no content.',
    html: 'The server sent a web page instead of the email history. You may need to sign in again.',
    notJson: 'The server did not send valid JSON.',
    format: (problem: string) => `The server's answer is not an email history: ${problem}.`,
    transform: (problem: string) => `The server's answer could not be turned into an email history: ${problem}.`,
    unknown: 'Something went wrong while loading the email history.',
  },
  /** A console warning for the host's developer, about the `locale` or `time-zone` attribute. */
  invalidOption: (attribute: string, value: string) =>
    `<invoice-communications>: ${attribute} "${value}" is not valid; using the browser's default.`,
} as const;

export type Strings = typeof strings;
