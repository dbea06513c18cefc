import { InvoiceCommunications } from './invoice-communications.js';

/** Registers `<invoice-communications>`; safe to run twice (two bundles on one page). */
InvoiceCommunications.define();

declare global {
  interface HTMLElementTagNameMap {
    'invoice-communications': InvoiceCommunications;
  }
}
