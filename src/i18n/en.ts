/**
 * English: the default language, and the fallback for every missing word.
 * The status copy follows the product description (SendGrid's events), in
 * terms any practice software uses.
 */
import type { Catalogue } from './catalogue.js';

export const en: Catalogue = {
  dir: 'ltr',
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
        "Check the client's email address in their contact details, correct it or get an updated one from your client, then resend the invoice.",
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
        "Check the client's contact details or get updated details from your client, then resend the invoice. Until the address is fixed, later emails to it will be dropped.",
    },
    blocked: {
      label: 'Blocked',
      meaning:
        'The message was deferred and the email service gave up after trying for 72 hours without delivery.',
      action: 'Confirm the address with your client, or use another one, then resend the invoice.',
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
        'The recipient marked this email as spam. Their email provider may now file your emails as junk, and the email service will not send to this address again until it is cleared.',
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
  },
  unknownStatus: 'The email service reported "{status}", a status this view does not describe.',
  recipientTypes: { to: 'To', cc: 'CC', bcc: 'BCC' },
  otherRecipientType: 'Other',
  badgeCount: '{label} ×{count}',
  badgeName: { one: '{label}', other: '{label}, {count} times' },

  timeUnknown: 'Time unknown',
  timeAgo: '{time} ({ago})',
  whatToDo: 'What to do:',
  attempt: 'Attempt {n}',
  reason: 'Reason: {text}',
  response: 'Server response: {text}',
  link: 'Link: {url}',
  automatedOpen: 'Automated open (a privacy proxy or scanner, not necessarily a person)',
  occurrenceSummary: { one: 'Reported {list}.', other: 'Reported {count} times: {list}.' },

  sentBy: 'Sent by {name}',
  recipientCount: { one: '{count} recipient', other: '{count} recipients' },
  statusesOf: 'Statuses for {who}',
  noStatuses: 'No status reported yet',
  historyLabel: 'Email history',

  summary: {
    delivered: { other: 'Delivered to {count} of {total}' },
    failures: {
      dropped: { other: '{count} dropped' },
      bounce: { other: '{count} bounced' },
      blocked: { other: '{count} blocked' },
    },
    retrying: { other: '{count} still retrying (gives up around {time})' },
    retryingUntimed: { other: '{count} still retrying' },
    pending: { other: '{count} not delivered yet' },
    opened: { other: 'opened by {count}' },
    clicked: { other: 'link clicked by {count}' },
    separator: ' · ',
  },
  earlierFailure: { dropped: 'Dropped on {date}', bounce: 'Bounced on {date}', blocked: 'Blocked on {date}' },
  earlierFailureUntimed: {
    dropped: 'Dropped on an earlier send',
    bounce: 'Bounced on an earlier send',
    blocked: 'Blocked on an earlier send',
  },
  actions: {
    resend: { label: 'Resend', name: 'Resend to {email}' },
    'edit-contact': { label: 'Edit contact', name: 'Edit contact {email}' },
  },
  actionsOf: 'Actions for {who}',
  pollFailed: 'Could not check for updates, so this history may be out of date. Will keep trying.',
  csv: {
    sendTime: 'Send time',
    subject: 'Subject',
    sentBy: 'Sent by',
    email: 'Recipient email',
    name: 'Name',
    type: 'Type',
    status: 'Status',
    eventTime: 'Event time',
    reason: 'Reason',
    response: 'Response',
    attempt: 'Attempt',
    url: 'URL',
    automated: 'Automated',
    incomplete: 'Older sends were not loaded: this export does not include them.',
  },
  showOlder: 'Show older sends',
  loadingOlder: 'Loading older sends…',
  retryOlder: 'Retry loading older sends',
  olderError: 'Older sends could not be loaded.',
  olderAdded: { one: '{count} older send added.', other: '{count} older sends added.' },

  loading: 'Loading email history…',
  renderingProgress: 'Showing {shown} of {total} sends…',
  refreshing: 'Updating…',
  empty: 'This invoice has not been sent yet.',
  retry: 'Retry',
  errorTitle: 'The email history could not be loaded.',
  errors: {
    http: 'The server answered {status}{statusText}.',
    network: 'The server could not be reached. Check your connection and try again.',
    timeout: { one: 'The server did not answer within {seconds} second.', other: 'The server did not answer within {seconds} seconds.' },
    noContent: 'The server answered with no content.',
    html: 'The server sent a web page instead of the email history. You may need to sign in again.',
    notJson: 'The server did not send valid JSON.',
    format: "The server's answer is not an email history: {problem}.",
    transform: "The server's answer could not be turned into an email history: {problem}.",
    unknown: 'Something went wrong while loading the email history.',
  },
};
