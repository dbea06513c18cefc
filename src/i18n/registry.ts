/**
 * Which catalogue a language tag gets. English is built in; the other
 * shipped languages are separate modules, loaded the first time a page asks
 * for them (by bundlers and by the standalone bundle alike). A host may
 * register any language itself with `registerLocale`, before or after use.
 */
import type { Catalogue } from './catalogue.js';
import { mergeCatalogue } from './catalogue.js';
import { en } from './en.js';

// Literal import() calls, so every bundler (and ours) splits each language into its own chunk.
const SHIPPED: Record<string, () => Promise<{ default: Catalogue }>> = {};

/** The languages shipped with the element, besides English. */
export const SHIPPED_LOCALES = Object.keys(SHIPPED);

const registered = new Map<string, Catalogue>([['en', en]]);
const loading = new Map<string, Promise<Catalogue | undefined>>();
const listeners = new Set<() => void>();

const key = (code: string) => code.toLowerCase();

/** `es-PE` → [`es-pe`, `es`]: the tag, then each shorter prefix. */
export function candidates(code: string): string[] {
  const parts = key(code).split('-').filter(Boolean);
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/**
 * Makes `catalogue` the words for `code` (a language, `fr`, or a region,
 * `fr-CA`). Missing words fall back to English. Elements showing that
 * language re-render.
 */
export function registerLocale(code: string, catalogue: unknown): void {
  registered.set(key(code), mergeCatalogue(en, catalogue));
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a language is registered or loaded; returns the unsubscribe. */
export function onLocalesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The best language available now for `code`: its own, its base language's, or English. */
export function catalogueFor(code: string): { lang: string; words: Catalogue } {
  for (const candidate of candidates(code)) {
    const words = registered.get(candidate);
    if (words) return { lang: candidate, words };
  }
  return { lang: 'en', words: en };
}

/**
 * Loads the shipped language `code` needs, if it needs one that is not here
 * yet. Resolves when `catalogueFor(code)` has its final answer. A language
 * nobody ships or registered resolves at once: it is English.
 */
export function loadLocale(code: string): Promise<void> {
  const names = candidates(code);
  if (names.some((name) => registered.has(name))) return Promise.resolve();
  const name = names.find((candidate) => Object.hasOwn(SHIPPED, candidate));
  if (!name) return Promise.resolve();
  let pending = loading.get(name);
  if (!pending) {
    pending = SHIPPED[name]().then(
      (module) => {
        if (!registered.has(name)) registerLocale(name, module.default);
        return registered.get(name);
      },
      (error: unknown) => {
        // A missing chunk (a host that copied only the main file) stays English.
        loading.delete(name);
        console.warn(`<invoice-communications>: the "${name}" words could not be loaded; using English.`, error);
        return undefined;
      },
    );
    loading.set(name, pending);
  }
  return pending.then(() => undefined);
}
