/**
 * The element's language: where it comes from (the locale attribute, the
 * nearest lang above it across shadow roots, the document's, English),
 * region fallback, switching at run time, every shipped language on screen,
 * a host's own words, a host's own language, and an unknown one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { event, history, recipient, send } from '../../fixtures/index.js';
import { en } from '../../src/i18n/en.js';
import { registerLocale } from '../../src/index.js';
import { SHIPPED_LOCALES } from '../../src/i18n/registry.js';
import type { Catalogue } from '../../src/i18n/catalogue.js';
import { accessibleName, badgeNamed, descriptionOf } from '../helpers/badges.js';
import { $, $$, errorState, mount, norm, root, settled, typeOf, recipients, type IC } from '../helpers/render.js';

// Endpoint text in this history is neutral (names, codes), so any English on screen is ours.
const DATA = history(
  send(
    's1',
    '2026-11-20T01:00:00Z',
    [
      recipient('ana@client.example', 'to', [
        event('processed', '2026-11-20T01:00:01Z'),
        event('deferred', '2026-11-20T01:01:00Z', { attempt: 2, reason: 'X-1', response: '451 4.7.1' }),
        event('delivered', '2026-11-20T01:05:00Z', { response: '250 2.0.0' }),
        event('open', '2026-11-20T02:00:00Z', { machine: true }),
        event('open', '2026-11-20T03:00:00Z'),
        event('click', '2026-11-20T03:01:00Z', { url: 'https://pay.example/1' }),
      ], 'Ana Q'),
      recipient('bo@client.example', 'cc', [
        event('dropped', '2026-11-20T01:00:02Z', { reason: 'X-2' }),
        event('bounce', '2026-11-20T01:00:03Z', { reason: 'X-3' }),
        event('blocked', '2026-11-20T01:00:04Z'),
        event('spamreport', '2026-11-20T01:00:05Z'),
        event('unsubscribe', '2026-11-20T01:00:06Z'),
        event('zz_custom', '2026-11-20T01:00:07Z'),
      ]),
      recipient('cy@client.example', 'bcc', [event('processed', null)]),
      recipient('di@client.example', '', []),
    ],
    { subject: 'INV-1042', sentBy: 'Jo' },
  ),
);

const CATALOGUES = Object.fromEntries(
  await Promise.all(
    SHIPPED_LOCALES.map(async (lang) => [lang, ((await import(`../../src/i18n/locales/${lang}.ts`)) as { default: Catalogue }).default]),
  ),
) as Record<string, Catalogue>;

/** The words of `tree` by path. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value as object, `${path}.`)) out.set(p, v);
  }
  return out;
}

/** Everything the element says, to eyes and ears, without the endpoint's own text (isolated: dir=auto, bdi, FSI…PDI). */
function spoken(el: IC): string {
  const copy = root(el).querySelector('.root')!.cloneNode(true) as HTMLElement;
  for (const node of copy.querySelectorAll('[dir="auto"], bdi')) node.remove();
  const labels = [...copy.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return `${copy.textContent} ${labels.join(' ')}`.replace(/\u2068[^\u2069]*\u2069/g, ' ');
}

/** English fragments (between placeholders, four letters or more) of every text `words` translates differently. */
function englishFragments(words: Catalogue): string[] {
  const own = leaves(words);
  return [...leaves(en)]
    .filter(([path, text]) => own.get(path) !== text)
    .flatMap(([, text]) => text.split(/\{\w+\}/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => (fragment.match(/\p{L}/gu) ?? []).length >= 4);
}

const label = (el: IC) => ({ lang: $(el, '.root')!.getAttribute('lang'), dir: $(el, '.root')!.getAttribute('dir') });
const firstType = (el: IC) => typeOf(recipients(root(el) as unknown as HTMLElement)[0]!);

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('which language', () => {
  it('1. the locale attribute, over any lang above', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><invoice-communications locale="fr" .data=${DATA}></invoice-communications></div>`);
    const el = wrapper.querySelector<IC>('invoice-communications')!;
    await settled(el);
    expect(firstType(el)).to.equal('À');
    expect(label(el).lang).to.equal('fr');
  });

  it('2. else the nearest lang above it, across shadow roots', async () => {
    document.documentElement.lang = 'es';
    const outer = await fixture<HTMLElement>(html`<section lang="nl"><div></div></section>`);
    const inner = outer.querySelector('div')!.attachShadow({ mode: 'open' });
    const el = document.createElement('invoice-communications') as IC;
    el.data = DATA;
    inner.append(el);
    await settled(el);
    expect(firstType(el)).to.equal('Aan');
    expect(label(el)).to.deep.equal({ lang: 'nl', dir: 'ltr' });
  });

  it('3. else the document’s lang', async () => {
    document.documentElement.lang = 'de';
    const el = await mount(DATA);
    expect(firstType(el)).to.equal('An');
    expect(badgeNamed(el, 'Zugestellt')).to.exist;
  });

  it('4. else English', async () => {
    const el = await mount(DATA);
    expect(firstType(el)).to.equal('To');
    expect(label(el).lang).to.equal('en');
  });

  it('falls back from a region to its language: es-PE is Spanish, fr-CA French', async () => {
    const el = await mount(DATA, { locale: 'es-PE' });
    expect(firstType(el)).to.equal('Para');
    expect(label(el).lang).to.equal('es');
    el.locale = 'fr-CA';
    await el.updateComplete;
    expect(firstType(el)).to.equal('À');
  });

  it('follows <html lang> and the attribute when they change at run time', async () => {
    document.documentElement.lang = 'de';
    const el = await mount(DATA);
    expect(firstType(el)).to.equal('An');

    document.documentElement.lang = 'fr';
    await settled(el);
    await el.updateComplete;
    expect(firstType(el)).to.equal('À');

    el.setAttribute('locale', 'nl');
    await el.updateComplete;
    expect(firstType(el)).to.equal('Aan');

    el.removeAttribute('locale');
    await el.updateComplete;
    expect(firstType(el)).to.equal('À');

    document.documentElement.removeAttribute('lang');
    await settled(el);
    await el.updateComplete;
    expect(firstType(el)).to.equal('To');
  });

  it('follows a lang change on an ancestor, and a registered language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><invoice-communications .data=${DATA}></invoice-communications></div>`);
    const el = wrapper.querySelector<IC>('invoice-communications')!;
    await settled(el);
    wrapper.lang = 'ar';
    await settled(el);
    await el.updateComplete;
    expect(firstType(el)).to.equal('إلى');
    expect(label(el)).to.deep.equal({ lang: 'ar', dir: 'rtl' });
  });
});

