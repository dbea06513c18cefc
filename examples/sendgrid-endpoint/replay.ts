/**
 * `npm run example:replay`: feeds the running endpoint what a real account
 * would. It records the host's send of fixtures/providers/sendgrid.json for
 * invoice INV-1042 (POST /sends), posts SendGrid's documented sample batch
 * signed with the demo's private key (POST /webhooks/sendgrid), delivers it
 * again as SendGrid's retries do (nothing new is stored), shows that a
 * tampered copy is refused, and prints the invoice's history.
 *
 * It reads the endpoint's address, private key and token from
 * DATA_DIR/demo-credentials.json, which `npm run example:endpoint` writes;
 * ENDPOINT_URL, SENDGRID_WEBHOOK_PRIVATE_KEY (base64 PKCS #8 DER), API_TOKEN
 * and INVOICE_ID override them.
 */
import { readFileSync } from 'node:fs';
import type { HostSend } from '../../src/adapters/index.js';
import type { RawInvoiceHistory } from '../../src/data/contract.js';
import { DEFAULT_DATA_DIR, credentialsFile, readCredentials } from './config.js';
import { signedHeaders } from './signature.js';

const env = process.env;
const file = credentialsFile(env['DATA_DIR'] || DEFAULT_DATA_DIR);
const saved = readCredentials(file);
const base = (env['ENDPOINT_URL'] || saved?.url)?.replace(/\/$/, '');
const privateKey = env['SENDGRID_WEBHOOK_PRIVATE_KEY'] || saved?.privateKey;
const token = env['API_TOKEN'] || saved?.token;
const invoiceId = env['INVOICE_ID'] || 'INV-1042';
if (!base || !privateKey || !token) {
  console.error(
    `Start the endpoint first (npm run example:endpoint): it writes ${file}.\n` +
      'Or set ENDPOINT_URL, SENDGRID_WEBHOOK_PRIVATE_KEY and API_TOKEN.',
  );
  process.exit(1);
}

const sample = JSON.parse(readFileSync(new URL('../../fixtures/providers/sendgrid.json', import.meta.url), 'utf8')) as {
  events: unknown[];
  sends: HostSend[];
};

async function call(path: string, init: RequestInit, expected: number[]): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, init);
  } catch (error) {
    console.error(`${init.method ?? 'GET'} ${base}${path}: ${(error as Error).message}. Is the endpoint running?`);
    process.exit(1);
  }
  if (!expected.includes(response.status)) {
    console.error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    process.exit(1);
  }
  return response;
}

const auth = { Authorization: `Bearer ${token}` };
for (const send of sample.sends) {
  const response = await call(
    '/sends',
    { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ invoiceId, ...send }) },
    [200, 201],
  );
  console.log(`POST /sends ${send.id} for ${invoiceId}: ${response.status} ${await response.text()}`);
}

const body = JSON.stringify(sample.events);
for (const label of ['signed sample batch', 'the same batch again (a retried delivery)']) {
  const response = await call('/webhooks/sendgrid', { method: 'POST', headers: signedHeaders(privateKey, body), body }, [200]);
  console.log(`POST /webhooks/sendgrid, ${label}: ${response.status} ${await response.text()}`);
}
const forged = await call(
  '/webhooks/sendgrid',
  { method: 'POST', headers: signedHeaders(privateKey, body), body: body.replace('"bounce"', '"delivered"') },
  [403],
);
console.log(`POST /webhooks/sendgrid, a tampered copy: ${forged.status} ${await forged.text()}`);

const response = await call(`/invoices/${encodeURIComponent(invoiceId)}/communications`, { headers: auth }, [200]);
const history = (await response.json()) as RawInvoiceHistory;
console.log(`\nGET /invoices/${invoiceId}/communications: ${response.status}, ETag ${response.headers.get('etag')}`);
for (const send of history.sends) {
  console.log(`  ${send.id}: ${String(send.subject ?? '')}`);
  for (const recipient of send.recipients) {
    const statuses = recipient.events.map((event) => event.status).join(', ') || 'no status yet';
    console.log(`    ${String(recipient.type || '?').toUpperCase().padEnd(3)} ${recipient.email}: ${statuses}`);
  }
}
console.log(`\nOpen ${base}/#${new URLSearchParams({ token, invoice: invoiceId })} to see it in <invoice-communications>.`);
