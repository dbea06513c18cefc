import type { InvoiceHistory } from '../data/contract.js';
import type { HistoryLoadError } from '../data/load.js';

// Prefixed names: a bubbling `load` or `error` would reach window.onerror,
// error trackers and framework handlers meant for images and scripts.
const init = { bubbles: true, composed: true } as const;

/** Fired when a request for the history starts. `detail.url` is what is requested. */
export class InvoiceCommunicationsLoadStartEvent extends CustomEvent<{ url: string }> {
  static readonly eventName = 'ic-loadstart';
  constructor(url: string) {
    super(InvoiceCommunicationsLoadStartEvent.eventName, { ...init, detail: { url } });
  }
}

/** Fired when a history has been loaded and normalised; `detail.history` is what is shown. */
export class InvoiceCommunicationsLoadEvent extends CustomEvent<{ history: InvoiceHistory }> {
  static readonly eventName = 'ic-load';
  constructor(history: InvoiceHistory) {
    super(InvoiceCommunicationsLoadEvent.eventName, { ...init, detail: { history } });
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
export class InvoiceCommunicationsErrorEvent extends CustomEvent<{ error: HistoryLoadError }> {
  static readonly eventName = 'ic-error';
  constructor(error: HistoryLoadError) {
    super(InvoiceCommunicationsErrorEvent.eventName, { ...init, detail: { error } });
  }
  get error(): HistoryLoadError {
    return this.detail.error;
  }
}

declare global {
  interface HTMLElementEventMap {
    'ic-loadstart': InvoiceCommunicationsLoadStartEvent;
    'ic-load': InvoiceCommunicationsLoadEvent;
    'ic-error': InvoiceCommunicationsErrorEvent;
  }
}
