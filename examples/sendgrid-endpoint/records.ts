/**
 * What the endpoint accepts and how it keys it: SendGrid events (webhook
 * batches) and the host's record of each send (`POST /sends`).
 */
import type { HostSend } from '../../src/adapters/index.js';
import { sendGridEventKey, sendGridMessageId } from '../../src/adapters/index.js';
import { text } from '../../src/adapters/history.js';

export type SendGridEvent = Record<string, unknown> & { event: string; email: string };

/** A send as `POST /sends` takes it: the adapter's HostSend and the invoice it belongs to. */
export interface InvoiceSend extends HostSend {
  invoiceId: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Events are stored under the adapter's own dedupe key, so storing once and
// showing once agree.
export { sendGridEventKey };
export const messageKeyOf = sendGridMessageId;

/** A `send_id` the host put in `custom_args` (SendGrid posts custom args as top-level fields). */
export const sendIdOf = (event: Record<string, unknown>): string | undefined => text(event['send_id']);

/**
 * A webhook body's events, or a reason it is not a SendGrid batch: an array
 * of objects, each with text `event` and `email` (what the adapter needs to
 * place it). One bad item rejects the batch, so nothing of it is stored.
 */
export function readEventBatch(body: unknown): SendGridEvent[] | string {
  if (!Array.isArray(body)) return 'the body is not a JSON array of events';
  for (const [index, item] of body.entries()) {
    if (!isObject(item)) return `event ${index} is not an object`;
    if (typeof item['event'] !== 'string' || typeof item['email'] !== 'string') {
      return `event ${index} has no text "event" and "email"`;
    }
  }
  return body as SendGridEvent[];
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const RECIPIENT_TYPES = new Set(['to', 'cc', 'bcc']);

/** A `POST /sends` body as an InvoiceSend with only the known fields, or a reason it is not one. */
export function readSend(body: unknown): InvoiceSend | string {
  if (!isObject(body)) return 'the body is not a JSON object';
  const { invoiceId, id, sentAt, recipients } = body;
  if (!nonEmpty(invoiceId)) return '"invoiceId" is missing';
  if (!nonEmpty(id)) return '"id" is missing';
  if (!nonEmpty(sentAt) && !(typeof sentAt === 'number' && Number.isFinite(sentAt))) {
    return '"sentAt" is not ISO 8601 text or epoch seconds';
  }
  const texts: Partial<Record<'subject' | 'sentBy' | 'messageId', string>> = {};
  for (const name of ['subject', 'sentBy', 'messageId'] as const) {
    const value = body[name];
    if (typeof value === 'string') texts[name] = value;
    else if (value !== undefined) return `"${name}" is not text`;
  }
  if (!Array.isArray(recipients) || recipients.length === 0) return '"recipients" is not a non-empty array';
  const clean: InvoiceSend['recipients'] = [];
  for (const [index, recipient] of recipients.entries()) {
    if (!isObject(recipient) || !nonEmpty(recipient['email'])) return `recipients[${index}].email is missing`;
    const type = typeof recipient['type'] === 'string' ? recipient['type'].toLowerCase() : '';
    if (!RECIPIENT_TYPES.has(type)) return `recipients[${index}].type is not to, cc or bcc`;
    if (recipient['name'] !== undefined && typeof recipient['name'] !== 'string') return `recipients[${index}].name is not text`;
    clean.push({ email: recipient['email'], type, ...(nonEmpty(recipient['name']) && { name: recipient['name'] }) });
  }
  return { invoiceId, id, sentAt, ...texts, recipients: clean };
}
