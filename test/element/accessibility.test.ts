/**
 * axe (chai-a11y-axe, bundled with @open-wc/testing) in every state the
 * element can be in, plus the accessibility-tree facts axe cannot judge.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { event } from '../../fixtures/index.js';
import { badgeNamed, badges, tooltipOf } from '../helpers/badges.js';
import { manualFetcher } from '../helpers/fetchers.js';
import { oneRecipient } from '../helpers/histories.js';
import { $, mount, norm, root, settled, view, type IC } from '../helpers/render.js';
import { api } from '../helpers/test-api.js';
import { centre, openBadges, positioned } from '../helpers/tooltips.js';

describe('accessibility (axe)', () => {
  afterEach(() => resetMouse());

  it('loading state', async () => {
    const { fetcher } = manualFetcher();
    const el = await fixture<IC>(html`<invoice-communications src="/slow" .fetcher=${fetcher}></invoice-communications>`);
    expect(view(el)).to.equal('loading');
    // Wait for the indicator to fade in so axe judges what is seen.
    const loading = $(el, '[part~="loading"]')!;
    await waitUntil(() => getComputedStyle(loading).opacity === '1', 'indicator shown', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('error state', async () => {
    const el = await fixture<IC>(
      html`<invoice-communications src=${api('history', { fixture: 'realistic', status: 500 })}></invoice-communications>`,
    );
    await settled(el);
    expect(view(el)).to.equal('error');
    await expect(el).to.be.accessible();
  });

  it('empty state', async () => {
    const el = await mount({ sends: [] });
    expect(view(el)).to.equal('empty');
    await expect(el).to.be.accessible();
  });

  it('complete state (a realistic history)', async () => {
    const el = await fixture<IC>(
      html`<invoice-communications src=${api('history', { fixture: 'realistic' })}></invoice-communications>`,
    );
    await settled(el);
    expect(view(el)).to.equal('history');
    await expect(el).to.be.accessible();
  });

  it('complete state with odd values (unknown status and type, unknown time, no name)', async () => {
    const el = await mount({
      sends: [
        {
          id: 'x',
          sentAt: null,
          recipients: [
            { email: 'x@x.example', type: 'resent-to', events: [event('spamreport', null), event('open', 1), event('open', 2)] },
            { email: 'y@x.example', type: 'to', events: [] },
          ],
        },
      ],
    });
    await expect(el).to.be.accessible();
  });

  it('refreshing state (old history shown, busy)', async () => {
    const { fetcher, calls } = manualFetcher();
    const el = await fixture<IC>(html`<invoice-communications src="/h" .fetcher=${fetcher}></invoice-communications>`);
    await waitUntil(() => calls.length === 1);
    calls[0]!.answer.resolve(oneRecipient([event('delivered', 1)]));
    await settled(el);
    void el.refresh();
    await waitUntil(() => calls.length === 2);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    calls[1]!.answer.resolve(oneRecipient([event('delivered', 1)]));
  });

  it('with a tooltip open by keyboard focus', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button>Before</button>
      <invoice-communications src=${api('history', { fixture: 'realistic' })}></invoice-communications>
    </div>`);
    const el = wrapper.querySelector<IC>('invoice-communications')!;
    await settled(el);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(openBadges(el)).to.deep.equal(['Processed']);
    await positioned(tooltipOf(badges(el)[0]!));
    await expect(el).to.be.accessible();
  });

  it('with a long tooltip open by hover', async () => {
    const opens = Array.from({ length: 30 }, (_, i) => event('open', 1795126800 + i * 3600, { machine: i % 2 === 0 }));
    const el = await mount(oneRecipient([event('delivered', 1795126700), ...opens]));
    const badge = badgeNamed(el, 'Open, 30 times');
    await sendMouse({ type: 'move', position: centre(badge) });
    await positioned(tooltipOf(badge));
    expect(openBadges(el)).to.deep.equal(['Open, 30 times']);
    await expect(el).to.be.accessible();
  });
});

describe('accessibility semantics', () => {
  it('labels the history, each send by its heading, and each status list by its recipient', async () => {
    const el = await mount({
      sends: [
        {
          id: 's',
          sentAt: '2026-11-20T09:14:00+11:00',
          recipients: [{ email: 'ap@client.example', name: 'Accounts Payable', type: 'to', events: [event('open', 1)] }],
        },
      ],
    });
    const list = $(el, '[part~="sends"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Email history');
    // A feed of articles (not landmarks: a thousand sends must not flood the landmark list).
    expect(list.getAttribute('role')).to.equal('feed');
    expect($(el, 'section, [role="region"], main, nav, aside, form')).to.equal(null);
    const article = $(el, 'article')!;
    expect(article.parentElement === list, 'an article of the feed').to.equal(true);
    expect([article.getAttribute('aria-posinset'), article.getAttribute('aria-setsize')]).to.deep.equal(['1', '1']);
    const heading = root(el).getElementById(article.getAttribute('aria-labelledby')!)!;
    expect(heading.localName).to.match(/^h[1-6]$/);
    expect(norm(heading.textContent)).to.match(/2026/);
    const statuses = $(el, '[part~="statuses"]')!;
    expect(statuses.getAttribute('role')).to.equal('group');
    expect(statuses.getAttribute('aria-label')).to.include('Accounts Payable').and.include('ap@client.example');
  });

  it('moves focus from send to send with Page Down and Page Up (the feed pattern)', async () => {
    const recipientOf = (email: string) => [{ email, type: 'to', events: [event('delivered', 1)] }];
    const el = await mount({
      sends: [
        { id: 'a', sentAt: 1795126800, recipients: recipientOf('a@x.example') },
        { id: 'b', sentAt: 1795040400, recipients: recipientOf('b@x.example') },
      ],
    });
    const [first, second] = [...root(el).querySelectorAll('article')];
    first!.querySelector<HTMLElement>('button')!.focus();
    await sendKeys({ press: 'PageDown' });
    expect(root(el).activeElement === second, 'the second send').to.equal(true);
    await sendKeys({ press: 'PageUp' });
    expect(root(el).activeElement === first, 'back to the first').to.equal(true);
  });

  it('announces errors through role="alert" with a title and the message', async () => {
    const el = await fixture<IC>(html`<invoice-communications src=${api('raw', { body: 'nope' })}></invoice-communications>`);
    await settled(el);
    const alert = $(el, '[role="alert"]')!;
    expect(norm(alert.textContent)).to.match(/could not be loaded.*not send valid JSON/i);
  });
});
