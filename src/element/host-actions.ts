/**
 * The element's side of the at-a-glance answers: the `actions` attribute as
 * a list, the earlier failures carried to later sends, and `ic-action` when
 * a person picks one. The view reads them as one `OutcomeContext`.
 */
import type { InvoiceHistory, Recipient, Send } from '../data/contract.js';
import { earlierFailures } from '../data/outcome.js';
import type { HostAction } from '../i18n/catalogue.js';
import type { OutcomeContext } from '../view/outcomes.js';
import { InvoiceCommunicationsActionEvent } from './events.js';

const HOST_ACTIONS: readonly HostAction[] = ['resend', 'edit-contact'];

export class HostActions {
  #host: EventTarget & { actions: string };
  /** `actions` as a list, kept while the attribute does not change: the view re-renders sends when it does. */
  #list: { from: string; list: readonly HostAction[] } = { from: '', list: [] };
  /** Earlier failures of the last history they were read for. */
  #carried: { history?: InvoiceHistory; failures: ReturnType<typeof earlierFailures> } = { failures: new Map() };
  #act = (action: HostAction, send: Send, recipient: Recipient) =>
    this.#host.dispatchEvent(new InvoiceCommunicationsActionEvent(action, send, recipient));

  constructor(host: EventTarget & { actions: string }) {
    this.#host = host;
  }

  /**
   * What the view needs for `history`. Reading earlier failures reads every
   * send, which normalises every one: a long history still being rendered
   * progressively (`complete` false) waits until it is all on screen
   * (normalised by then), keeping the warnings it had meanwhile (unchanged
   * sends are the same objects).
   */
  context(history: InvoiceHistory, complete: boolean): OutcomeContext {
    if (this.#carried.history !== history && complete) {
      this.#carried = { history, failures: earlierFailures(history) };
    }
    return { actions: this.#actions(), carried: this.#carried.failures, act: this.#act };
  }

  #actions(): readonly HostAction[] {
    const from = this.#host.actions;
    if (this.#list.from !== from) {
      const words = String(from ?? '').split(/\s+/);
      // Kept in the host's order.
      const list = HOST_ACTIONS.filter((action) => words.includes(action)).sort(
        (a, b) => words.indexOf(a) - words.indexOf(b),
      );
      this.#list = { from, list };
    }
    return this.#list.list;
  }
}
