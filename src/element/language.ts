/**
 * Which language an element speaks: its `locale` attribute, else the nearest
 * `lang` above it (across shadow roots), else the document's, else English.
 * It follows `lang` and `dir` changes anywhere in the document, loads a
 * shipped language on first use, and applies the host's `strings` on top.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mergeCatalogue, type Catalogue } from '../i18n/catalogue.js';
import { catalogueFor, loadLocale, onLocalesChanged } from '../i18n/registry.js';
import { Text } from '../i18n/text.js';

export interface LanguageHost extends ReactiveControllerHost, HTMLElement {
  locale: string;
  timeZone: string;
  strings: unknown;
}

/** The nearest `attribute` on `element` or above it, crossing shadow roots. */
function inherited(element: Element, attribute: string): string | null {
  for (let node: Node | null = element; node; ) {
    if (node instanceof Element && node.getAttribute(attribute)) return node.getAttribute(attribute);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

// One observer for every element: `lang` and `dir` changes in the light DOM re-resolve them all.
const hosts = new Set<LanguageController>();
let observer: MutationObserver | undefined;
const resolveAll = () => hosts.forEach((controller) => controller.resolve());

export class LanguageController implements ReactiveController {
  #host: LanguageHost;
  #tag = '';
  #dir: string | null = null;
  #text: Text | undefined;
  #key: unknown[] = [];
  #pending: Promise<void> | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: LanguageHost) {
    (this.#host = host).addController(this);
  }

  /** The language tag in use (`fr-CA`), or '' when nothing says. */
  get tag(): string {
    return this.#tag;
  }

  /** The direction to set on the element's content: `null` when the page already sets one. */
  get dir(): 'ltr' | 'rtl' | null {
    return this.#dir ? null : this.text.words.dir;
  }

  /** A language still loading; `updateComplete` waits for it. */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  /** The language of the words shown: `fr` for `fr-CA` when only French is there, `en` as the fallback. */
  get lang(): string {
    return catalogueFor(this.#tag || 'en').lang;
  }

  /** The words and formatters for the current language, locale and time zone. */
  get text(): Text {
    const host = this.#host;
    const base = catalogueFor(this.#tag || 'en').words;
    const key = [base, host.strings, this.#tag, host.timeZone];
    if (!this.#text || key.some((value, i) => value !== this.#key[i])) {
      const words: Catalogue = host.strings == null ? base : mergeCatalogue(base, host.strings);
      this.#text = new Text(words, this.#tag, host.timeZone);
      this.#key = key;
    }
    return this.#text;
  }

  hostConnected(): void {
    hosts.add(this);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(resolveAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
    this.#unsubscribe = onLocalesChanged(() => this.#host.requestUpdate());
    this.resolve();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.#unsubscribe?.();
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  hostUpdate(): void {
    // The `locale` attribute may have changed.
    this.resolve(false);
  }

  /** Looks again at where the language comes from; re-renders when it changed. */
  resolve(update = true): void {
    const host = this.#host;
    const tag = host.locale || inherited(host, 'lang') || '';
    const dir = inherited(host, 'dir');
    if (tag === this.#tag && dir === this.#dir) return;
    this.#tag = tag;
    this.#dir = dir;
    if (update) host.requestUpdate();
    if (!tag) return;
    const pending = loadLocale(tag).then(() => {
      if (this.#pending !== pending) return;
      this.#pending = undefined;
      host.requestUpdate();
    });
    this.#pending = pending;
  }
}
