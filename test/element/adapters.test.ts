/**
 * Provider adapters in the element: their output renders as any history, and
 * `transform` maps raw provider data in the browser.
 */
import { expect } from '@open-wc/testing';
import { fromSendGrid, type HostSend } from '../../src/adapters/index.js';
import { badgeTexts } from '../helpers/badges.js';
import { until } from '../helpers/wait.js';
import { cleanup, create, errorState, recipients, settled, typeOf, view, emailOf, $ } from '../helpers/render.js';

let events: unknown[];
let sends: HostSend[];
let raw: { events: unknown[]; sends: HostSend[] };

describe('provider adapters in the element', () => {
  before(async () => {
    raw = (await (await fetch('/fixtures/providers/sendgrid.json')).json()) as typeof raw;
    ({ events, sends } = raw);
  });
  afterEach(cleanup);

  it("renders SendGrid's documented sample through fromSendGrid, with the host's recipient types", async () => {
    const el = create({ data: fromSendGrid(events, sends) });
    expect(await settled(el)).to.equal('history');
    const rows = recipients(el.shadowRoot as unknown as HTMLElement);
    expect(rows.map((row) => [typeOf(row), emailOf(row)])).to.deep.equal([
      ['To', 'Example@Test.com'],
      ['CC', 'accounts@test.com'],
    ]);
    expect(badgeTexts(rows[0]!)).to.deep.equal([
      // All in the same second: a message's life cycle orders them.
      'Processed',
      'Dropped',
      'Deferred',
      'Bounce',
      'Delivered',
      'Open',
      'Click',
      'Spam report',
      'Unsubscribed ×2',
      'group_resubscribe',
    ]);
  });

  it('maps raw provider data from src with `transform`', async () => {
    const el = create({
      fetcher: async () => raw,
      transform: (body: unknown) => fromSendGrid((body as typeof raw).events, (body as typeof raw).sends),
      src: '/raw-sendgrid',
    });
    expect(await settled(el)).to.equal('history');
    expect(badgeTexts(el.shadowRoot!)).to.include('Spam report');
  });

  it('maps `data` with `transform` too', async () => {
    const el = create({
      transform: (body: unknown) => fromSendGrid((body as typeof raw).events, (body as typeof raw).sends),
      data: raw,
    });
    expect(await settled(el)).to.equal('history');
    expect(badgeTexts(el.shadowRoot!)).to.include('Delivered');
  });

  it('shows a readable format error with Retry when `transform` throws, and recovers on Retry', async () => {
    let fail = true;
    const el = create({
      fetcher: async () => raw,
      transform: (body: unknown) => {
        if (fail) throw new Error('no sends in this body');
        return fromSendGrid((body as typeof raw).events, (body as typeof raw).sends);
      },
      src: '/raw-sendgrid',
    });
    expect(await settled(el)).to.equal('error');
    expect(errorState(el).message).to.contain('no sends in this body');
    fail = false;
    $(el, '[part~="retry"]')!.click();
    await until(() => view(el) === 'history', 'history after Retry');
    expect(badgeTexts(el.shadowRoot!)).to.include('Delivered');
  });
});
