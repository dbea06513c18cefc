/**
 * The Lit dev-mode warning guard (test/setup/lit-warnings.ts, loaded on every
 * test page by web-test-runner.config.mjs) is active in this browser: a real
 * Lit warning is caught, the dev-mode notice is not, and Lit is in dev mode.
 */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import type { LitWarningGuard } from '../setup/lit-warnings.js';
import { cleanup, create, settled } from './helpers.js';

const guard = () => (globalThis as unknown as { __litWarningGuard?: LitWarningGuard }).__litWarningGuard;

/** Sets a property in updated(): Lit's dev build warns "change-in-update". */
class ChangeInUpdate extends LitElement {
  static override properties = { n: { type: Number } };
  declare n: number;
  constructor() {
    super();
    this.n = 0;
  }
  protected override updated() {
    if (this.n < 1) this.n += 1;
  }
  protected override render() {
    return html`${this.n}`;
  }
}

describe('Lit dev-mode warnings fail tests', () => {
  afterEach(cleanup);

  it('the guard is installed on this page', () => {
    expect(guard()?.installed).to.equal(true);
  });

  it('Lit runs in dev mode here (so its warnings can be seen)', () => {
    const global = globalThis as unknown as { litIssuedWarnings?: Set<string> };
    expect(global.litIssuedWarnings, 'Lit dev build records issued warnings').to.be.instanceOf(Set);
    expect([...global.litIssuedWarnings!].some((w) => w.includes('lit.dev/msg/dev-mode'))).to.equal(true);
  });

  it('catches a real Lit warning and ignores the dev-mode notice', async () => {
    const tag = `change-in-update-${Math.random().toString(36).slice(2)}`;
    customElements.define(tag, class extends ChangeInUpdate {});
    const el = document.createElement(tag) as ChangeInUpdate;
    document.body.append(el);
    await el.updateComplete;
    await el.updateComplete;
    console.warn('Lit is in dev mode. Not recommended for production! See https://lit.dev/msg/dev-mode for more information.');
    el.remove();
    // Taken here so that this test, which warns on purpose, passes.
    const caught = guard()!.take();
    expect(caught.length, caught.join('\n')).to.equal(1);
    expect(caught[0]).to.include('lit.dev/msg/change-in-update');
  });

  it('the element itself renders every state without a Lit warning', async () => {
    const el = create({ data: { sends: [] } });
    await settled(el);
    el.data = { nope: true };
    await settled(el);
    expect(guard()!.pending).to.deep.equal([]);
  });
});
