/**
 * A small HTTP API for browser tests, mounted by web-test-runner.config.mjs as
 * a Koa middleware (a plugin's serve() always answers 200; this can answer any
 * status, content type and delay, or never answer at all).
 *
 *   GET /test-api/history?fixture=realistic|empty[&delay=MS][&status=CODE][&type=CONTENT-TYPE]
 *       That history of fixtures/index.js as JSON (default type application/json).
 *   GET /test-api/raw?body=TEXT[&status=CODE][&type=CONTENT-TYPE][&delay=MS]
 *       TEXT as the body (default status 200, type application/json).
 *   GET /test-api/hang
 *       Never answers; the socket stays open until the client aborts
 *       (the dev server destroys open sockets when it stops).
 *   GET /test-api/echo-headers
 *       {"sends":[],"accept":"…","cookie":true|false}, with the same facts in
 *       the X-Echo-Accept and X-Echo-Cookie response headers.
 *   GET /test-api/stall[?type=CONTENT-TYPE]
 *       Sends 200 and the start of a JSON body, then never finishes it
 *       (until the client aborts).
 *   GET /test-api/redirect?to=URL[&status=301]
 *       Redirects (301 by default; 302, 303, 307, 308 too) to URL, which may
 *       be another origin (http://127.0.0.1:<port> from a localhost page).
 *   GET /test-api/big?mb=N[&shape=padding|sends]
 *       A valid history of about N MB (1-64): `padding` puts one huge string
 *       in an ignored field beside one send, `sends` repeats small sends.
 *   GET /test-api/in-flight?tag=T
 *       One recipient, deferred on the first request with that tag and
 *       delivered from the second on: an endpoint for polling.
 *   GET /test-api/paged?sends=N&size=K[&page=P][&fail=P][&next=JSON]
 *       Page P (from 0) of a generated N-send history, K sends a page, newest
 *       first, with `next` the relative URL of page P+1 (same parameters) until
 *       the last page. `fail=P` answers 503 to the first request for page P
 *       (per tag), so a retry succeeds. `next=JSON` replaces the first page's
 *       `next` with that JSON value (hostile ones: a number, javascript:…).
 *   GET /test-api/requests?path=/test-api/hang&tag=T
 *       {"count":N,"aborted":N,"open":N,"last":{"accept":…,"cookie":…}|null}
 *       for requests to that path with that tag.
 *
 * Chromium and Firefox run against the same server at the same time: give a
 * request a unique `tag` query parameter (any endpoint accepts one) and ask
 * for the counters of that tag, so the two browsers never see each other.
 */
import { emptyHistory, generateHistory, realisticHistory } from '../fixtures/index.js';

const PREFIX = '/test-api/';
const FIXTURES = { realistic: realisticHistory, empty: emptyHistory };
const MAX_DELAY = 30_000;
const JSON_TYPE = 'application/json; charset=utf-8';

