/**
 * The reference endpoint, on node:http:
 *
 *   POST /webhooks/sendgrid                 SendGrid's Signed Event Webhook → the database
 *   POST /sends                             the host's record of a send (bearer token)
 *   GET  /invoices/:id/communications       the invoice's history for <invoice-communications> (bearer token)
 *   GET  /healthz                           200 when it is up
 *
 * startEndpoint() opens the store (migrating it), listens and resolves with
 * { url, store, close() }. main.ts reads the environment; the tests call it
 * directly on 127.0.0.1, port 0.
 */
import { createHash, timingSafeEqual, type KeyObject } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fromSendGrid } from '../../src/adapters/index.js';
import { readEventBatch, readSend } from './records.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, publicKeyFromBase64, verifySendGridSignature } from './signature.js';
import { openStore, type Store, type StoreOptions } from './store.js';

export const DEFAULT_TOLERANCE_SECONDS = 300;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Extra GET routes by exact path (the demo page); they need no token. */
export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface EndpointOptions extends StoreOptions {
  /** The Event Webhook's verification key: base64 DER SubjectPublicKeyInfo, as SendGrid shows it. */
  publicKey: string;
  /** `Authorization: Bearer <token>` for the history and `POST /sends`. */
  token: string;
  /** A signed timestamp older (or further ahead) than this is refused: replay protection. Default 300. */
  toleranceSeconds?: number | undefined;
  /** Bodies over this many bytes get 413 before they are read. Default 1 MiB. */
  maxBodyBytes?: number | undefined;
  /** Origins (scheme://host:port) whose pages may read the history across origins (CORS). Default none. */
  allowedOrigins?: readonly string[] | undefined;
  routes?: Record<string, Route> | undefined;
  /** The clock, in milliseconds (tests move it). */
  now?: (() => number) | undefined;
  /** One line per request and per problem; silent by default. */
  log?: ((line: string) => void) | undefined;
}

export interface Endpoint {
  /** http://host:port, no trailing slash. */
  url: string;
  server: http.Server;
  store: Store;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const JSON_TYPE = 'application/json; charset=utf-8';
/** Every refused webhook reads the same: a caller learns nothing about which check failed (the log says). */
const REFUSED = 'No valid SendGrid signature.';

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...(text && { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)) }),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  response.end(text);
}

/**
 * The body, at most `limit` bytes. A declared Content-Length over it is
 * refused before a byte is read; a body that grows past it (chunked) is
 * refused at that byte and the rest is never read (the error answer closes
 * the connection). A client that sent `Expect: 100-continue` is told to go on
 * only now, after the checks that need no body.
 */
function readBody(request: IncomingMessage, response: ServerResponse, limit: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `The body is over ${limit} bytes.`);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());
  if (request.headers.expect?.toLowerCase() === '100-continue') response.writeContinue();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData).pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

const parseJson = (body: Buffer): unknown => {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'The body is not JSON.');
  }
};

const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest();

/** Compares the bearer token in constant time (hashes first, so lengths do not leak either). */
function authorise(request: IncomingMessage, token: Buffer): void {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match || !timingSafeEqual(sha256(match[1]), token)) {
    throw new HttpError(401, 'A valid bearer token is required.', {
      'WWW-Authenticate': 'Bearer realm="invoice-communications"',
    });
  }
}

