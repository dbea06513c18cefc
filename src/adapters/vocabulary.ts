/**
 * Each provider's event names mapped onto the element's statuses, one table
 * per provider. A key is the provider's event name, qualified where the name
 * alone is not enough (`bounce:blocked`, `failed:temporary`); the most
 * specific key that exists wins. A name in no table becomes an unknown status
 * under the provider's own name, shown neutral and never dropped; a status a
 * provider has no event for (Postmark has no "processed") is never invented.
 */
export type Vocabulary = Readonly<Record<string, string>>;

export const SENDGRID: Vocabulary = {
  processed: 'processed',
  dropped: 'dropped',
  deferred: 'deferred',
  bounce: 'bounce',
  'bounce:blocked': 'blocked',
  delivered: 'delivered',
  open: 'open',
  click: 'click',
  spamreport: 'spamreport',
  unsubscribe: 'unsubscribe',
  group_unsubscribe: 'unsubscribe',
};

/**
 * Our status for a provider event: `parts` is the event name then its
 * qualifiers, most general first. Unknown names keep the provider's name.
 */
export function statusFor(table: Vocabulary, parts: readonly (string | undefined)[]): string {
  const names = parts.map((part) => part?.trim().toLowerCase() ?? '');
  for (let n = names.length; n > 0; n--) {
    const key = names.slice(0, n).join(':');
    if (Object.hasOwn(table, key)) return table[key] ?? key;
  }
  return names[0] || 'unknown';
}
