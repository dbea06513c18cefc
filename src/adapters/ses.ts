/**
 * Amazon SES events through Amazon SNS: each POST is an SNS envelope whose
 * `Message` is the SES record as JSON text. Both SES formats are read: event
 * publishing (`eventType`, a configuration set's event destination) and the
 * older identity notifications (`notificationType`: Bounce, Complaint,
 * Delivery). One record may concern several recipients: it becomes one event
 * for each. https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html
 */
import { asLoose, contractTime, details, messageKey, text, adapter, type AdaptedEvent } from './history.js';
import { SES, statusFor } from './vocabulary.js';

type Loose = Record<string, unknown>;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The SES record in an SNS envelope, or the payload itself when it is a record; undefined when there is none. */
function recordOf(payload: unknown): Loose | undefined {
  const loose = asLoose(payload);
  if (!('Type' in loose) || !('Message' in loose)) return 'mail' in loose ? loose : undefined;
  // Only notifications carry SES records; subscription confirmations and the like do not.
  if (text(loose['Type']) !== 'Notification') return undefined;
  const message = loose['Message'];
  if (typeof message !== 'string') return 'mail' in asLoose(message) ? asLoose(message) : undefined;
  try {
    const parsed: unknown = JSON.parse(message);
    return 'mail' in asLoose(parsed) ? asLoose(parsed) : undefined;
  } catch {
    return undefined;
  }
}

/** An address from a list item: a string, or an object with `emailAddress`. */
const addressOf = (item: unknown): string | undefined =>
  (typeof item === 'string' ? item : text(asLoose(item)['emailAddress']))?.trim() || undefined;

/** Whether a Subscription record's preferences opt the recipient out of something they were not out of before. */
function optsOut(subscription: Loose): boolean {
  if (!('newTopicPreferences' in subscription)) return true; // the event comes from an unsubscribe link or header
  const now = asLoose(subscription['newTopicPreferences']);
  const before = asLoose(subscription['oldTopicPreferences']);
  if (now['unsubscribeAll'] === true && before['unsubscribeAll'] !== true) return true;
  const statuses = (preferences: Loose) =>
    new Map(
      list(preferences['topicSubscriptionStatus']).map((topic) => [
        text(asLoose(topic)['topicName']),
        // OptOut in the event records, OPT_OUT in the API.
        text(asLoose(topic)['subscriptionStatus'])?.toLowerCase().replace('_', ''),
      ]),
    );
  const old = statuses(before);
  return [...statuses(now)].some(([topic, status]) => status === 'optout' && old.get(topic) !== 'optout');
}

interface Reading {
  /** The addresses the record concerns. */
  recipients: unknown[];
  /** Qualifiers after the event type, most general first. */
  qualifiers?: (string | undefined)[];
  at?: unknown;
  reason?: string | undefined;
  /** The receiving server's answer: one for the record, or per recipient (`diagnosticCode`). */
  response?: string | undefined;
  url?: string | undefined;
}

/** What each SES event type tells: whom it concerns, when, and its details. */
function read(type: string, record: Loose, destination: unknown[]): Reading {
  switch (type) {
    case 'bounce': {
      const bounce = asLoose(record['bounce']);
      const kind = text(bounce['bounceType']);
      const subtype = text(bounce['bounceSubType']);
      return {
        recipients: list(bounce['bouncedRecipients']),
        qualifiers: [kind, subtype],
        at: bounce['timestamp'],
        reason: kind && subtype ? `${kind} bounce: ${subtype}` : kind || subtype,
      };
    }
    case 'complaint': {
      const complaint = asLoose(record['complaint']);
      // complaintSubType OnAccountSuppressionList: SES did not send; else the feedback type (abuse, not-spam, …).
      const kind = text(complaint['complaintSubType']) || text(complaint['complaintFeedbackType']);
      return {
        recipients: list(complaint['complainedRecipients']),
        qualifiers: [kind],
        at: complaint['timestamp'],
        reason: kind,
      };
    }
    case 'delivery': {
      const delivery = asLoose(record['delivery']);
      return {
        recipients: list(delivery['recipients']),
        at: delivery['timestamp'],
        response: text(delivery['smtpResponse']),
      };
    }
    case 'deliverydelay': {
      const delay = asLoose(record['deliveryDelay']);
      return {
        recipients: list(delay['delayedRecipients']),
        at: delay['timestamp'],
        reason: text(delay['delayType']),
      };
    }
    case 'reject':
      return { recipients: destination, reason: text(asLoose(record['reject'])['reason']) };
    case 'open':
      return { recipients: destination, at: asLoose(record['open'])['timestamp'] };
    case 'click': {
      const click = asLoose(record['click']);
      return { recipients: destination, at: click['timestamp'], url: text(click['link']) };
    }
    case 'subscription': {
      const subscription = asLoose(record['subscription']);
      return {
        recipients: destination,
        qualifiers: [optsOut(subscription) ? 'optout' : undefined],
        at: subscription['timestamp'],
      };
    }
    case 'rendering failure':
      return { recipients: destination, reason: text(asLoose(record['failure'])['errorMessage']) };
    default:
      // Send, and any type SES adds later: the message's addresses, at the message's time.
      return { recipients: destination };
  }
}

function adapt(source: unknown): AdaptedEvent[] {
  const record = recordOf(source);
  if (!record) return [];
  const name = text(record['eventType']) ?? text(record['notificationType']);
  if (!name?.trim()) return [];
  const type = name.trim().toLowerCase();
  const mail = asLoose(record['mail']);
  const messageId = messageKey(mail['messageId']);
  // Tags are lists of strings: `send_id: ["inv-1042-1"]`.
  const tag = asLoose(mail['tags'])['send_id'];
  const sendId = text(Array.isArray(tag) ? tag[0] : tag);
  const reading = read(type, record, list(mail['destination']));
  const at = contractTime(reading.at ?? mail['timestamp']);
  const status = statusFor(SES, [type, ...(reading.qualifiers ?? [])]);
  const adapted: AdaptedEvent[] = [];
  for (const item of reading.recipients) {
    const email = addressOf(item);
    if (!email) continue;
    adapted.push({
      source,
      key: `${type}|${messageId}|${email.toLowerCase()}|${String(at)}`,
      messageId,
      sendId,
      email,
      event: details({
        status,
        at,
        reason: reading.reason,
        response: reading.response ?? text(asLoose(item)['diagnosticCode']),
        url: reading.url,
      }),
    });
  }
  return adapted;
}

/**
 * A history from Amazon SES events (SNS notification envelopes, or the SES
 * records inside them, or arrays of either) and the host's record of its
 * sends. An envelope whose message is not an SES record goes to `onUnmatched`.
 */
export const fromSes = adapter(adapt);
