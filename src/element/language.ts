/**
 * Which language an element speaks: its `locale` attribute, else the nearest
 * `lang` above it (across shadow roots, up to `<html lang>`), else English.
 * It follows `lang` and `dir` changes above the element, loads a shipped
 * language on first use, and applies the host's `strings` on top.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mergeCatalogue } from '../i18n/catalogue.js';
import { catalogueFor, changed, loadLocale } from '../i18n/registry.js';
import { Text } from '../i18n/text.js';
import { en } from '../i18n/en.js';

export interface LanguageHost extends ReactiveControllerHost, HTMLElement {
  locale: string;
  timeZone: string;
  strings: unknown;
}

/** The nearest non-empty `name` attribute on `node` or above it, crossing shadow roots. */
function inherited(node: Node | null, name: string): string | null {
  for (; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const value = (node as Element).getAttribute?.(name);
    if (value) return value;
  }
  return null;
}

export class LanguageController implements ReactiveController {
  /** The language of the words shown: `fr` for `fr-CA` when only French is there, `en` as the fallback. */
  lang = 'en';
  /** The direction to set on the content, or `undefined` to keep the page's. */
  dir: 'ltr' | 'rtl' | undefined;
  /** A language still loading; the element's `updateComplete` waits for it. */
  pending: Promise<unknown> | undefined;
  /** The words and formatters; a new object only when one of them changes, so unchanged sends are not re-rendered. */
  text = new Text(en);
  #key: unknown[] = [];
  #host: LanguageHost;
  #update = () => this.#host.requestUpdate();
  #observer = new MutationObserver(this.#update);

  constructor(host: LanguageHost) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    // The document and every shadow root above the element: a `lang` or `dir` change in any re-renders it.
    for (let node: Node | null = this.#host; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (!node.parentNode) this.#observer.observe(node, { attributeFilter: ['lang', 'dir'], subtree: true });
    }
    changed.add(this.#update);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    changed.delete(this.#update);
  }

  // Before every render: the `locale` attribute, a `lang` above, `strings` or `time-zone` may have changed.
  hostUpdate(): void {
    const host = this.#host;
    const tag = host.locale || inherited(host, 'lang') || '';
    const pending = (this.pending = loadLocale(tag));
    void pending?.then(() => {
      if (this.pending !== pending) return;
      this.pending = undefined;
      host.requestUpdate();
    });
    const [lang, words] = catalogueFor(tag);
    const key = [words, host.strings, tag, host.timeZone];
    if (key.some((value, i) => value !== this.#key[i])) {
      this.text = new Text(host.strings ? mergeCatalogue(words, host.strings) : words, tag, host.timeZone);
      this.#key = key;
    }
    this.lang = lang;
    // A language asked of this element, or a page that says no direction, gets the language's own.
    this.dir = host.locale || !inherited(host, 'dir') ? this.text.words.dir : undefined;
  }
}
