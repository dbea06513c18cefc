/**
 * Every shipped catalogue against English, at run time (TypeScript checks
 * the shape; this checks what a translator could still get wrong): every
 * key, every plural form the language's `Intl.PluralRules` uses, the same
 * `{placeholders}`, and no English left where a translation belongs.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/i18n/en.js';
import type { Catalogue } from '../../src/i18n/catalogue.js';
import { mergeCatalogue } from '../../src/i18n/catalogue.js';
import { SHIPPED_LOCALES } from '../../src/i18n/registry.js';
import de from '../../src/i18n/locales/de.js';
import fr from '../../src/i18n/locales/fr.js';
import es from '../../src/i18n/locales/es.js';
import nl from '../../src/i18n/locales/nl.js';
import ar from '../../src/i18n/locales/ar.js';

const SHIPPED: Record<string, Catalogue> = { de, fr, es, nl, ar };
const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

type Tree = { [key: string]: string | Tree };

/** Every text in a catalogue by its path (`statuses.bounce.action`, `badgeName.other`). */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

/** The plural entries of a catalogue: objects whose keys are all plural categories. */
function plurals(tree: Tree, prefix = ''): Map<string, Tree> {
  const out = new Map<string, Tree>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (Object.keys(value).every((k) => PLURAL_KEYS.has(k))) out.set(path, value);
    else for (const [p, v] of plurals(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Without placeholders: is anything left to translate? */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));

// Words that are the same in a language as in English, on purpose.
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['recipientTypes.cc', 'recipientTypes.bcc', 'link', 'csv.name', 'csv.status', 'csv.url'],
  es: ['recipientTypes.cc', 'csv.url'],
  nl: ['recipientTypes.cc', 'recipientTypes.bcc', 'csv.status', 'csv.url'],
  fr: ['csv.type', 'csv.url'],
  ar: [],
};

const english = leaves(en as unknown as Tree);

describe('shipped catalogues', () => {
  it('are exactly the ones the registry loads', () => {
    assert.deepEqual([...SHIPPED_LOCALES].sort(), Object.keys(SHIPPED).sort());
  });

  for (const [lang, catalogue] of Object.entries(SHIPPED)) {
    const tree = catalogue as unknown as Tree;
    const own = leaves(tree);

    describe(lang, () => {
      it('has every key English has, and no other', () => {
        const strip = (path: string) => path.replace(/\.(zero|one|two|few|many|other)$/, '');
        assert.deepEqual([...new Set([...own.keys()].map(strip))].sort(), [...new Set([...english.keys()].map(strip))].sort());
      });

      it('has `other` and every plural form its language uses in each plural entry', () => {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        if (lang === 'ar') assert.equal(categories.length, 6, 'Arabic has six plural forms');
        for (const [path, forms] of plurals(tree)) {
          assert.equal(typeof forms['other'], 'string', `${path}.other`);
          for (const category of categories) {
            // A language where "one" reads like "other" (German "Empfänger") still says it.
            assert.equal(typeof forms[category], 'string', `${lang} ${path}.${category}`);
          }
        }
      });

      it('uses the same placeholders as English', () => {
        for (const [path, text] of own) {
          const plural = /\.(zero|one|two|few|many|other)$/.exec(path);
          const base = plural ? path.slice(0, -plural[0].length) : path;
          const reference = english.get(plural ? `${base}.other` : path) ?? '';
          if (plural && plural[1] !== 'other') {
            // A form for one number ("ثانية واحدة") may spell the number out.
            for (const name of placeholders(text)) assert.ok(placeholders(reference).includes(name), `${lang} ${path} {${name}}`);
          } else {
            assert.deepEqual(placeholders(text), placeholders(reference), `${lang} ${path}`);
          }
        }
      });

      it('translates every text: none is left in English unless it is the same word', () => {
        const left = [...own].filter(([path, text]) => path !== 'dir' && english.get(path) === text && hasWords(text));
        assert.deepEqual(
          left.map(([path]) => path),
          SAME_AS_ENGLISH[lang],
          `${lang}: texts still in English`,
        );
      });

      it('says its direction', () => {
        assert.equal(catalogue.dir, lang === 'ar' ? 'rtl' : 'ltr');
      });
    });
  }
});

describe('mergeCatalogue', () => {
  it('replaces one text deep inside and keeps every other', () => {
    const merged = mergeCatalogue(en, { statuses: { bounce: { action: 'Check the client record.' } } });
    assert.equal(merged.statuses.bounce.action, 'Check the client record.');
    assert.equal(merged.statuses.bounce.label, en.statuses.bounce.label);
    assert.deepEqual(merged.statuses.dropped, en.statuses.dropped);
    assert.equal(en.statuses.bounce.action, leaves(en as unknown as Tree).get('statuses.bounce.action'), 'English untouched');
  });

  it('adds guidance to a status that has none, and a plural form', () => {
    const merged = mergeCatalogue(en, { statuses: { open: { action: 'Nothing to do.' } }, badgeName: { two: '{label} twice' } });
    assert.equal(merged.statuses.open.action, 'Nothing to do.');
    assert.equal(merged.badgeName.two, '{label} twice');
    assert.equal(merged.badgeName.other, en.badgeName.other);
  });

  it('ignores values of the wrong kind, so a bad override never blanks a word', () => {
    const merged = mergeCatalogue(en, {
      statuses: { bounce: 42, dropped: { label: null, meaning: ['x'] } },
      errors: 'nope',
      recipientCount: 'n recipients',
      retry: { text: 'Again' },
      __proto__: { polluted: 'yes' },
    });
    assert.deepEqual(merged.statuses, en.statuses);
    assert.deepEqual(merged.errors, en.errors);
    assert.deepEqual(merged.recipientCount, en.recipientCount);
    assert.equal(merged.retry, en.retry);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });
});
