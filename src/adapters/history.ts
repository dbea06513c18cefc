/**
 * What every adapter shares: the host's own record of its sends, the event
 * an adapter makes of one provider payload for one recipient, and how those
 * events become a history in the element's JSON contract. No Lit, no DOM:
 * it runs in Node and in browsers.
 */
import type { RawDeliveryEvent, RawInvoiceHistory, RawRecipient, RawSend } from '../data/contract.js';
import { parseInstant } from '../data/time.js';

/** A recipient as the host sent to it: providers do not know To, CC or BCC. */
export interface HostRecipient {
  email: string;
  name?: string;
  /** `to`, `cc` or `bcc`. */
  type: string;
}

/** The host's record of one send of the invoice. */
export interface HostSend {
  id: string;
  /** ISO 8601 with an offset, or Unix epoch seconds. */
  sentAt: string | number;
  subject?: string;
  sentBy?: string;
  /** The provider's id for the message, as its send API answered (SendGrid: the X-Message-Id). */
  messageId?: string;
  recipients: HostRecipient[];
}

export interface AdapterOptions {
  /** Receives each provider event that belongs to no send; it is left out of the history. */
  onUnmatched?: (event: unknown) => void;
}

/** One provider event for one recipient, in our vocabulary. */
export interface AdaptedEvent {
  /** The payload it came from: what `onUnmatched` receives. */
  source: unknown;
  /** Webhooks are retried: events with the same key count once. */
  key: string;
  /** The provider's message id, compared with `HostSend.messageId`. */
  messageId?: string | undefined;
  /** A `send_id` the host put in the provider's custom data, compared with `HostSend.id`. */
  sendId?: string | undefined;
  email: string;
  event: RawDeliveryEvent;
}

type Loose = Record<string, unknown>;

/** Reads a payload field by field without trusting its shape. */
export const asLoose = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};

/** Text from a string or a number; anything else is undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A finite number from a number or numeric text (SendGrid sends `attempt` as "1"). */
export function count(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/**
 * A provider time in the contract's form: epoch seconds stay numbers; text is
 * read as ISO 8601 (any number of fraction digits) and given back as UTC ISO.
 * Unreadable text is kept as it is: the element shows "Time unknown".
 */
export function contractTime(value: unknown): string | number {
  if (typeof value === 'number') return value;
  const raw = text(value) ?? '';
  const trimmed = raw.trim().replace(/(\.\d{3})\d+/, '$1');
  const ms = parseInstant(trimmed);
  return ms === null ? raw : new Date(ms).toISOString();
}

/** Message ids compare without surrounding angle brackets or spaces. */
export const messageKey = (id: unknown): string | undefined =>
  text(id)?.trim().replace(/^<(.*)>$/, '$1') || undefined;

/** Only the optional details that have a value. */
export function details(event: RawDeliveryEvent): RawDeliveryEvent {
  const clean: Loose = {};
  for (const [key, value] of Object.entries(event)) if (value !== undefined && value !== '') clean[key] = value;
  return clean as unknown as RawDeliveryEvent;
}

interface SendEntry {
  send: RawSend;
  byEmail: Map<string, RawRecipient>;
}

function entryFor(host: HostSend): SendEntry {
  const recipients = (Array.isArray(host.recipients) ? host.recipients : []).map((r) => {
    const recipient: RawRecipient = { email: text(r?.email) ?? '', type: text(r?.type) ?? '', events: [] };
    if (text(r?.name)) recipient.name = text(r.name)!;
    return recipient;
  });
  const send: RawSend = { id: text(host.id) ?? '', sentAt: host.sentAt, recipients };
  if (text(host.subject)) send.subject = text(host.subject)!;
  if (text(host.sentBy)) send.sentBy = text(host.sentBy)!;
  // An address listed twice (To and CC) gets its events on its first entry.
  const byEmail = new Map<string, RawRecipient>();
  for (const r of recipients) {
    const address = r.email.trim().toLowerCase();
    if (!byEmail.has(address)) byEmail.set(address, r);
  }
  return { send, byEmail };
}

/**
 * Places each event in its send (by message id, else by the `send_id` in its
 * custom data) and there with the recipient of the same address (compared
 * case-insensitively; an address the host did not list becomes a recipient
 * with no type). Duplicates count once; events that match no send go to
 * `onUnmatched`, once per payload, and nowhere else.
 */
function toHistory(events: Iterable<AdaptedEvent>, sends: unknown, options: AdapterOptions = {}): RawInvoiceHistory {
  const hosts = (Array.isArray(sends) ? sends : []).filter(
    (send): send is HostSend => typeof send === 'object' && send !== null,
  );
  const entries = hosts.map(entryFor);
  const byMessage = new Map<string, SendEntry>();
  const byId = new Map<string, SendEntry>();
  entries.forEach((entry, index) => {
    const messageId = messageKey(hosts[index]?.messageId);
    if (messageId && !byMessage.has(messageId)) byMessage.set(messageId, entry);
    if (!byId.has(entry.send.id)) byId.set(entry.send.id, entry);
  });
  const seen = new Set<string>();
  const reported = new Set<unknown>();
  for (const adapted of events) {
    // A retried webhook delivers the same event again: it counts once, matched or not.
    if (seen.has(adapted.key)) continue;
    seen.add(adapted.key);
    const entry =
      (adapted.messageId && byMessage.get(adapted.messageId)) || (adapted.sendId && byId.get(adapted.sendId)) || undefined;
    if (!entry) {
      if (!reported.has(adapted.source)) {
        reported.add(adapted.source);
        options.onUnmatched?.(adapted.source);
      }
      continue;
    }
    const address = adapted.email.trim().toLowerCase();
    let recipient = entry.byEmail.get(address);
    if (!recipient) {
      recipient = { email: adapted.email.trim(), type: '', events: [] };
      entry.send.recipients.push(recipient);
      entry.byEmail.set(address, recipient);
    }
    recipient.events.push(adapted.event);
  }
  return { sends: entries.map((entry) => entry.send) };
}

/** What a provider makes of one payload: its events, or nothing when it cannot read it. */
export type PayloadReader = (payload: unknown) => AdaptedEvent | AdaptedEvent[] | undefined;

/**
 * A provider's adapter, from how it reads one payload: it takes the payloads
 * as they arrive (one, an array, or arrays of them), hands each unreadable
 * one to `onUnmatched`, and builds the history from the rest.
 */
export function adapter(read: PayloadReader) {
  return (events: unknown, sends: unknown, options: AdapterOptions = {}): RawInvoiceHistory => {
    const payloads = (Array.isArray(events) ? events : [events]).flat();
    const adapted: AdaptedEvent[] = [];
    for (const payload of payloads) {
      const found = read(payload);
      const list = Array.isArray(found) ? found : found ? [found] : [];
      // One payload may concern very many addresses: no spread into push().
      if (list.length) for (const event of list) adapted.push(event);
      else options.onUnmatched?.(payload);
    }
    return toHistory(adapted, sends, options);
  };
}
