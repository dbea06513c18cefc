import { InvoiceCommunications } from './invoice-communications.js';
import { en } from './i18n/en.js';
import { Text } from './i18n/text.js';

/** Registers `<invoice-communications>`; safe to run twice (two bundles on one page). */
InvoiceCommunications.define();

// The first date formatter on a page costs tens of milliseconds (locale and
// time-zone data). When the page is next idle, make the ones an element in
// the document's language will use, so the first history shown does not wait.
globalThis.requestIdleCallback?.(() => new Text(en, document.documentElement.lang).prepare());

declare global {
  interface HTMLElementTagNameMap {
    'invoice-communications': InvoiceCommunications;
  }
}
