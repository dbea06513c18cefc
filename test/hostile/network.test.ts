/**
 * Broken endpoints through the real fetch path (scripts/test-api.mjs): every
 * failure ends in a readable error with Retry, within the timeout when the
 * server never answers; a huge body renders or errors, never hangs.
 */
import { expect } from '@open-wc/testing';
import type { InvoiceCommunicationsErrorEvent } from '../../src/index.js';
import { cleanup, create, errorState, settled, view, type IC } from '../helpers/render.js';
import { api, newTag, requestsTo } from '../helpers/test-api.js';
import { sleep, until } from '../helpers/wait.js';

/** Loads `src` and waits for the outcome; records the ic-error event. */
async function load(src: string, attrs: Record<string, string> = {}, timeout = 5000) {
  const el = create({}, { ...attrs, src });
  const errors: InvoiceCommunicationsErrorEvent[] = [];
  el.addEventListener('ic-error', (e) => errors.push(e));
  const started = performance.now();
  const shown = await settled(el, timeout);
  return { el, shown, errors, ms: performance.now() - started, ...errorState(el) };
}

/** The error state a person can act on. */
function expectReadableError(result: Awaited<ReturnType<typeof load>>, kind?: string) {
  expect(result.shown).to.equal('error');
  expect(result.message.length, result.message).to.be.greaterThan(20);
  expect(result.retry, 'a Retry button').to.not.equal(undefined);
  expect(result.errors).to.have.length(1);
  if (kind) expect(result.errors[0]!.detail.error.kind, result.message).to.equal(kind);
}

/** The other origin of the same server: localhost <-> 127.0.0.1. */
const otherOrigin = () => {
  const url = new URL(location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.origin;
};

describe('network failures', function () {
  this.timeout(30_000);
  afterEach(cleanup);

  it('a request that never answers ends in the error state after `timeout` ms, and is aborted', async () => {
    const tag = newTag();
    const result = await load(api('hang', { tag }), { timeout: '300' });
    expectReadableError(result, 'timeout');
    expect(result.ms, 'not long after the timeout').to.be.within(250, 3000);
    await sleep(100);
    const counts = await requestsTo('hang', tag);
    expect(counts).to.include({ count: 1, aborted: 1, open: 0 });
  });

  it('a body that starts and never finishes times out too (the `timeout` property)', async () => {
    const tag = newTag();
    const el = create({ timeout: 300 } as Partial<IC>, {});
    el.src = api('stall', { tag });
    const started = performance.now();
    expect(await settled(el)).to.equal('error');
    expect(performance.now() - started).to.be.within(250, 3000);
    await sleep(100);
    expect(await requestsTo('stall', tag)).to.include({ count: 1, aborted: 1, open: 0 });
  });

  it('the timeout message does not claim "0 seconds" for a sub-second timeout', async () => {
    const result = await load(api('hang', { tag: newTag() }), { timeout: '300' });
    expect(result.message).to.not.match(/\b0 seconds/);
  });

  it('a host fetcher that never settles (and ignores the signal) still times out', async () => {
    const el = create({ fetcher: () => new Promise(() => undefined), timeout: 300, src: '/never' } as Partial<IC>);
    await until(() => view(el) !== 'nothing', 'started');
    const started = performance.now();
    await settled(el, 3000).catch(() => undefined);
    expect(view(el), 'error state after the timeout').to.equal('error');
    expect(performance.now() - started).to.be.lessThan(3000);
  });

  it('a host fetcher whose Response body never finishes still times out', async () => {
    const never = () => new Response(new ReadableStream({ start() {} }), { headers: { 'Content-Type': 'application/json' } });
    const el = create({ fetcher: async () => never(), timeout: 300, src: '/never-body' } as Partial<IC>);
    await until(() => view(el) !== 'nothing', 'started');
    await settled(el, 3000).catch(() => undefined);
    expect(view(el), 'error state after the timeout').to.equal('error');
  });

  it('a timeout beyond setTimeout\'s range (2^31 ms, about 25 days) does not fire at once', async () => {
    const el = create({ timeout: 2 ** 31, src: api('history', { fixture: 'realistic', delay: 200, tag: newTag() }) } as Partial<IC>);
    expect(await settled(el)).to.equal('history');
  });

  it('Retry after a timeout recovers once the server answers in time', async () => {
    const result = await load(api('history', { fixture: 'realistic', delay: 800, tag: newTag() }), { timeout: '200' });
    expectReadableError(result, 'timeout');
    result.el.timeout = 10_000;
    result.retry!.click();
    await until(() => view(result.el) === 'history', 'history after Retry', 8000);
  });

  it('204 No Content', async () => {
    expectReadableError(await load(api('raw', { status: 204, tag: newTag() })));
  });

  for (const status of [301, 302, 307, 308]) {
    it(`${status} redirect to another origin (CORS failure) is a network error`, async () => {
      const tag = newTag();
      const target = api('history', { fixture: 'realistic', tag }, otherOrigin());
      const result = await load(api('redirect', { to: target, status, tag }));
      expectReadableError(result, 'network');
      expect((await requestsTo('redirect', tag)).count).to.equal(1);
    });
  }

  for (const [status, text] of [
    [404, '404'],
    [500, '500'],
    [401, '401'],
    [503, '503'],
  ] as const) {
    it(`${status} is an error naming the status`, async () => {
      const result = await load(api('raw', { status, body: '{"sends":[]}', tag: newTag() }));
      expectReadableError(result, 'http');
      expect(result.message).to.include(text);
      expect(result.errors[0]!.detail.error.status).to.equal(status);
    });
  }

  it('a text/html body (a login page) is an error, even with status 200', async () => {
    const body = '<!doctype html><title>Sign in</title><img src=x onerror=window.__pwned=1>';
    const result = await load(api('raw', { type: 'text/html; charset=utf-8', body, tag: newTag() }));
    expectReadableError(result, 'not-json');
    expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('a 500 with an HTML error page is an error naming the status', async () => {
    const result = await load(api('raw', { status: 500, type: 'text/html', body: '<h1>Oops</h1>', tag: newTag() }));
    expectReadableError(result, 'http');
    expect(result.message).to.include('500');
  });

  it('truncated JSON is an error', async () => {
    const body = '{"sends":[{"id":"s1","sentAt":"2026-11-20T09:14:00+11:00","recipients":[{"email":"a@x.ex';
    expectReadableError(await load(api('raw', { body, tag: newTag() })), 'not-json');
  });

  it('a 20 MB body (one huge field) renders or errors, never hangs', async function () {
    this.timeout(90_000);
    const result = await load(api('big', { mb: 20, shape: 'padding', tag: newTag() }), {}, 60_000);
    expect(['history', 'error']).to.include(result.shown);
    if (result.shown === 'error') expectReadableError(result);
  });
});

describe('an unreadable timeout attribute', () => {
  for (const value of ['abc', '-5']) {
    it(`timeout="${value}" arms the 30 s default instead of waiting for ever`, async () => {
      const delays: number[] = [];
      const original = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
        delays.push(delay ?? 0);
        return original(handler, delay, ...rest);
      }) as typeof window.setTimeout;
      const el = document.createElement('invoice-communications');
      try {
        el.setAttribute('timeout', value);
        el.fetcher = () => new Promise(() => undefined);
        document.body.append(el);
        el.src = '/never';
        await el.updateComplete;
        await new Promise((resolve) => original(resolve, 20));
      } finally {
        window.setTimeout = original;
        el.remove();
      }
      expect(delays).to.include(30_000);
    });
  }
});
