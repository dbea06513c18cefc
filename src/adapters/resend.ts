/**
 * Resend's webhooks: each POST is one `{ type, created_at, data }` body, for
 * one email and every address in `data.to`.
 * https://resend.com/docs/webhooks/event-types
 */
import { asLoose, contractTime, details, messageKey, text, adapter, type AdaptedEvent } from './history.js';
import { RESEND, statusFor } from './vocabulary.js';

/**
 * A tag's value: the docs describe `tags` both as an object of key-value
 * pairs (as in every sample) and as an array of `{ name, value }`.
 */
function tag(tags: unknown, name: string): string | undefined {
  if (Array.isArray(tags)) {
    const found = tags.map(asLoose).find((entry) => text(entry['name']) === name);
    return found && text(found['value']);
  }
  return text(asLoose(tags)[name]);
}

/** The diagnostic codes, one a line; the docs show `diagnosticCode` as an array. */
function diagnostics(value: unknown): string | undefined {
  const lines = (Array.isArray(value) ? value : [value]).map(text).filter((line): line is string => !!line);
  return lines.length ? lines.join('\n') : undefined;
}

function adapt(source: unknown): AdaptedEvent[] {
  const body = asLoose(source);
  const type = text(body['type'])?.trim();
  const data = asLoose(body['data']);
  const messageId = messageKey(data['email_id']);
  const to = Array.isArray(data['to']) ? (data['to'] as unknown[]) : [data['to']];
  const emails = to.map(text).filter((email): email is string => !!email?.trim());
  if (!type || !messageId || !emails.length) return [];
  const bounce = asLoose(data['bounce']);
  const click = asLoose(data['click']);
  // created_at is when Resend created the webhook event; a click says when it happened.
  const at = contractTime(text(click['timestamp']) ?? body['created_at']);
  // Mapped statuses never start with "email.": only unknown names lose the prefix.
  const status = statusFor(RESEND, [type, text(bounce['type']), text(bounce['subType'])]).replace(/^email\./, '');
  const name = type.toLowerCase();
  const event = details({
    status,
    at,
    reason:
      text(bounce['message']) ?? text(asLoose(data['suppressed'])['message']) ?? text(asLoose(data['failed'])['reason']),
    response: diagnostics(bounce['diagnosticCode']),
    url: name === 'email.clicked' ? text(click['link']) : undefined,
  });
  return emails.map((email) => ({
    source,
    // The svix-id that tells retries apart is a header, not in the body.
    key: `${name}|${messageId}|${email.trim().toLowerCase()}|${String(at)}`,
    messageId,
    sendId: tag(data['tags'], 'send_id'),
    email,
    event: { ...event },
  }));
}

/**
 * A history from Resend webhook bodies (one per POST, or an array of them)
 * and the host's record of its sends.
 */
export const fromResend = adapter(adapt);
