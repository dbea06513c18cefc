/**
 * The same endpoint on PostgreSQL through `pg`: runs when TEST_DATABASE_URL
 * names a server (the `endpoint` CI stage starts a throwaway one when
 * PostgreSQL is installed), and is skipped otherwise. Everything happens in a
 * schema of its own, dropped at the end; nothing else in that database is
 * touched.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg, { type Pool } from 'pg';
import { fromSendGrid } from '../../../src/adapters/index.js';
import { parseHistory } from '../../../src/data/parse.js';
import { startEndpoint, type Endpoint, type EndpointOptions } from '../../../examples/sendgrid-endpoint/server.js';
import { TOKEN, auth, keys, postJson, sample, signed } from './helpers.js';

const url = process.env['TEST_DATABASE_URL'];

describe('on PostgreSQL (TEST_DATABASE_URL)', { skip: url ? false : 'TEST_DATABASE_URL is not set' }, () => {
  const schema = `sendgrid_endpoint_test_${randomBytes(4).toString('hex')}`;
  let admin: Pool;
  let endpoint: Endpoint;
  const options = (): EndpointOptions => {
    const databaseUrl = new URL(url!);
    databaseUrl.searchParams.set('options', `-c search_path=${schema}`);
    return { publicKey: keys.publicKey, token: TOKEN, databaseUrl: databaseUrl.href };
  };
  const call = (path: string, init: RequestInit = {}) => fetch(`${endpoint.url}${path}`, init);
  const now = () => Math.floor(Date.now() / 1000);
  const batch = JSON.stringify(sample.events);

  before(async () => {
    admin = new pg.Pool({ connectionString: url!, max: 1 });
    await admin.query(`CREATE SCHEMA ${schema}`);
  });
  after(async () => {
    await endpoint?.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  });

  it('migrates once, even when two instances start together', async () => {
    const [one, two] = await Promise.all([startEndpoint(options()), startEndpoint(options())]);
    assert.deepEqual([one.store.migrated, two.store.migrated].sort(), [[], [1]]);
    assert.equal(one.store.kind, 'postgres');
    await two.close();
    endpoint = one;
    const { rows } = await admin.query<{ version: number }>(`SELECT version FROM ${schema}.migrations`);
    assert.deepEqual(rows, [{ version: 1 }]);
  });

  it('stores a signed batch once, refuses bad JSON, and answers the history with an ETag', async () => {
    assert.equal((await call('/sends', postJson({ invoiceId: 'INV-1042', ...sample.sends[0]! }))).status, 201);
    assert.deepEqual(await (await call('/webhooks/sendgrid', signed(batch, now()))).json(), { received: 11, stored: 11 });
    assert.deepEqual(await (await call('/webhooks/sendgrid', signed(batch, now()))).json(), { received: 11, stored: 0 });
    assert.equal((await call('/webhooks/sendgrid', signed('[{"event":', now()))).status, 400);
    assert.equal(await endpoint.store.countEvents(), 11);
    const response = await call('/invoices/INV-1042/communications', { headers: auth });
    const history = parseHistory(await response.json());
    assert.deepEqual(history, fromSendGrid(sample.events, sample.sends), 'the database gives back what it was given');
    const etag = response.headers.get('etag')!;
    assert.equal((await call('/invoices/INV-1042/communications', { headers: { ...auth, 'If-None-Match': etag } })).status, 304);
  });

  it('keeps everything across a restart', async () => {
    const before = await (await call('/invoices/INV-1042/communications', { headers: auth })).text();
    await endpoint.close();
    endpoint = await startEndpoint(options());
    assert.deepEqual(endpoint.store.migrated, []);
    assert.equal(await (await call('/invoices/INV-1042/communications', { headers: auth })).text(), before);
  });
});
