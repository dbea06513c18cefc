/**
 * Property tests with fast-check: how many runs, and failure messages that
 * survive in every browser.
 */
import fc from 'fast-check';

export { fc };

/** Property runs: enough to find trouble, few enough to keep `npm test` fast. */
export const RUNS = 60;

/** fast-check parameters: failures print the seed and path to replay them. */
export const fcParams = (numRuns = RUNS) => ({
  numRuns,
  interruptAfterTimeLimit: 40_000,
  markInterruptAsFailure: true,
  includeErrorInReport: true,
});

/**
 * Wraps a property's body so its failure message survives: Firefox's
 * `error.stack` leaves out the message, and fast-check reports the stack.
 */
export function readable<A extends unknown[]>(body: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await body(...args);
    } catch (error) {
      if (error instanceof Error && !(error.stack ?? '').includes(error.message)) {
        error.stack = `${error.name}: ${error.message}\n${error.stack ?? ''}`;
      }
      throw error;
    }
  };
}
