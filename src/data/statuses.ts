/**
 * The status vocabulary: one entry per status this element explains. The
 * known-status list, badge tones, the same-second sort order, whether a
 * status ends a message's delivery, the recipient outcome it points to, whether
 * it is engagement, and the badge colours all come from here.
 * Adding a status is one entry here plus its words in i18n/strings.ts (a test
 * checks both, and the `@cssproperty` line on the element).
 */
export type StatusTone = 'neutral' | 'progress' | 'success' | 'warning' | 'danger';

/**
 * Where a recipient's message got to (see src/data/outcome.ts): `failed` for
 * good, `delivered`, `retrying` after a deferral, or `pending` (accepted by
 * the email service, or nothing known yet).
 */
export type RecipientOutcome = 'failed' | 'delivered' | 'retrying' | 'pending';

/** A fact about the reader, apart from delivery: they opened the message, or clicked a link in it. */
export type Engagement = 'opened' | 'clicked';

export interface StatusInfo {
  /** Sets the badge colour family; the label always carries the meaning too. */
  readonly tone: StatusTone;
  /** Place in a message's life cycle: events in the same second sort by it. */
  readonly rank: number;
  /** Whether delivery is over after it (delivered, or failed for good). */
  readonly final: boolean;
  /**
   * The outcome this status points to. A final status decides the outcome
   * when it is the latest final event; the others count only while no final
   * event is known (`delivered` here means the message must have arrived:
   * engagement, a spam report, an unsubscribe).
   */
  readonly outcome: RecipientOutcome;
  /** The engagement it records, or `null`; an occurrence flagged `machine` never counts. */
  readonly engagement: Engagement | null;
  /** Default badge colour, meeting WCAG 2.2 AA on the tinted badge background. */
  readonly color: string;
}

export const STATUSES = {
  processed: { tone: 'progress', rank: 0, final: false, outcome: 'pending', engagement: null, color: '#57606a' },
  dropped: { tone: 'danger', rank: 1, final: true, outcome: 'failed', engagement: null, color: '#b42318' },
  deferred: { tone: 'warning', rank: 2, final: false, outcome: 'retrying', engagement: null, color: '#9a6700' },
  bounce: { tone: 'danger', rank: 3, final: true, outcome: 'failed', engagement: null, color: '#b42318' },
  blocked: { tone: 'danger', rank: 4, final: true, outcome: 'failed', engagement: null, color: '#b42318' },
  delivered: { tone: 'success', rank: 5, final: true, outcome: 'delivered', engagement: null, color: '#1a7f37' },
  open: { tone: 'success', rank: 6, final: false, outcome: 'delivered', engagement: 'opened', color: '#0969da' },
  click: { tone: 'success', rank: 7, final: false, outcome: 'delivered', engagement: 'clicked', color: '#6639ba' },
  spamreport: { tone: 'danger', rank: 8, final: false, outcome: 'delivered', engagement: null, color: '#a0111f' },
  unsubscribe: { tone: 'warning', rank: 9, final: false, outcome: 'delivered', engagement: null, color: '#8a4600' },
} as const satisfies Record<string, StatusInfo>;

export type KnownStatus = keyof typeof STATUSES;

/** The statuses that end delivery in failure: `dropped`, `bounce`, `blocked`. */
export type FailureStatus = {
  [K in KnownStatus]: (typeof STATUSES)[K]['outcome'] extends 'failed' ? K : never;
}[KnownStatus];

/** The statuses this component explains, in life-cycle order (a test keeps the table in rank order). */
export const KNOWN_STATUSES = Object.keys(STATUSES) as readonly KnownStatus[];

/** Colour of a status this component does not know. */
export const UNKNOWN_STATUS_COLOR = '#57606a';

export const isKnownStatus = (status: string): status is KnownStatus => Object.hasOwn(STATUSES, status);

export const statusTone = (status: string): StatusTone =>
  isKnownStatus(status) ? STATUSES[status].tone : 'neutral';

/** Same-second events follow a message's life cycle; unknown statuses last. */
export const lifecycleRank = (status: string): number =>
  isKnownStatus(status) ? STATUSES[status].rank : KNOWN_STATUSES.length;
