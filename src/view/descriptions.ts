/**
 * The badges' accessible descriptions, cheap enough for 25,000 badges. Every
 * badge of a status points (aria-describedby) at one shared, hidden
 * description of that status: its meaning and what to do. The occurrences of
 * the badge that has focus are written into one more hidden element, which
 * the focused badge then also points at; so a screen reader hears the
 * meaning and that badge's occurrences on focus, and no badge carries its
 * own description in the DOM.
 *
 * Built with DOM calls (text only ever goes in through `textContent`), once
 * per element, and rendered by the element's template as one node.
 */
import type { StatusGroup } from '../data/contract.js';
import type { Text } from '../i18n/text.js';
import { occurrenceDetails, statusCopy } from './badge.js';

/** The id of the element that holds the focused badge's occurrences. */
export const OCCURRENCES_ID = 'ic-occurrences';

export class StatusDescriptions {
  /** The hidden container of every description; the history template renders it. */
  readonly element: HTMLElement;
  #occurrences: HTMLElement;
  #ids = new Map<string, string>();
  #prototypes = new Map<string, HTMLElement>();
  #text: Text | undefined;
  #next = 0;

  constructor() {
    this.element = document.createElement('div');
    this.element.hidden = true;
    this.#occurrences = document.createElement('p');
    this.#occurrences.id = OCCURRENCES_ID;
  }

  /**
   * The id of `status`'s shared description in `text`'s words, made on first
   * use. Ids are counters: a status is the endpoint's text and may hold spaces,
   * which would split an id list.
   */
  idFor(status: string, text: Text): string {
    this.#use(text);
    let id = this.#ids.get(status);
    if (id === undefined) {
      const copy = statusCopy(status, text);
      const description = document.createElement('p');
      description.id = id = `ic-d${this.#next++}`;
      description.textContent = copy.action ? `${copy.meaning} ${text.words.whatToDo} ${copy.action}` : copy.meaning;
      this.element.append(description);
      this.#ids.set(status, id);
    }
    return id;
  }

  /**
   * A clone of the element `make` built for `key` in `text`'s words: badges
   * and recipient rows are made once per shape and language, then cloned.
   * Kept while the words last, up to a few hundred shapes.
   */
  clone(key: string, text: Text, make: () => HTMLElement): HTMLElement {
    this.#use(text);
    let prototype = this.#prototypes.get(key);
    if (!prototype) {
      prototype = make();
      if (this.#prototypes.size < 500) this.#prototypes.set(key, prototype);
    }
    return prototype.cloneNode(true) as HTMLElement;
  }

  #use(text: Text) {
    if (text === this.#text) return;
    // Another language (or wording): every send is rendered again, with new ids.
    this.#text = text;
    this.#ids.clear();
    this.#prototypes.clear();
    this.element.replaceChildren(this.#occurrences);
  }

  #focused: HTMLElement | null = null;

  /**
   * The focused badge is also described by its occurrences, written now: no
   * badge carries them in the DOM. `null` when focus left the badges.
   */
  describeFocused(badge: HTMLElement | null, group: StatusGroup | undefined, text: Text): void {
    const previous = this.#focused;
    previous?.setAttribute('aria-describedby', previous.getAttribute('aria-describedby')!.replace(` ${OCCURRENCES_ID}`, ''));
    this.#focused = null;
    if (!badge || !group) return;
    this.#occurrences.textContent = occurrenceSummary(group, text);
    badge.setAttribute('aria-describedby', `${badge.getAttribute('aria-describedby')} ${OCCURRENCES_ID}`);
    this.#focused = badge;
  }
}

/** "Reported 3 times: 20 Nov 2026, 9:14 am; …", each occurrence with its details. */
export function occurrenceSummary(group: StatusGroup, text: Text): string {
  const lines = group.occurrences.map((occurrence) =>
    [text.instant(occurrence.at), ...occurrenceDetails(occurrence, text)].join(', '),
  );
  return text.plural(text.words.occurrenceSummary, lines.length, { list: lines.join('; ') });
}
