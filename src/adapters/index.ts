/**
 * `invoice-communications/adapters`: provider webhook events and the host's
 * own record of its sends become the element's JSON contract. No Lit, no DOM,
 * no side effects: runs in Node and browsers, tree-shakes per provider.
 */
export { fromSendGrid, sendGridEventKey, sendGridMessageId } from './sendgrid.js';
export { fromPostmark } from './postmark.js';
export { fromResend } from './resend.js';
export { fromMailgun } from './mailgun.js';
export { fromSes } from './ses.js';
export type { AdaptedEvent, AdapterOptions, HostRecipient, HostSend } from './history.js';
export type { RawInvoiceHistory } from '../data/contract.js';