/** A strong ETag: the body's SHA-256. */
const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url')}"`;

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ aside, the same opaque tag, or `*`. */
function notModified(request: IncomingMessage, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

export async function startEndpoint(options: EndpointOptions, listen: { port?: number; host?: string } = {}): Promise<Endpoint> {
  // A bad key stops the start, not the first webhook.
  const key: KeyObject = publicKeyFromBase64(options.publicKey);
  if (!options.token) throw new Error('A bearer token is required.');
  const token = sha256(options.token);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const origins = new Set(options.allowedOrigins ?? []);
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  const routes = options.routes ?? {};
  const store = await openStore(options);

  /** Signed by the account's key, within the tolerance: anything else is 403, the same for every reason. */
  async function webhook(request: IncomingMessage, response: ServerResponse) {
    const signature = request.headers[SIGNATURE_HEADER];
    const timestamp = request.headers[TIMESTAMP_HEADER];
    if (typeof signature !== 'string' || typeof timestamp !== 'string' || !signature || !timestamp) {
      log('webhook: unsigned');
      throw new HttpError(403, REFUSED);
    }
    // Checked before the body is read: a replayed or stale delivery costs nothing.
    const age = now() / 1000 - Number(timestamp);
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(age) > tolerance) {
      log(`webhook: timestamp ${timestamp.slice(0, 20)} is outside the ${tolerance} s tolerance`);
      throw new HttpError(403, REFUSED);
    }
    const body = await readBody(request, response, limit);
    if (!verifySendGridSignature(key, body, signature, timestamp)) {
      log('webhook: the signature does not verify');
      throw new HttpError(403, REFUSED);
    }
    const events = readEventBatch(parseJson(body));
    if (typeof events === 'string') throw new HttpError(400, `Not a SendGrid event batch: ${events}.`);
    const stored = await store.storeEvents(events);
    send(response, 200, { received: events.length, stored });
  }

  async function recordSend(request: IncomingMessage, response: ServerResponse) {
    authorise(request, token);
    const sendRecord = readSend(parseJson(await readBody(request, response, limit)));
    if (typeof sendRecord === 'string') throw new HttpError(400, `Not a send: ${sendRecord}.`);
    const outcome = await store.recordSend(sendRecord);
    if (outcome === 'conflict') throw new HttpError(409, `Send ${sendRecord.id} belongs to another invoice.`);
    send(response, outcome === 'created' ? 201 : 200, { id: sendRecord.id, invoiceId: sendRecord.invoiceId, outcome });
  }

  async function history(request: IncomingMessage, response: ServerResponse, invoiceId: string, cors: Record<string, string>) {
    authorise(request, token);
    const [sends, events] = await Promise.all([store.sendsOf(invoiceId), store.eventsOf(invoiceId)]);
    const onUnmatched = (event: unknown) => log(`invoice ${invoiceId}: an event fits no send: ${JSON.stringify(event)}`);
    const body = JSON.stringify(fromSendGrid(events, sends, { onUnmatched }));
    const etag = etagOf(body);
    const headers = { ...cors, ETag: etag, 'Cache-Control': 'no-store' };
    if (notModified(request, etag)) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': JSON_TYPE,
      'Content-Length': String(Buffer.byteLength(body)),
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(body);
  }

  /** CORS for the history and /sends: the configured origins only, never with cookies (the token is a header). */
  function corsFor(request: IncomingMessage): Record<string, string> {
    const origin = request.headers.origin;
    if (!origin || !origins.has(origin)) return { Vary: 'Origin' };
    return { Vary: 'Origin', 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'ETag' };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const only = (allowed: string) => {
      if (method !== allowed) throw new HttpError(405, `Use ${allowed}.`, { Allow: allowed });
    };
    const invoice = /^\/invoices\/([^/]+)\/communications$/.exec(pathname);
    if (method === 'OPTIONS' && (invoice || pathname === '/sends')) {
      const cors = corsFor(request);
      if (!cors['Access-Control-Allow-Origin']) throw new HttpError(403, 'This origin may not call the endpoint.', cors);
      response.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': invoice ? 'GET' : 'POST',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
        'Access-Control-Max-Age': '600',
      });
      response.end();
      return;
    }
    if (pathname === '/webhooks/sendgrid') {
      only('POST');
      await webhook(request, response);
    } else if (pathname === '/sends') {
      only('POST');
      await recordSend(request, response);
    } else if (invoice) {
      only('GET');
      let invoiceId: string;
      try {
        invoiceId = decodeURIComponent(invoice[1]);
      } catch {
        throw new HttpError(400, 'The invoice id is not valid URL encoding.');
      }
      await history(request, response, invoiceId, corsFor(request));
    } else if (pathname === '/healthz') {
      only('GET');
      send(response, 200, { ok: true, database: store.kind });
    } else if (routes[pathname]) {
      only('GET');
      await routes[pathname](request, response);
    } else {
      throw new HttpError(404, 'Not found.');
    }
  }

  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    const started = now();
    handle(request, response)
      .catch((error: unknown) => {
        const known = error instanceof HttpError;
        if (!known) log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (response.headersSent) {
          response.destroy();
          return;
        }
        const status = known ? error.status : 500;
        const { pathname } = new URL(request.url ?? '/', 'http://localhost');
        const cors = pathname.startsWith('/invoices/') || pathname === '/sends' ? corsFor(request) : {};
        // A body left unread (refused before or while reading it) is not drained: the connection closes.
        const close: Record<string, string> = request.complete ? {} : { Connection: 'close' };
        const headers = { ...cors, ...close, ...(known ? error.headers : {}) };
        send(response, status, { error: known ? error.message : 'Internal error.' }, headers);
      })
      .finally(() => log(`${request.method} ${request.url} ${response.statusCode} ${Math.round(now() - started)} ms`));
  };
  const server = http.createServer(onRequest);
  // Expect: 100-continue reaches the same handler, which answers 100 only when it reads the body.
  server.on('checkContinue', onRequest);
  // A slow client cannot hold a connection for ever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject).listen(listen.port ?? 0, listen.host ?? '127.0.0.1', resolve);
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    server,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
