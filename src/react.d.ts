/**
 * JSX typings for React 19, which renders custom elements natively: it sets
 * properties the element has (`src`, `data`, `fetcher`, …), sets other props
 * as attributes (`time-zone`) and adds `on<event>` props as event listeners
 * (`onic-load` listens for `ic-load`).
 *
 * Opt in once, in any file of a React + TypeScript project:
 *
 *   /// <reference types="invoice-communications/react" />
 *
 * or `import type {} from 'invoice-communications/react';`. Needs
 * `@types/react` 19; nothing here is loaded at run time.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { InvoiceCommunications } from './invoice-communications.js';
import type {
  InvoiceCommunicationsActionEvent,
  InvoiceCommunicationsErrorEvent,
  InvoiceCommunicationsLoadEvent,
  InvoiceCommunicationsLoadStartEvent,
} from './element/events.js';

/** The props `<invoice-communications>` takes in React 19 JSX. */
export interface InvoiceCommunicationsProps
  extends HTMLAttributes<InvoiceCommunications>,
    RefAttributes<InvoiceCommunications> {
  /** URL of the endpoint that answers with the invoice's email history (JSON). */
  src?: string;
  /** A history to show without fetching, in the endpoint's JSON shape. */
  data?: unknown;
  /** Replaces `fetch` for hosts with their own API client or auth. */
  fetcher?: InvoiceCommunications['fetcher'];
  /** Maps the endpoint's JSON to the contract before it is checked (e.g. a provider adapter). */
  transform?: InvoiceCommunications['transform'];
  /** Whether the request sends cookies: `same-origin` (default), `include` or `omit`. */
  credentials?: RequestCredentials;
  /** BCP 47 locale for dates and times; the browser's when empty. */
  locale?: string;
  /** IANA time zone for dates and times (the property). */
  timeZone?: string;
  /** IANA time zone for dates and times (the attribute). */
  'time-zone'?: string;
  /** Milliseconds to wait for the endpoint before showing an error; 0 waits for ever. */
  timeout?: number;
  /** Actions offered on a failed recipient, space-separated: `resend`, `edit-contact`. */
  actions?: string;
  /** Seconds between checks for updates while mail is in flight; 0 never (the property). */
  pollInterval?: number;
  /** Seconds between checks for updates while mail is in flight; 0 never (the attribute). */
  'poll-interval'?: number | string;
  /** A request for the history started. */
  'onic-loadstart'?: (event: InvoiceCommunicationsLoadStartEvent) => void;
  /** A history was loaded and is shown. */
  'onic-load'?: (event: InvoiceCommunicationsLoadEvent) => void;
  /** Loading failed. */
  'onic-error'?: (event: InvoiceCommunicationsErrorEvent) => void;
  /** A person picked one of `actions` on a failed recipient. */
  'onic-action'?: (event: InvoiceCommunicationsActionEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'invoice-communications': InvoiceCommunicationsProps;
    }
  }
}
