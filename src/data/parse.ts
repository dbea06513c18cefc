import type { RawInvoiceHistory } from './contract.js';

/** The response does not have the contract's shape. `path` names the first problem. */
export class HistoryFormatError extends Error {
  override name = 'HistoryFormatError';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || 'The response'} ${problem}`);
  }
}

/** A plain object: not null, not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the structure the view cannot do without and returns the body as the
 * raw contract type. Only structural problems throw; odd values (unknown
 * statuses or types, bad times, missing optional fields) are left for the
 * normaliser to show.
 *
 * @throws {HistoryFormatError} naming the path of the first problem.
 */
export function parseHistory(body: unknown): RawInvoiceHistory {
  if (!isObject(body)) throw new HistoryFormatError('', 'is not a JSON object');
  const { sends, next } = body;
  if (!Array.isArray(sends)) throw new HistoryFormatError('sends', 'is not an array');
  // Where the next page is must be text: a URL checked when it is resolved (data/pages.ts).
  if (next != null && typeof next !== 'string') throw new HistoryFormatError('next', 'is not a string');
  // Index loops, not forEach: a JavaScript `data` array may have holes.
  for (let s = 0; s < sends.length; s++) {
    const send: unknown = sends[s];
    const at = `sends[${s}]`;
    if (!isObject(send)) throw new HistoryFormatError(at, 'is not an object');
    if (!Array.isArray(send['recipients'])) {
      throw new HistoryFormatError(`${at}.recipients`, 'is not an array');
    }
    const recipients: unknown[] = send['recipients'];
    for (let r = 0; r < recipients.length; r++) {
      const recipient = recipients[r];
      const where = `${at}.recipients[${r}]`;
      if (!isObject(recipient)) throw new HistoryFormatError(where, 'is not an object');
      if (typeof recipient['email'] !== 'string') {
        throw new HistoryFormatError(`${where}.email`, 'is missing or not a string');
      }
    }
  }
  return body as unknown as RawInvoiceHistory;
}
