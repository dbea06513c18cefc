/**
 * The reference endpoint over HTTP, in-process on 127.0.0.1 (port 0) with
 * PGlite in a temporary data directory. The clock is the endpoint's `now`
 * option: stale and replayed deliveries are made by signing old timestamps
 * and moving that clock, never by waiting.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromSendGrid } from '../../../src/adapters/index.js';
import { parseHistory } from '../../../src/data/parse.js';
import type { RawInvoiceHistory } from '../../../src/data/contract.js';
import { startEndpoint, type Endpoint, type EndpointOptions } from '../../../examples/sendgrid-endpoint/server.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signedHeaders } from '../../../examples/sendgrid-endpoint/signature.js';
import { SENDGRID_VECTOR, TOKEN, auth, keys, otherKeys, postJson, rawRequest, sample, signed } from './helpers.js';

const LIMIT = 64 * 1024;
const ORIGIN = 'http://localhost:8000';
const INVOICE = 'INV-1042';
const HISTORY = `/invoices/${INVOICE}/communications`;
const dataDir = mkdtempSync(join(tmpdir(), 'sendgrid-endpoint-test-'));
let clock = Date.UTC(2026, 10, 30, 9, 0, 0);
const seconds = () => Math.floor(clock / 1000);

const options = (): EndpointOptions => ({
  publicKey: keys.publicKey,
  token: TOKEN,
  dataDir,
  maxBodyBytes: LIMIT,
  allowedOrigins: [ORIGIN],
  now: () => clock,
});

let endpoint: Endpoint;
const call = (path: string, init: RequestInit = {}) => fetch(`${endpoint.url}${path}`, init);
const batch = JSON.stringify(sample.events);
const statusesOf = (history: RawInvoiceHistory, email: string) =>
  history.sends
    .flatMap((send) => send.recipients)
    .find((recipient) => recipient.email.toLowerCase() === email)
    ?.events.map((event) => event.status);

before(async () => {
  endpoint = await startEndpoint(options());
});
after(async () => {
  await endpoint.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('POST /sends', () => {
  const send = { invoiceId: INVOICE, ...sample.sends[0]! };

  it('needs the bearer token', async () => {
    assert.equal((await call('/sends', postJson(send, {}))).status, 401);
    assert.equal((await call('/sends', postJson(send, { Authorization: 'Bearer wrong' }))).status, 401);
  });

  it("records the host's send: 201, then 200 when it is posted again", async () => {
    const created = await call('/sends', postJson(send));
    assert.equal(created.status, 201);
    assert.deepEqual(await created.json(), { id: send.id, invoiceId: INVOICE, outcome: 'created' });
    assert.equal((await call('/sends', postJson(send))).status, 200);
  });

  it('refuses a send id of another invoice (409) and a body that is not a send (400)', async () => {
    assert.equal((await call('/sends', postJson({ ...send, invoiceId: 'INV-9' }))).status, 409);
    assert.equal((await call('/sends', postJson({ ...send, recipients: 'ap@client.example' }))).status, 400);
    assert.equal((await call('/sends', { method: 'POST', headers: auth, body: '{' })).status, 400);
  });
});

describe('POST /webhooks/sendgrid', () => {
  it('accepts a signed batch and stores every event', async () => {
    const response = await call('/webhooks/sendgrid', signed(batch, seconds()));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { received: 11, stored: 11 });
    assert.equal(await endpoint.store.countEvents(), 11);
    // What comes back out of the database is what the adapter makes of the batch as posted.
    const history: unknown = await (await call(HISTORY, { headers: auth })).json();
    assert.deepEqual(history, fromSendGrid(sample.events, sample.sends));
  });

  it('stores a duplicate delivery once, also when two arrive at the same time', async () => {
    const again = await call('/webhooks/sendgrid', signed(batch, seconds()));
    assert.deepEqual(await again.json(), { received: 11, stored: 0 });
    const both = await Promise.all([1, 2].map(() => call('/webhooks/sendgrid', signed(batch, seconds()))));
    assert.deepEqual(
      both.map((response) => response.status),
      [200, 200],
    );
    assert.equal(await endpoint.store.countEvents(), 11);
  });

  it('refuses an unsigned request (403) and stores nothing', async () => {
    const unsigned = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: batch };
    const response = await call('/webhooks/sendgrid', unsigned);
    assert.equal(response.status, 403);
    const onlyTimestamp = signedHeaders(keys.privateKey, batch, seconds());
    delete onlyTimestamp[SIGNATURE_HEADER];
    assert.equal((await call('/webhooks/sendgrid', { method: 'POST', headers: onlyTimestamp, body: batch })).status, 403);
    assert.equal(await endpoint.store.countEvents(), 11);
  });

  it('refuses forged requests (403): another key, a changed body, a moved timestamp, a signature that is not one', async () => {
    const forged = JSON.stringify([{ ...sample.events[0], sg_event_id: 'forged', event: 'delivered' }]);
    const headers = signedHeaders(keys.privateKey, forged, seconds());
    const attempts: RequestInit[] = [
      signed(forged, seconds(), otherKeys.privateKey),
      { ...signed(batch, seconds()), body: forged },
      { method: 'POST', headers: { ...headers, [TIMESTAMP_HEADER]: String(seconds() - 1) }, body: forged },
      { method: 'POST', headers: { ...headers, [SIGNATURE_HEADER]: 'bm90IGEgc2lnbmF0dXJl' }, body: forged },
    ];
    for (const init of attempts) assert.equal((await call('/webhooks/sendgrid', init)).status, 403);
    assert.equal(await endpoint.store.countEvents(), 11);
  });

  it('refuses a timestamp outside the tolerance (403), stale or ahead, and one that is not a number', async () => {
    const event = JSON.stringify([{ ...sample.events[0], sg_event_id: 'stale' }]);
    for (const at of [seconds() - 301, seconds() + 301]) {
      assert.equal((await call('/webhooks/sendgrid', signed(event, at))).status, 403, `signed at ${at - seconds()} s`);
    }
    const init = signed(event, seconds());
    const headers = { ...(init.headers as Record<string, string>), [TIMESTAMP_HEADER]: `${seconds()}.0` };
    assert.equal((await call('/webhooks/sendgrid', { ...init, headers })).status, 403);
    // Just inside the default 5 minutes it is accepted.
    assert.equal((await call('/webhooks/sendgrid', signed(event, seconds() - 299))).status, 200);
    assert.equal(await endpoint.store.countEvents(), 12);
  });

  it('refuses a replay of a captured delivery (same body and signature) once the tolerance has passed', async () => {
    const body = JSON.stringify([{ ...sample.events[2], sg_event_id: 'captured', timestamp: seconds() }]);
    const captured = signed(body, seconds());
    assert.deepEqual(await (await call('/webhooks/sendgrid', captured)).json(), { received: 1, stored: 1 });
    // Replayed within the tolerance it is accepted and adds nothing (idempotent).
    assert.deepEqual(await (await call('/webhooks/sendgrid', captured)).json(), { received: 1, stored: 0 });
    clock += 301_000;
    try {
      assert.equal((await call('/webhooks/sendgrid', captured)).status, 403);
    } finally {
      clock -= 301_000;
    }
    assert.equal(await endpoint.store.countEvents(), 13);
  });

  it('answers 400 for a signed body that is not JSON, or not an array of events, and stores none of it', async () => {
    const valid = { ...sample.events[0], sg_event_id: 'in-a-bad-batch' };
    for (const body of ['[{"event":', '', '{"event":"open","email":"a@b.c"}', '[1]', JSON.stringify([valid, { event: 'open' }])]) {
      const response = await call('/webhooks/sendgrid', signed(body, seconds()));
      assert.equal(response.status, 400, body);
      assert.match(((await response.json()) as { error: string }).error, /JSON|batch/);
    }
    assert.equal(await endpoint.store.countEvents(), 13);
  });

  it('answers 413 to a declared over-size body before reading it, and closes the connection', async () => {
    const body = Buffer.alloc(LIMIT + 1, 0x20);
    const headers = { ...signedHeaders(keys.privateKey, body.toString(), seconds()), 'content-length': body.length };
    // Only the headers are sent: the answer comes without the body.
    const answer = await rawRequest(`${endpoint.url}/webhooks/sendgrid`, headers);
    assert.equal(answer.status, 413);
    assert.equal(answer.headers.connection, 'close');
  });

  it('answers 413 to a chunked body as soon as it passes the limit', async () => {
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const chunks = [...Array.from({ length: LIMIT / chunk.length }, () => chunk), Buffer.from('[]')];
    const headers = { ...signedHeaders(keys.privateKey, '[]', seconds()), 'transfer-encoding': 'chunked' };
    const answer = await rawRequest(`${endpoint.url}/webhooks/sendgrid`, headers, chunks);
    assert.equal(answer.status, 413);
    assert.equal(await endpoint.store.countEvents(), 13);
  });

  it('answers 405 to another method', async () => {
    const response = await call('/webhooks/sendgrid');
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
  });
});

describe('GET /invoices/:id/communications', () => {
  it('needs the bearer token (401 with a Bearer challenge)', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer wrong' },
      { Authorization: `Basic ${TOKEN}` },
      { Authorization: `Bearer ${TOKEN}x` },
    ];
    for (const headers of attempts) {
      const response = await call(HISTORY, { headers });
      assert.equal(response.status, 401);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer /);
    }
  });

  it("answers the invoice's history, which the element's parser accepts, uncached", async () => {
    const response = await call(HISTORY, { headers: auth });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const history = parseHistory(await response.json());
    assert.equal(history.sends.length, 1);
    // What the adapter makes of the stored sample, then the events the tests above added.
    const sampleStatuses = statusesOf(fromSendGrid(sample.events, sample.sends), 'example@test.com') ?? [];
    assert.equal(sampleStatuses.length, sample.events.length);
    assert.deepEqual(statusesOf(history, 'example@test.com'), [...sampleStatuses, 'processed', 'delivered']);
    assert.deepEqual(statusesOf(history, 'accounts@test.com'), []);
  });

  it('answers an empty history for an invoice it has no send of', async () => {
    const response = await call('/invoices/INV%2F404/communications', { headers: auth });
    assert.deepEqual(await response.json(), { sends: [] });
  });

  it('sends a strong ETag and answers 304 to If-None-Match until the history changes', async () => {
    const first = await call(HISTORY, { headers: auth });
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]{43}"$/);
    const unchanged = await call(HISTORY, { headers: { ...auth, 'If-None-Match': etag } });
    assert.equal(unchanged.status, 304);
    assert.equal(unchanged.headers.get('etag'), etag);
    assert.equal(unchanged.headers.get('cache-control'), 'no-store');
    assert.equal(await unchanged.text(), '');
    for (const tags of [`W/${etag}`, `"other", ${etag}`, '*']) {
      assert.equal((await call(HISTORY, { headers: { ...auth, 'If-None-Match': tags } })).status, 304, tags);
    }
    assert.equal((await call(HISTORY, { headers: { ...auth, 'If-None-Match': '"other"' } })).status, 200);
    // No token, no 304: the tag tells nothing to a caller without it.
    assert.equal((await call(HISTORY, { headers: { 'If-None-Match': etag } })).status, 401);

    const click = { ...sample.events[4], sg_event_id: 'new-click', timestamp: seconds() };
    await call('/webhooks/sendgrid', signed(JSON.stringify([click]), seconds()));
    const changed = await call(HISTORY, { headers: { ...auth, 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
  });

  it('places events that arrived before their send once the send is recorded (by message id or send_id)', async () => {
    const early = [
      { event: 'delivered', email: 'ap@early.example', timestamp: seconds(), sg_event_id: 'e1', sg_message_id: 'early.filter1' },
      { event: 'open', email: 'ap@early.example', timestamp: seconds(), sg_event_id: 'e2', send_id: 'early-send-2' },
    ];
    await call('/webhooks/sendgrid', signed(JSON.stringify(early), seconds()));
    const recipients = [{ email: 'AP@early.example', type: 'to' }];
    const send = { invoiceId: 'INV-EARLY', sentAt: seconds(), recipients };
    await call('/sends', postJson({ ...send, id: 'early-send-1', messageId: 'early' }));
    await call('/sends', postJson({ ...send, id: 'early-send-2' }));
    const history = parseHistory(await (await call('/invoices/INV-EARLY/communications', { headers: auth })).json());
    assert.deepEqual(
      history.sends.map((send) => send.recipients[0]!.events.map((event) => event.status)),
      [['delivered'], ['open']],
    );
  });

  it('lets the configured origin read it (CORS, ETag exposed) and no other', async () => {
    const allowed = await call(HISTORY, { headers: { ...auth, Origin: ORIGIN } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(allowed.headers.get('access-control-expose-headers'), 'ETag');
    assert.match(allowed.headers.get('vary') ?? '', /Origin/);
    assert.equal(allowed.headers.get('access-control-allow-credentials'), null);
    // Its page can read a 401 too, to say the token is wrong.
    assert.equal((await call(HISTORY, { headers: { Origin: ORIGIN } })).headers.get('access-control-allow-origin'), ORIGIN);
    const other = await call(HISTORY, { headers: { ...auth, Origin: 'http://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);

    const preflight = (origin: string) =>
      call(HISTORY, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization, if-none-match',
        },
      });
    const ok = await preflight(ORIGIN);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /Authorization.*If-None-Match/);
    const refused = await preflight('http://evil.example');
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
  });
});

describe('a restart', () => {
  it('keeps the sends and events (same data directory), and still stores a retried delivery once', async () => {
    const before = await (await call(HISTORY, { headers: auth })).text();
    assert.deepEqual(endpoint.store.migrated, [1]);
    await endpoint.close();
    endpoint = await startEndpoint(options());
    assert.deepEqual(endpoint.store.migrated, [], 'the schema is already at the latest version');
    assert.equal(await (await call(HISTORY, { headers: auth })).text(), before);
    assert.deepEqual(await (await call('/webhooks/sendgrid', signed(batch, seconds()))).json(), { received: 11, stored: 0 });
  });

  it("verifies SendGrid's own test vector at the endpoint (then 400: it is one object, not a batch)", async () => {
    await endpoint.close();
    // The vector was signed on 2020-05-06: the endpoint's clock is set to that moment.
    const signedAt = Number(SENDGRID_VECTOR.TIMESTAMP) * 1000;
    endpoint = await startEndpoint({ ...options(), publicKey: SENDGRID_VECTOR.PUBLIC_KEY, now: () => signedAt });
    const headers = { [SIGNATURE_HEADER]: SENDGRID_VECTOR.SIGNATURE, [TIMESTAMP_HEADER]: SENDGRID_VECTOR.TIMESTAMP };
    const genuine = await call('/webhooks/sendgrid', { method: 'POST', headers, body: SENDGRID_VECTOR.PAYLOAD });
    assert.equal(genuine.status, 400);
    assert.match(((await genuine.json()) as { error: string }).error, /not a JSON array/);
    const altered = await call('/webhooks/sendgrid', { method: 'POST', headers, body: `${SENDGRID_VECTOR.PAYLOAD}\n` });
    assert.equal(altered.status, 403);
  });
});

describe('text PostgreSQL cannot hold', () => {
  before(async () => {
    await endpoint.close();
    endpoint = await startEndpoint(options());
  });

  it('stores an event whose text PostgreSQL cannot hold (NUL, a lone surrogate) instead of failing the batch', async () => {
    const odd = JSON.stringify([{ ...sample.events[2], sg_event_id: 'odd-text', reason: 'bad\u0000byte \ud800 here' }]);
    const response = await call('/webhooks/sendgrid', signed(odd, seconds()));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { received: 1, stored: 1 });
    const history = (await (await call(HISTORY, { headers: auth })).json()) as RawInvoiceHistory;
    const reasons = history.sends.flatMap((s) => s.recipients).flatMap((r) => r.events).map((e) => e.reason);
    assert.ok(reasons.includes('bad\uFFFDbyte \uFFFD here'));
  });
});
