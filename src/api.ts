/**
 * The side-effect-free entry: the class, types and data helpers, for hosts
 * that register the element under their own tag or in a scoped registry.
 */
export { InvoiceCommunications } from './invoice-communications.js';
export {
  InvoiceCommunicationsActionEvent,
  InvoiceCommunicationsErrorEvent,
  InvoiceCommunicationsLoadEvent,
  InvoiceCommunicationsLoadStartEvent,
} from './element/events.js';
export { HistoryLoadError, historyFromBody, loadHistory } from './data/load.js';
export type { HistoryFetcher, HistoryLoadErrorKind, HistoryTransform } from './data/load.js';
export { HistoryFormatError, parseHistory } from './data/parse.js';
export { normaliseHistory } from './data/normalise.js';
export type { InvoiceCommunicationsActionDetail } from './element/events.js';
export { earlierFailures, recipientOutcome, sendSummary } from './data/outcome.js';
export type { EarlierFailure, SendSummary } from './data/outcome.js';
export { historyToCsv } from './data/csv.js';
export type { CsvOptions } from './data/csv.js';
export { parseInstant } from './data/time.js';
export { describeBadge, statusCopy } from './view/badge.js';
export type { BadgeDescription } from './view/badge.js';
export { KNOWN_STATUSES, STATUSES, statusTone } from './data/statuses.js';
export type { FailureStatus, KnownStatus, RecipientOutcome, StatusInfo, StatusTone } from './data/statuses.js';
export { en } from './i18n/en.js';
export { registerLocale } from './i18n/registry.js';
export { Text } from './i18n/text.js';
export type { Catalogue, CatalogueOverrides, HostAction, Plural, StatusCopy } from './i18n/catalogue.js';
export { RECIPIENT_TYPES } from './data/contract.js';
export type * from './data/contract.js';
