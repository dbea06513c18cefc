/**
 * Small histories for one test each, built with the shared fixtures'
 * builders (fixtures/index.js has the realistic and odd ones).
 */
import { event, history, recipient, send } from '../../fixtures/index.js';
import type { RawDeliveryEvent } from '../../src/data/contract.js';

/** One send to one recipient (Accounts Payable, To) holding `events`. */
export const oneRecipient = (events: RawDeliveryEvent[]) =>
  history(
    send('s1', '2026-11-20T09:14:00+11:00', [recipient('ap@client.example', 'to', events, 'Accounts Payable')], {
      subject: 'Invoice INV-1042',
    }),
  );

/**
 * A one-send history whose id and subject are `subject`, so what is shown (see
 * `subjectsOf`) says which answer it is.
 */
export const withSubject = (subject: string) =>
  history(
    send(subject, '2026-11-20T09:14:00+11:00', [recipient('ap@client.example', 'to', [event('delivered', 1795126800)])], {
      subject,
    }),
  );
