import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { generateHistory, withOneMoreEvent } from '../../fixtures/index.js';
import { $, mount, sends, view, type IC } from '../helpers/render.js';
import { until } from '../helpers/wait.js';

/** Renders `data` and resolves as soon as the first sends are on screen, the rest still rendering. */
async function firstSendsOf(data: unknown) {
  const el = await fixture<IC>(html`<invoice-communications .data=${data}></invoice-communications>`);
  await until(() => view(el) === 'history', 'first sends shown');
  await el.updateComplete;
  return el;
}

const allShown = (el: IC, count: number) =>
  waitUntil(() => sends(el).length === count, `all ${count} sends rendered`, { timeout: 20_000 });

describe('a large history', () => {
  it('shows its newest sends at once, says how far it is, and renders every send', async () => {
    const el = await firstSendsOf(generateHistory(150, 3, 4));
    const first = sends(el).length;
    expect(first).to.be.greaterThan(0);
    expect(first).to.be.lessThan(150);
    expect($(el, '[part~="progress"]')?.textContent).to.match(/Showing \d+ of 150 sends/);
    // Newest first from the very first chunk.
    expect(sends(el)[0]!.querySelector('h3')!.textContent).to.include('2020');
    await allShown(el, 150);
    expect($(el, '[part~="progress"]')).to.equal(null);
    expect($(el, '[role="feed"]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('keeps every rendered send when new data for the same history arrives', async () => {
    const history = generateHistory(150, 3, 4);
    const el = await mount(history);
    await allShown(el, 150);
    const untouched = sends(el)[100]!;
    el.data = withOneMoreEvent(history);
    await new Promise((resolve) => el.addEventListener('ic-load', resolve, { once: true }));
    // Not torn down to the first chunk and rebuilt: unchanged sends keep their DOM.
    expect(sends(el)).to.have.length(150);
    expect(sends(el)[100] === untouched, 'the same send element').to.equal(true);
  });

  it('starts with the newest sends again for another invoice', async () => {
    const el = await mount(generateHistory(150, 3, 4, 1));
    await allShown(el, 150);
    el.data = generateHistory(150, 3, 4, 2);
    await new Promise((resolve) => el.addEventListener('ic-load', resolve, { once: true }));
    expect(sends(el).length).to.be.lessThan(150);
    await allShown(el, 150);
  });
});
