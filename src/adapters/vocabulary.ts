/**
 * Each provider's event names mapped onto the element's statuses, one table
 * per provider. A key is the provider's event name, qualified where the name
 * alone is not enough (`bounce:blocked`, `failed:temporary`); the most
 * specific key that exists wins. A name in no table becomes an unknown status
 * under the provider's own name, shown neutral and never dropped; a status a
 * provider has no event for (Postmark has no "processed") is never invented.
 */
export type Vocabulary = Readonly<Record<string, string>>;

export const SENDGRID: Vocabulary = {
  processed: 'processed',
  dropped: 'dropped',
  deferred: 'deferred',
  bounce: 'bounce',
  'bounce:blocked': 'blocked',
  delivered: 'delivered',
  open: 'open',
  click: 'click',
  spamreport: 'spamreport',
  unsubscribe: 'unsubscribe',
  group_unsubscribe: 'unsubscribe',
};

/**
 * Postmark's record types (`RecordType`); a Bounce is qualified by its `Type`
 * (https://postmarkapp.com/developer/api/bounce-api#bounce-types), and a
 * bounce Type with no entry here is an unknown status under that Type. A
 * SubscriptionChange is qualified by suppressed or reactivated
 * (`SuppressSending`), then `SuppressionReason`, then `Origin`. Postmark has
 * no "processed" event.
 */
export const POSTMARK: Vocabulary = {
  delivery: 'delivered',
  'bounce:hardbounce': 'bounce',
  // Temporary in Postmark's bounce types: Transient "could not temporarily deliver your message",
  // SoftBounce "Unable to temporarily deliver message", DnsError "A temporary DNS error".
  'bounce:transient': 'deferred',
  'bounce:softbounce': 'deferred',
  'bounce:dnserror': 'deferred',
  // "ISP block: Blocked from this ISP due to content or blacklisting."
  'bounce:blocked': 'blocked',
  // "Invalid email address" and a DMARC rejection are the receiving side refusing: bounces.
  'bounce:bademailaddress': 'bounce',
  'bounce:dmarcpolicy': 'bounce',
  // "Spam complaint": the recipient marked the message as spam.
  'bounce:spamcomplaint': 'spamreport',
  // "Unsubscribe request: Unsubscribe or Remove request" from the recipient's side.
  'bounce:unsubscribe': 'unsubscribe',
  open: 'open',
  click: 'click',
  spamcomplaint: 'spamreport',
  // "If a recipient unsubscribes, they will be suppressed with the SuppressionReason of ManualSuppression."
  'subscriptionchange:suppressed:manualsuppression:recipient': 'unsubscribe',
  // Suppressed after a hard bounce or spam complaint (reported by their own records) or by the sender:
  // no unsubscribe, but later sends to the address are not delivered. Reactivated: they are again.
  'subscriptionchange:suppressed': 'suppressed',
  'subscriptionchange:reactivated': 'reactivated',
};

/**
 * Resend's email event types (`type`); email.bounced is qualified by its
 * bounce type, then subtype. Any other type (email.scheduled, email.failed,
 * email.suppressed…) is an unknown status under its name without the
 * "email." prefix. https://resend.com/docs/webhooks/event-types
 */
export const RESEND: Vocabulary = {
  // "The API request was successful. Resend will attempt to deliver the message to the recipient's mail server."
  'email.sent': 'processed',
  'email.delivered': 'delivered',
  // "couldn't be delivered due to a temporary issue"
  'email.delivery_delayed': 'deferred',
  // "the recipient's mail server permanently rejected the email"
  'email.bounced': 'bounce',
  'email.complained': 'spamreport',
  'email.opened': 'open',
  'email.clicked': 'click',
};

/**
 * Mailgun's event types; a failure is qualified by its severity, then its
 * reason. https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhook-payloads
 */
export const MAILGUN: Vocabulary = {
  accepted: 'processed',
  delivered: 'delivered',
  // Mailgun retries a temporary failure.
  'failed:temporary': 'deferred',
  'failed:permanent': 'bounce',
  // Not attempted: the address bounced, unsubscribed or complained before
  // (reasons listed among the Stats API's permanent failures).
  'failed:permanent:suppress-bounce': 'dropped',
  'failed:permanent:suppress-unsubscribe': 'dropped',
  'failed:permanent:suppress-complaint': 'dropped',
  // "old": Mailgun stopped retrying temporary failures (the message reached its retry limit).
  'failed:permanent:old': 'blocked',
  opened: 'open',
  clicked: 'click',
  complained: 'spamreport',
  unsubscribed: 'unsubscribe',
};

/**
 * Amazon SES's event types (`eventType`, or `notificationType` without event
 * publishing), qualified by bounce type and subtype, complaint subtype or
 * feedback type, or whether a subscription change opts out.
 * https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html
 */
export const SES: Vocabulary = {
  send: 'processed',
  delivery: 'delivered',
  // SES is still trying; expirationTime says until when.
  deliverydelay: 'deferred',
  bounce: 'bounce',
  'bounce:permanent': 'bounce',
  'bounce:undetermined': 'bounce',
  // SES did not attempt delivery: the address is on its global or the account's suppression list.
  'bounce:permanent:suppressed': 'dropped',
  'bounce:permanent:onaccountsuppressionlist': 'dropped',
  // Not a soft bounce in progress: SES reports a Transient bounce only once it has stopped retrying.
  'bounce:transient': 'blocked',
  // A virus: SES stops processing and does not attempt delivery.
  reject: 'dropped',
  complaint: 'spamreport',
  'complaint:onaccountsuppressionlist': 'dropped',
  // A report that the message is not spam is no spam report: an unknown status under its feedback type.
  'complaint:not-spam': 'not-spam',
  open: 'open',
  click: 'click',
  // A Subscription event that opts out of nothing (an opt-in) stays the unknown "subscription".
  'subscription:optout': 'unsubscribe',
};

/**
 * Our status for a provider event: `parts` is the event name then its
 * qualifiers, most general first. Unknown names keep the provider's name.
 */
export function statusFor(table: Vocabulary, parts: readonly (string | undefined)[]): string {
  const names = parts.map((part) => part?.trim().toLowerCase() ?? '');
  for (let n = names.length; n > 0; n--) {
    const key = names.slice(0, n).join(':');
    if (Object.hasOwn(table, key)) return table[key] ?? key;
  }
  return names[0] || 'unknown';
}
