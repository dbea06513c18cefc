import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  HistoryFormatError,
  HistoryLoadError,
  InvoiceCommunicationsErrorEvent,
  InvoiceCommunicationsLoadEvent,
} from '../../src/index.js';
import { event } from '../../fixtures/index.js';
import { oneRecipient } from '../helpers/histories.js';
import { errorState, norm, sends, settled, view, type IC } from '../helpers/render.js';
import { api, newTag } from '../helpers/test-api.js';

/** Mounts the element with `src` and waits for its error, collecting ic-error events from the start. */
async function failing(src: string, timeout = 30_000) {
  const errors: InvoiceCommunicationsErrorEvent[] = [];
  const el = await fixture<IC>(
    html`<invoice-communications
      src=${src}
      .timeout=${timeout}
      @ic-error=${(e: InvoiceCommunicationsErrorEvent) => errors.push(e)}
    ></invoice-communications>`,
  );
  await settled(el);
  expect(view(el), 'shows an error').to.equal('error');
  return { el, errors, text: errorState(el).message };
}

function expectErrorEvent(errors: InvoiceCommunicationsErrorEvent[], kind: string, message: string) {
  expect(errors, 'one ic-error event').to.have.length(1);
  const event = errors[0]!;
  expect(event).to.be.instanceOf(InvoiceCommunicationsErrorEvent);
  expect(event.type).to.equal('ic-error');
  expect(event.bubbles, 'bubbles').to.equal(true);
  expect(event.composed, 'composed').to.equal(true);
  expect(event.detail.error).to.be.instanceOf(HistoryLoadError);
  expect(event.detail.error.kind).to.equal(kind);
  // The event carries the message the user sees.
  expect(message).to.include(event.detail.error.message);
  return event.detail.error;
}

describe('failure modes', () => {
  it('non-2xx: says the status code', async () => {
    const { el, errors, text } = await failing(api('history', { fixture: 'realistic', status: 500, tag: newTag() }));
    expect(text).to.match(/could not be loaded/i);
    expect(text).to.include('500');
    const error = expectErrorEvent(errors, 'http', text);
    expect(error.status).to.equal(500);
    expect(errorState(el).retry, 'a Retry button').to.exist;
    expect(sends(el)).to.have.length(0);
  });

  it('403 too, with its code', async () => {
    const { errors, text } = await failing(api('history', { fixture: 'realistic', status: 403 }));
    expect(text).to.include('403');
    expect(expectErrorEvent(errors, 'http', text).status).to.equal(403);
  });

  it('network failure: says the server could not be reached, with the cause', async () => {
    const { el, errors, text } = await failing('http://127.0.0.1:9/history.json');
    expect(text).to.match(/could not be reached/i);
    const error = expectErrorEvent(errors, 'network', text);
    expect(error.cause).to.be.instanceOf(TypeError);
    expect(errorState(el).retry).to.exist;
  });

  it('a body that is not JSON', async () => {
    const { el, errors, text } = await failing(api('raw', { body: 'Bad gateway, try later' }));
    expect(text).to.match(/not send valid JSON/i);
    const error = expectErrorEvent(errors, 'not-json', text);
    expect(error.cause).to.be.instanceOf(SyntaxError);
    expect(errorState(el).retry).to.exist;
  });

  it('an HTML page (a login page) instead of JSON', async () => {
    const body = '<!doctype html><title>Sign in</title><form><input name=user></form>';
    const { el, errors, text } = await failing(api('raw', { body, type: 'text/html; charset=utf-8' }));
    expect(text).to.match(/web page instead of the email history/i);
    expect(text).to.match(/sign in/i);
    expectErrorEvent(errors, 'not-json', text);
    // The page's markup is never rendered.
    expect(el.shadowRoot!.querySelector('form, input')).to.equal(null);
  });

  it('an empty body', async () => {
    const { errors, text } = await failing(api('raw', { body: '' }));
    expect(text).to.match(/no content/i);
    expectErrorEvent(errors, 'not-json', text);
  });

  it('a malformed shape: the message names the path of the first problem', async () => {
    const body = JSON.stringify({
      sends: [{ id: 'a', sentAt: 1, recipients: [{ email: 'a@x.example', events: [] }, { name: 'No email', events: [] }] }],
    });
    const { el, errors, text } = await failing(api('raw', { body }));
    expect(text).to.include('sends[0].recipients[1].email');
    const error = expectErrorEvent(errors, 'format', text);
    expect(error.cause).to.be.instanceOf(HistoryFormatError);
    expect((error.cause as HistoryFormatError).path).to.equal('sends[0].recipients[1].email');
    expect(errorState(el).retry).to.exist;
  });

  for (const [body, path] of [
    ['[]', /not a JSON object/],
    ['{"sends":{}}', /sends/],
    ['{"sends":[{"id":"a","sentAt":1}]}', /sends\[0\]\.recipients/],
    ['{"sends":[{"id":"a","sentAt":1,"recipients":["x"]}]}', /sends\[0\]\.recipients\[0\]/],
  ] as const) {
    it(`a malformed shape ${body}`, async () => {
      const { errors, text } = await failing(api('raw', { body }));
      expect(text).to.match(path);
      expectErrorEvent(errors, 'format', text);
    });
  }

  it('a server that never answers: a timeout error after `timeout` ms', async () => {
    const { errors, text } = await failing(api('hang', { tag: newTag() }), 300);
    expect(text).to.match(/did not answer/i);
    expectErrorEvent(errors, 'timeout', text);
  });

  it('bubbles ic-error out of a shadow root to the document, and fires no native "error" event', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const nativeErrors: Event[] = [];
    const onNative = (e: Event) => nativeErrors.push(e);
    window.addEventListener('error', onNative, true);
    try {
      const el = document.createElement('invoice-communications');
      el.src = api('history', { fixture: 'realistic', status: 503 });
      const event = oneEvent(document, 'ic-error');
      shadow.append(el);
      const received = (await event) as InvoiceCommunicationsErrorEvent;
      expect(received.detail.error.kind).to.equal('http');
      expect(received.target === host, 'retargeted to the outer host').to.equal(true);
      await settled(el);
    } finally {
      window.removeEventListener('error', onNative, true);
    }
    expect(nativeErrors).to.have.length(0);
  });
});

