/**
 * SendGrid's Event Webhook: each POST is an array of events, one per
 * recipient and event. https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event
 */
import { asLoose, contractTime, count, details, messageKey, text, adapter, type AdaptedEvent } from './history.js';
import { SENDGRID, statusFor } from './vocabulary.js';

/** The X-Message-Id the send API answered: sg_message_id is that, then ".filter…". */
export const sendGridMessageId = (event: unknown): string | undefined =>
  messageKey(text(asLoose(event)['sg_message_id'])?.split('.')[0]);

/**
 * The key a retried event repeats: store events under it to keep each once.
 * sg_event_id is unique per event, but SendGrid's own documented samples
 * share one placeholder id: the event, address and time keep them apart.
 */
export function sendGridEventKey(source: unknown): string {
  const event = asLoose(source);
  const id = text(event['sg_event_id']) ?? sendGridMessageId(event);
  const email = text(event['email'])?.toLowerCase();
  return `${id}|${text(event['event'])}|${email}|${String(contractTime(event['timestamp']))}`;
}

function adapt(source: unknown): AdaptedEvent | undefined {
  const event = asLoose(source);
  const email = text(event['email']);
  const name = text(event['event']);
  if (!email || !name) return undefined;
  const at = contractTime(event['timestamp']);
  return {
    source,
    key: sendGridEventKey(event),
    messageId: sendGridMessageId(event),
    sendId: text(event['send_id']),
    email,
    event: details({
      status: statusFor(SENDGRID, [name, name === 'bounce' ? text(event['type']) : undefined]),
      at,
      reason: text(event['reason']),
      response: text(event['response']),
      attempt: count(event['attempt']),
      url: text(event['url']),
      machine: typeof event['sg_machine_open'] === 'boolean' ? event['sg_machine_open'] : undefined,
    }),
  };
}

/**
 * A history from SendGrid events (the posted arrays, or their items) and the
 * host's record of its sends.
 */
export const fromSendGrid = adapter(adapt);
