/**
 * Mailgun's webhooks: each POST is one `{ signature, "event-data" }` body for
 * one recipient and event; `event-data` has the same shape as the Events API's
 * events. https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhook-payloads
 */
import { asLoose, contractTime, count, details, messageKey, text, adapter, type AdaptedEvent } from './history.js';
import { MAILGUN, statusFor } from './vocabulary.js';

/** The event data of a webhook body, or the body itself when it is the event data alone. */
function eventDataOf(body: unknown): Record<string, unknown> {
  const loose = asLoose(body);
  return 'event-data' in loose ? asLoose(loose['event-data']) : loose;
}

/** The receiving server's answer: "550 5.5.0 …", its code first unless the text already has it. */
function responseOf(status: Record<string, unknown>): string | undefined {
  const message = text(status['message'])?.trim();
  if (!message) return undefined;
  const code = text(status['code']);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}

function adapt(source: unknown): AdaptedEvent | undefined {
  const data = eventDataOf(source);
  const email = text(data['recipient']);
  const name = text(data['event']);
  if (!email || !name) return undefined;
  const messageId = messageKey(asLoose(asLoose(data['message'])['headers'])['message-id']);
  const at = contractTime(data['timestamp']);
  const delivery = asLoose(data['delivery-status']);
  const reason = text(data['reason']);
  // Only a failure is qualified: its severity, then Mailgun's reason (suppress-bounce, old, …).
  const failed = name.trim().toLowerCase() === 'failed';
  // `client-info.bot` names the bot when Mailgun detected one; null or "" when not.
  const bot = asLoose(data['client-info'])['bot'];
  return {
    source,
    key: text(data['id']) ?? `${name}|${messageId}|${email.trim().toLowerCase()}|${String(at)}`,
    messageId,
    sendId: text(asLoose(data['user-variables'])['send_id']),
    email,
    event: details({
      status: statusFor(MAILGUN, failed ? [name, text(data['severity']), reason] : [name]),
      at,
      // The description is Mailgun's sentence ("Not delivering to previously bounced address"); the reason its code.
      reason: text(delivery['description'])?.trim() || reason,
      response: responseOf(delivery),
      attempt: count(delivery['attempt-no']),
      url: text(data['url']),
      machine: bot === true || (typeof bot === 'string' && bot.trim() !== '') ? true : undefined,
    }),
  };
}

/**
 * A history from Mailgun webhook bodies (`{ signature, "event-data" }`, or the
 * event data alone, or arrays of either) and the host's record of its sends.
 */
export const fromMailgun = adapter(adapt);
