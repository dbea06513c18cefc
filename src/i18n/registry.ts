/**
 * Which catalogue a language tag gets. English is built in; the other
 * shipped languages are separate modules, loaded the first time a page asks
 * for them (by bundlers and by the standalone bundle alike). A host may
 * register any language itself with `registerLocale`, before or after use.
 */
import type { Catalogue, CatalogueOverrides } from './catalogue.js';
import { mergeCatalogue } from './catalogue.js';
import { en } from './en.js';

// Literal import() calls, so every bundler (and ours) splits each language into its own chunk.
const SHIPPED: Record<string, () => Promise<{ default: Catalogue }>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  nl: () => import('./locales/nl.js'),
  ar: () => import('./locales/ar.js'),
};

/** The languages shipped with the element, besides English. */
export const SHIPPED_LOCALES = Object.keys(SHIPPED);

const registered = new Map([['en', en]]);

/** Called whenever a language is registered or loaded (the elements re-render). */
export const changed = new Set<() => void>();

/** `es-PE` → [`es-pe`, `es`]: the tag, then each shorter prefix. */
const candidates = (code: string) =>
  code
    .toLowerCase()
    .split('-')
    .map((_, i, parts) => parts.slice(0, parts.length - i).join('-'));

/**
 * Makes `catalogue` the words for `code` (a language, `fr`, or a region,
 * `fr-CA`). Missing words fall back to English. Elements showing that
 * language re-render.
 */
export function registerLocale(code: string, catalogue: Catalogue | CatalogueOverrides): void {
  registered.set(code.toLowerCase(), mergeCatalogue(en, catalogue));
  changed.forEach((listener) => listener());
}

/** The best language available now for `code`: its own, its base language's, or English. */
export function catalogueFor(code: string): [lang: string, words: Catalogue] {
  const lang = candidates(code).find((name) => registered.has(name)) ?? 'en';
  return [lang, registered.get(lang)!];
}

/**
 * Loads the shipped language `code` needs, unless a better one is here
 * already; `undefined` when nothing needs loading (a language nobody ships
 * or registered is English). Resolves when `catalogueFor(code)` has its
 * final answer. The module system loads each chunk once, however often this
 * is called.
 */
export function loadLocale(code: string): Promise<unknown> | undefined {
  const name = candidates(code).find((name) => registered.has(name) || Object.hasOwn(SHIPPED, name));
  return name && !registered.has(name)
    ? SHIPPED[name]().then(
        (module) => registered.has(name) || registerLocale(name, module.default),
        (error: unknown) => {
          // A missing chunk (a host that copied only the main file) stays English, and is not asked for again.
          if (Object.hasOwn(SHIPPED, name)) console.warn(`<invoice-communications>: no "${name}" words; using English.`, error);
          delete SHIPPED[name];
        },
      )
    : undefined;
}
