/**
 * The side-effect-free entry: the class, types and data helpers, for hosts
 * that register the element under their own tag or in a scoped registry.
 */
export { InvoiceCommunications } from './invoice-communications.js';
export {
  InvoiceCommunicationsErrorEvent,
  InvoiceCommunicationsLoadEvent,
  InvoiceCommunicationsLoadStartEvent,
} from './events.js';
export { HistoryLoadError, historyFromBody, loadHistory } from './load-history.js';
export type { HistoryFetcher, HistoryLoadErrorKind } from './load-history.js';
export { HistoryFormatError, parseHistory } from './data/parse.js';
export { normaliseHistory } from './data/normalise.js';
export { parseInstant } from './data/time.js';
export { describeBadge, statusCopy, statusTone } from './describe.js';
export type { BadgeDescription, StatusTone } from './describe.js';
export { strings } from './strings.js';
export type { Strings, StatusCopy } from './strings.js';
export { KNOWN_STATUSES, RECIPIENT_TYPES } from './data/types.js';
export type * from './data/types.js';
