import type { Instant, InvoiceHistory, Recipient, Send } from '../data/contract.js';
import type { HostAction } from '../i18n/catalogue.js';
import type { HistoryLoadError } from '../data/load.js';

// Prefixed names: a bubbling `load` or `error` would reach window.onerror,
// error trackers and framework handlers meant for images and scripts.
const init = { bubbles: true, composed: true } as const;

// `detail.older` is true for a page of older sends ("Show older sends"): it
// never replaces the history, and its failure leaves the history on screen.

/** Fired when a request for the history, or for a page of older sends, starts. `detail.url` is what is requested. */
export class InvoiceCommunicationsLoadStartEvent extends CustomEvent<{ url: string; older: boolean }> {
  static readonly eventName = 'ic-loadstart';
  constructor(url: string, older = false) {
    super(InvoiceCommunicationsLoadStartEvent.eventName, { ...init, detail: { url, older } });
  }
}

/** Fired when a history has been loaded and normalised; `detail.history` is what is shown. */
export class InvoiceCommunicationsLoadEvent extends CustomEvent<{ history: InvoiceHistory; older: boolean }> {
  static readonly eventName = 'ic-load';
  constructor(history: InvoiceHistory, older = false) {
    super(InvoiceCommunicationsLoadEvent.eventName, { ...init, detail: { history, older } });
  }
  get history(): InvoiceHistory {
    return this.detail.history;
  }
}

/**
 * Fired when loading fails. `detail.error.kind` says how (`http`, `network`,
 * `timeout`, `not-json`, `format`), `detail.error.message` is what the view
 * shows and `detail.error.cause` holds the original error.
 */
export class InvoiceCommunicationsErrorEvent extends CustomEvent<{ error: HistoryLoadError; older: boolean }> {
  static readonly eventName = 'ic-error';
  constructor(error: HistoryLoadError, older = false) {
    super(InvoiceCommunicationsErrorEvent.eventName, { ...init, detail: { error, older } });
  }
  get error(): HistoryLoadError {
    return this.detail.error;
  }
}

/** What `ic-action` says: the action, and the send and recipient it is for. */
export interface InvoiceCommunicationsActionDetail {
  /** `resend` or `edit-contact`: one of the element's `actions`. */
  action: HostAction;
  /** The send whose recipient failed. `sentAt` is epoch milliseconds (`null` when unknown), as in `history`. */
  send: { id: string; sentAt: Instant; subject: string | undefined };
  /** The recipient who failed; `type` is `to`, `cc`, `bcc` or `other`, as in `history`. */
  recipient: { email: string; name: string | undefined; type: Recipient['type'] };
}

/**
 * Fired when a person picks one of the host's actions (the `actions`
 * attribute) on a failed recipient. The element does nothing else: the host
 * resends, or opens the contact, from `detail`.
 */
export class InvoiceCommunicationsActionEvent extends CustomEvent<InvoiceCommunicationsActionDetail> {
  static readonly eventName = 'ic-action';
  constructor(action: HostAction, send: Send, recipient: Recipient) {
    super(InvoiceCommunicationsActionEvent.eventName, {
      ...init,
      detail: {
        action,
        send: { id: send.id, sentAt: send.sentAt, subject: send.subject },
        recipient: { email: recipient.email, name: recipient.name, type: recipient.type },
      },
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ic-loadstart': InvoiceCommunicationsLoadStartEvent;
    'ic-load': InvoiceCommunicationsLoadEvent;
    'ic-error': InvoiceCommunicationsErrorEvent;
    'ic-action': InvoiceCommunicationsActionEvent;
  }
}