describe('Retry', () => {
  it('recovers: a fetcher that fails once then succeeds shows the history', async () => {
    let calls = 0;
    const errors: Event[] = [];
    const loads: InvoiceCommunicationsLoadEvent[] = [];
    const el = await fixture<IC>(html`<invoice-communications
      src="/any/history"
      .fetcher=${() => {
        calls += 1;
        if (calls === 1) return Promise.reject(new TypeError('Failed to fetch'));
        return Promise.resolve(oneRecipient([event('delivered', '2026-11-20T09:14:02+11:00')]));
      }}
      @ic-error=${(e: Event) => errors.push(e)}
      @ic-load=${(e: InvoiceCommunicationsLoadEvent) => loads.push(e)}
    ></invoice-communications>`);
    await settled(el);
    expect(view(el)).to.equal('error');
    expect(errors).to.have.length(1);

    // Retry is a button a keyboard user can reach and press.
    const retry = errorState(el).retry!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(view(el)).to.equal('history');
    expect(calls).to.equal(2);
    expect(loads).to.have.length(1);
    expect(norm(sends(el)[0]!.textContent)).to.include('Delivered');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows the new error when Retry fails again', async () => {
    let calls = 0;
    const el = await fixture<IC>(html`<invoice-communications
      src="/any/history"
      .fetcher=${() => {
        calls += 1;
        return Promise.resolve(new Response(`oops ${calls}`, { status: 500 + calls }));
      }}
    ></invoice-communications>`);
    await settled(el);
    expect(errorState(el).message).to.include('501');
    errorState(el).retry!.click();
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(errorState(el).message).to.include('502');
  });
});

describe('a host reacting to an error', () => {
  it('can answer ic-error for bad `data` by setting other `data`, which is then shown', async () => {
    const fallback = oneRecipient([event('delivered', '2026-11-20T09:14:02+11:00')]);
    const el = document.createElement('invoice-communications');
    el.addEventListener('ic-error', () => (el.data = fallback), { once: true });
    el.data = { sends: 'not an array' };
    document.body.append(el);
    try {
      expect(await settled(el)).to.equal('history');
      expect(norm(sends(el)[0]!.textContent)).to.include('Delivered');
    } finally {
      el.remove();
    }
  });
});