describe('every shipped language', () => {
  for (const lang of SHIPPED_LOCALES) {
    it(`${lang}: every word on screen and in every name and tooltip is ${lang}, none English, and axe passes`, async () => {
      const el = await mount(DATA, { locale: lang, 'time-zone': 'UTC' });
      const words = CATALOGUES[lang]!;
      const said = spoken(el);
      // Whole words, so Dutch "Openen" is not English "Open".
      const english = englishFragments(words).filter((fragment) =>
        new RegExp(`(?<!\\p{L})${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(said),
      );
      expect(english, `English left in ${lang}`).to.deep.equal([]);
      expect(said).to.include(words.statuses.bounce.action!.slice(0, 30));
      expect(label(el)).to.deep.equal({ lang, dir: words.dir });
      // Names contain the visible text (a badge's count), contrast and the rest, in every language.
      await expect(el).to.be.accessible();
    });
  }

  it('errors and the empty message are translated too', async () => {
    const broken = await mount({ sends: [{ recipients: [{}] }] }, { locale: 'de' });
    const { message, retry } = errorState(broken);
    expect(message).to.include(CATALOGUES['de']!.errorTitle).and.include('Die Antwort des Servers ist kein E-Mail-Verlauf');
    expect(retry, 'Retry is English').to.equal(undefined);
    expect(norm($(broken, '[role="alert"] button')!.textContent)).to.equal('Erneut versuchen');

    const empty = await mount({ sends: [] }, { locale: 'fr' });
    expect(norm($(empty, '[part~="empty"]')!.textContent)).to.equal('Cette facture n’a pas encore été envoyée.');
  });

  it('dates, numbers and plurals follow the language: 24-hour German, Arabic plural forms', async () => {
    const el = await mount(DATA, { locale: 'de', 'time-zone': 'UTC' });
    expect(norm($(el, 'h3')!.textContent)).to.match(/20\.11\.2026, 01:00/);
    expect(norm($(el, '.count')!.textContent)).to.equal('4 Empfänger');
    expect(accessibleName(badgeNamed(el, 'Geöffnet, 2-mal'))).to.equal('Geöffnet, 2-mal');

    el.locale = 'ar';
    await el.updateComplete;
    expect(norm($(el, '.count')!.textContent)).to.equal(`${(4).toLocaleString('ar')} مستلمين`);
    expect($$(el, '[part~="badge"]').map(accessibleName)).to.include(`${CATALOGUES['ar']!.statuses.open.label}، ${(2).toLocaleString('ar')} مرة`);
  });

  it('says how long ago a recent send was, beside its date', async () => {
    const recent = history(send('r', new Date(Date.now() - 3 * 3600_000).toISOString(), [recipient('a@client.example', 'to', [])]));
    const el = await mount(recent, { locale: 'de' });
    expect(norm($(el, 'h3')!.textContent)).to.include('vor 3 Stunden');
    expect($(el, 'h3 time')).to.exist;
  });
});

describe("a host's words", () => {
  it("reach a tooltip: one status's guidance replaced, the rest kept", async () => {
    const el = await mount(DATA);
    el.strings = { statuses: { bounce: { action: 'Check the client record, then resend.' } } };
    await el.updateComplete;
    const bounce = descriptionOf(badgeNamed(el, 'Bounce'));
    expect(bounce).to.include('What to do: Check the client record, then resend.');
    expect(bounce).to.include(en.statuses.bounce.meaning);
    expect(descriptionOf(badgeNamed(el, 'Dropped'))).to.include(en.statuses.dropped.action!);
  });

  it('apply over the active language, and follow it when it changes', async () => {
    const el = await mount(DATA, { locale: 'de' });
    el.strings = { statuses: { bounce: { action: 'Mandantenakte prüfen.' } } };
    await el.updateComplete;
    expect(descriptionOf(badgeNamed(el, 'Unzustellbar'))).to.include('Was zu tun ist: Mandantenakte prüfen.');
    el.locale = 'fr';
    await el.updateComplete;
    expect(descriptionOf(badgeNamed(el, 'Rejeté'))).to.include('Que faire : Mandantenakte prüfen.');
  });
});

describe('a language the host brings', () => {
  it('registerLocale: a language we do not ship, missing words in English, applied to elements already on screen', async () => {
    const el = await mount(DATA, { locale: 'pt-BR' });
    expect(firstType(el)).to.equal('To');
    registerLocale('pt', { recipientTypes: { to: 'Para' }, statuses: { delivered: { label: 'Entregue' } } });
    await el.updateComplete;
    expect(firstType(el)).to.equal('Para');
    expect(badgeNamed(el, 'Entregue')).to.exist;
    expect(badgeNamed(el, 'Processed')).to.exist;
    expect(label(el).lang).to.equal('pt');
  });

  it('an unknown language is English, with no console error or warning', async () => {
    const said: unknown[] = [];
    const { warn, error } = console;
    console.warn = (...args: unknown[]) => void said.push(args);
    console.error = (...args: unknown[]) => void said.push(args);
    try {
      const el = await mount(DATA, { locale: 'sw-KE' });
      expect(firstType(el)).to.equal('To');
      expect(label(el)).to.deep.equal({ lang: 'en', dir: 'ltr' });
      document.documentElement.lang = 'xx';
      el.removeAttribute('locale');
      await el.updateComplete;
      expect(firstType(el)).to.equal('To');
    } finally {
      Object.assign(console, { warn, error });
    }
    expect(said).to.deep.equal([]);
  });
});
