/**
 * In Lit's development build (what a host app runs while developing), the
 * element prints no Lit warning in any state: a host's console stays clean.
 */
import { expect } from '@open-wc/testing';
import { realisticHistory } from '../../fixtures/index.js';
import { badgeNamed } from '../helpers/badges.js';
import { manualFetcher } from '../helpers/fetchers.js';
import { cleanup, create, settled, view } from '../helpers/render.js';
import { until } from '../helpers/wait.js';

/** Lit's warnings end in "See https://lit.dev/msg/<code>"; the dev-mode notice itself is expected. */
const LIT_WARNING = /lit\.dev\/msg\/(?!dev-mode\b)/;

describe('Lit dev-mode warnings', () => {
  afterEach(cleanup);

  it('the element renders every state without one', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    try {
      const { fetcher, calls } = manualFetcher();
      const el = create({ fetcher, src: '/history' });
      await until(() => view(el) === 'loading', 'loading');
      calls[0]!.answer.resolve(realisticHistory());
      expect(await settled(el)).to.equal('history');
      badgeNamed(el, 'Bounce').click();
      await el.updateComplete;
      el.data = { sends: [] };
      expect(await settled(el)).to.equal('empty');
      el.data = { nope: true };
      expect(await settled(el)).to.equal('error');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => LIT_WARNING.test(w))).to.deep.equal([]);
  });
});