/** Requests by path and tag: {count, aborted, open, last}. */
const counters = new Map();
const counterKey = (path, tag) => `${path}#${tag ?? ''}`;
const newCounter = () => ({ count: 0, aborted: 0, open: 0, last: null });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function numberParam(ctx, name, fallback, { min, max }) {
  const raw = ctx.query[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    ctx.throw(400, `${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function stringParam(ctx, name) {
  const raw = ctx.query[name];
  return typeof raw === 'string' ? raw : undefined;
}

/** Answers with an exact status, content type and body (an empty body for 204/304). */
async function answer(ctx, { body, fallbackType }) {
  const status = numberParam(ctx, 'status', 200, { min: 200, max: 599 });
  const delay = numberParam(ctx, 'delay', 0, { min: 0, max: MAX_DELAY });
  if (delay) await sleep(delay);
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  if (status === 204 || status === 304) return;
  // Set as a raw header: Koa's `ctx.type` would rewrite or drop unusual types.
  ctx.set('Content-Type', stringParam(ctx, 'type') ?? fallbackType);
  ctx.body = body;
}

async function history(ctx) {
  const name = stringParam(ctx, 'fixture') ?? '';
  if (!Object.hasOwn(FIXTURES, name)) ctx.throw(404, `no fixture "${name}": ${Object.keys(FIXTURES).join(' or ')}`);
  await answer(ctx, { body: JSON.stringify(FIXTURES[name]()), fallbackType: JSON_TYPE });
}

function hang(ctx, entry) {
  // Nothing is ever written; the status only keeps the runner from logging a 404.
  ctx.status = 200;
  ctx.respond = false;
  // Resolve only when the client goes away, so Koa never writes a response.
  return untilClosed(ctx, entry);
}

/** Resolves when the client goes away (aborts), counting the open request and the abort. */
function untilClosed(ctx, entry) {
  entry.open += 1;
  return new Promise((resolve) => {
    ctx.res.once('close', () => {
      entry.open -= 1;
      entry.aborted += 1;
      resolve();
    });
  });
}

function stall(ctx, entry) {
  ctx.respond = false;
  ctx.res.writeHead(200, {
    'Content-Type': stringParam(ctx, 'type') ?? JSON_TYPE,
    'Cache-Control': 'no-store',
  });
  ctx.res.write('{"sends":[{"id":"s1","sentAt":"2026-11-20T09:14:00+11:00","recipients":[');
  return untilClosed(ctx, entry);
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function redirect(ctx) {
  const to = stringParam(ctx, 'to');
  if (!to || !/^https?:\/\//.test(to)) ctx.throw(400, 'to must be an http(s) URL');
  const status = numberParam(ctx, 'status', 301, { min: 300, max: 399 });
  if (!REDIRECTS.has(status)) ctx.throw(400, 'status must be 301, 302, 303, 307 or 308');
  ctx.status = status;
  ctx.set('Location', to);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = '';
}

/** Bodies of /test-api/big, built once per size and shape. */
const bigBodies = new Map();

function bigBody(mb, shape) {
  const key = `${mb}:${shape}`;
  let body = bigBodies.get(key);
  if (body) return body;
  const size = mb * 1024 * 1024;
  const send = (i) => ({
    id: `s${i}`,
    sentAt: 1795126800 - i * 60,
    subject: `Invoice INV-${i}`,
    recipients: [{ email: `r${i}@client.example`, type: 'to', events: [{ status: 'delivered', at: 1795126800 - i * 60 }] }],
  });
  if (shape === 'sends') {
    const one = JSON.stringify(send(0)).length + 1;
    const count = Math.ceil(size / one);
    body = JSON.stringify({ sends: Array.from({ length: count }, (_, i) => send(i)) });
  } else {
    body = JSON.stringify({ sends: [send(0)], padding: 'x'.repeat(size) });
  }
  bigBodies.set(key, body);
  return body;
}

function big(ctx) {
  const mb = numberParam(ctx, 'mb', 20, { min: 1, max: 64 });
  const shape = stringParam(ctx, 'shape') ?? 'padding';
  if (shape !== 'padding' && shape !== 'sends') ctx.throw(400, 'shape must be padding or sends');
  ctx.status = 200;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Type', JSON_TYPE);
  ctx.body = bigBody(mb, shape);
}

/** Generated histories of /test-api/paged, newest send first, by size. */
const pagedHistories = new Map();
/** Pages already failed once, by tag and page. */
const failedPages = new Set();

function paged(ctx) {
  const total = numberParam(ctx, 'sends', 50, { min: 0, max: 20_000 });
  const size = numberParam(ctx, 'size', 10, { min: 1, max: 1000 });
  const page = numberParam(ctx, 'page', 0, { min: 0, max: 20_000 });
  ctx.set('Cache-Control', 'no-store');
  const failKey = `${stringParam(ctx, 'tag')}:${page}`;
  if (stringParam(ctx, 'fail') === String(page) && !failedPages.has(failKey)) {
    failedPages.add(failKey);
    ctx.status = 503;
    ctx.body = { message: 'Service Unavailable' };
    return;
  }
  if (!pagedHistories.has(total)) pagedHistories.set(total, generateHistory(total, 2, 3).sends.reverse());
  const sends = pagedHistories.get(total).slice(page * size, (page + 1) * size);
  const params = new URLSearchParams(ctx.querystring);
  params.set('page', String(page + 1));
  params.delete('next');
  let next = (page + 1) * size < total ? `paged?${params}` : null;
  if (page === 0 && ctx.query.next !== undefined) next = JSON.parse(stringParam(ctx, 'next'));
  ctx.set('Content-Type', JSON_TYPE);
  ctx.body = JSON.stringify({ sends, next });
}

function echoHeaders(ctx, seen) {
  ctx.set('X-Echo-Accept', seen.accept ?? '');
  ctx.set('X-Echo-Cookie', String(seen.cookie));
  ctx.set('Access-Control-Expose-Headers', 'X-Echo-Accept, X-Echo-Cookie');
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Type', JSON_TYPE);
  ctx.body = JSON.stringify({ sends: [], ...seen });
}

function requests(ctx) {
  const path = stringParam(ctx, 'path');
  const tag = stringParam(ctx, 'tag');
  if (!path) ctx.throw(400, 'path is required');
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { path, tag: tag ?? null, ...(counters.get(counterKey(path, tag)) ?? newCounter()) };
}

/** Deferred at the first request (of this tag), delivered from the second on. */
function inFlight(ctx, entry) {
  const at = '2026-11-20T09:14:00+11:00';
  const events = [
    { status: 'processed', at },
    { status: 'deferred', at, attempt: 1, response: '421 4.7.0 Try again later' },
  ];
  if (entry.count > 1) events.push({ status: 'delivered', at: '2026-11-20T09:31:40+11:00', response: '250 2.0.0 OK' });
  ctx.set('Cache-Control', 'no-store');
  ctx.type = JSON_TYPE;
  ctx.body = JSON.stringify({
    sends: [{ id: 'in-flight', sentAt: at, subject: 'Invoice INV-1042', recipients: [{ email: 'ap@client.example', type: 'to', events }] }],
  });
}

/** Koa middleware: handles /test-api/*, passes everything else on. */
export async function testApi(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = ctx.path.slice(PREFIX.length);
  if (route === 'requests') return requests(ctx);

  const seen = { accept: ctx.get('Accept') || null, cookie: ctx.get('Cookie') !== '' };
  const key = counterKey(ctx.path, stringParam(ctx, 'tag'));
  const entry = counters.get(key) ?? counters.set(key, newCounter()).get(key);
  entry.count += 1;
  entry.last = seen;
  switch (route) {
    case 'history':
      return history(ctx);
    case 'raw':
      return answer(ctx, { body: stringParam(ctx, 'body') ?? '', fallbackType: JSON_TYPE });
    case 'hang':
      return hang(ctx, entry);
    case 'echo-headers':
      return echoHeaders(ctx, seen);
    case 'stall':
      return stall(ctx, entry);
    case 'redirect':
      return redirect(ctx);
    case 'big':
      return big(ctx);
    case 'in-flight':
      return inFlight(ctx, entry);
    case 'paged':
      return paged(ctx);
    default:
      ctx.throw(404, `unknown test API ${ctx.path}`);
  }
}
