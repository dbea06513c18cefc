/** loadHistory with real requests to the /test-api/ middleware (scripts/test-api.mjs). */
import { expect, waitUntil } from '@open-wc/testing';
import { HistoryLoadError, loadHistory, type LoadOptions } from '../../src/data/load.js';
import { api, newTag, requestsTo } from '../helpers/test-api.js';

const options = (overrides: Partial<LoadOptions> = {}): LoadOptions => ({
  signal: new AbortController().signal,
  credentials: 'same-origin',
  timeout: 5000,
  ...overrides,
});

async function loadError(url: string, overrides: Partial<LoadOptions> = {}): Promise<HistoryLoadError> {
  try {
    await loadHistory(url, options(overrides));
  } catch (error) {
    expect(error).to.be.instanceOf(HistoryLoadError);
    return error as HistoryLoadError;
  }
  return expect.fail(`${url} loaded`);
}

describe('loadHistory over HTTP', () => {
  it('loads and normalises the realistic fixture', async () => {
    const history = await loadHistory(api('history', { fixture: 'realistic' }), options());
    expect(history.sends.map((s) => s.id)).to.deep.equal([
      'send-2024-03-04',
      'send-2024-02-19',
      'send-2024-02-05',
      'send-2024-01-22',
    ]);
    expect(history.sends[0].recipients.map((r) => r.type)).to.deep.equal(['to', 'cc', 'bcc']);
  });

  it('loads an empty history', async () => {
    expect(await loadHistory(api('history', { fixture: 'empty' }), options())).to.deep.equal({ sends: [] });
  });

  it('reports an HTTP 500 with its status in the message', async () => {
    const error = await loadError(api('history', { fixture: 'realistic', status: 500 }));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.message).to.contain('500');
  });

  it('reports a 403 as an HTTP error', async () => {
    const error = await loadError(api('raw', { body: 'Forbidden', status: 403, type: 'text/plain' }));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(403);
  });

  it('reports an HTML page (a sign-in page) as not JSON, suggesting to sign in', async () => {
    const url = api('raw', { body: '<!doctype html><title>Sign in</title>', type: 'text/html; charset=utf-8' });
    const error = await loadError(url);
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('sign in');
  });

  it('reports invalid JSON, with the parse error as cause', async () => {
    const error = await loadError(api('raw', { body: '{"sends": [' }));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.equal('The server did not send valid JSON.');
    expect(error.cause).to.be.instanceOf(SyntaxError);
  });

  it('reports 204 No Content and an empty 200 as no content', async () => {
    for (const url of [api('raw', { status: 204 }), api('raw', { body: ' ' })]) {
      const error = await loadError(url);
      expect(error.kind, url).to.equal('not-json');
      expect(error.message, url).to.equal('The server answered with no content.');
    }
  });

  it('reports a body without the contract shape as a format error naming the path', async () => {
    const body = JSON.stringify({ sends: [{ id: 'x', recipients: [{ email: 'a@example.com' }, {}] }] });
    const error = await loadError(api('raw', { body }));
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('sends[0].recipients[1].email');
  });

  it('reports an unreachable server as a network error', async () => {
    const error = await loadError('http://127.0.0.1:9/history');
    expect(error.kind).to.equal('network');
  });

  it('gives up after the timeout and aborts the request', async () => {
    const requestTag = newTag();
    const started = performance.now();
    const error = await loadError(api('hang', { tag: requestTag }), { timeout: 300 });
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not answer');
    expect(performance.now() - started).to.be.within(250, 4000);
    await waitUntil(async () => (await requestsTo('hang', requestTag)).aborted === 1, 'request not closed', {
      timeout: 4000,
    });
    expect((await requestsTo('hang', requestTag)).count).to.equal(1);
  });

  it('rejects with an AbortError, not a HistoryLoadError, when aborted, and closes the request', async () => {
    const requestTag = newTag();
    const controller = new AbortController();
    const promise = loadHistory(api('hang', { tag: requestTag }), options({ signal: controller.signal, timeout: 0 }));
    await waitUntil(async () => (await requestsTo('hang', requestTag)).open === 1, 'request not made', {
      timeout: 4000,
    });
    controller.abort();
    const error = await promise.then(
      () => expect.fail('resolved after abort'),
      (e: unknown) => e,
    );
    expect(error).to.not.be.instanceOf(HistoryLoadError);
    expect((error as DOMException).name).to.equal('AbortError');
    await waitUntil(async () => (await requestsTo('hang', requestTag)).aborted === 1, 'request not closed', {
      timeout: 4000,
    });
  });

  it('asks for JSON and sends cookies according to credentials', async () => {
    const cookie = `ic-test-${newTag()}`;
    document.cookie = `${cookie}=1; path=/; SameSite=Strict`;
    try {
      const withCookies = newTag();
      await loadHistory(api('echo-headers', { tag: withCookies }), options({ credentials: 'same-origin' }));
      const seen = (await requestsTo('echo-headers', withCookies)).last;
      expect(seen).to.deep.equal({ accept: 'application/json', cookie: true });

      const without = newTag();
      await loadHistory(api('echo-headers', { tag: without }), options({ credentials: 'omit' }));
      expect((await requestsTo('echo-headers', without)).last).to.deep.equal({
        accept: 'application/json',
        cookie: false,
      });
    } finally {
      document.cookie = `${cookie}=; path=/; max-age=0`;
    }
  });
});
