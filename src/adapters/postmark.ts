/**
 * Postmark's webhooks: each POST is one JSON object, one event for one
 * recipient, named by its `RecordType`.
 * https://postmarkapp.com/developer/webhooks/webhooks-overview
 */
import { asLoose, contractTime, details, messageKey, text, adapter, type AdaptedEvent } from './history.js';
import { POSTMARK, statusFor } from './vocabulary.js';

/** The event's time: each record type names it differently. */
const TIME_FIELDS = ['DeliveredAt', 'BouncedAt', 'ReceivedAt', 'ChangedAt'] as const;

type Loose = ReturnType<typeof asLoose>;

function statusOf(record: string, event: Loose): string {
  const name = record.toLowerCase();
  if (name === 'bounce') {
    const type = text(event['Type'])?.trim();
    // A Bounce record's Type says what happened; a Type with no entry
    // (AutoResponder, Unknown, SpamNotification…) is not shown as a bounce
    // but as an unknown status under that Type.
    if (type && !Object.hasOwn(POSTMARK, `bounce:${type.toLowerCase()}`)) return type.toLowerCase();
    return statusFor(POSTMARK, [record, type]);
  }
  if (name === 'subscriptionchange') {
    const suppress = event['SuppressSending'];
    return statusFor(POSTMARK, [
      record,
      suppress === true ? 'suppressed' : suppress === false ? 'reactivated' : undefined,
      text(event['SuppressionReason']),
      text(event['Origin']),
    ]);
  }
  return statusFor(POSTMARK, [record]);
}

function adapt(source: unknown): AdaptedEvent | undefined {
  const event = asLoose(source);
  const record = text(event['RecordType'])?.trim();
  // Delivery, Open, Click and SubscriptionChange name the address Recipient; Bounce and SpamComplaint, Email.
  const email = text(event['Recipient']) ?? text(event['Email']);
  if (!record || !email?.trim()) return undefined;
  const messageId = messageKey(event['MessageID']);
  const at = contractTime(TIME_FIELDS.map((field) => event[field]).find((value) => value != null));
  const status = statusOf(record, event);
  const name = record.toLowerCase();
  const bounce = name === 'bounce';
  return {
    source,
    // Bounce and SpamComplaint records carry Postmark's ID; the docs' samples
    // share one (42), so the record, address and time keep them apart while a
    // retried webhook still collapses.
    key: `${text(event['ID']) ?? messageId}|${name}|${email.trim().toLowerCase()}|${String(at)}`,
    messageId,
    sendId: text(asLoose(event['Metadata'])['send_id']),
    email,
    event: details({
      status,
      at,
      // Bounce: Description explains the bounce type, Details is what the receiving server answered.
      reason: bounce
        ? text(event['Description'])
        : name === 'subscriptionchange' && status !== 'unsubscribe'
          ? text(event['SuppressionReason'])
          : undefined,
      // Delivery: Details is "the response line received from the destination email server".
      response: bounce || name === 'delivery' ? text(event['Details']) : undefined,
      url: name === 'click' ? text(event['OriginalLink']) : undefined,
    }),
  };
}

/**
 * A history from Postmark webhook bodies (one object per POST, or an array of
 * them) and the host's record of its sends.
 */
export const fromPostmark = adapter(adapt);
