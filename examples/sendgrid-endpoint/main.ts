/**
 * `npm run example:endpoint`: the reference SendGrid endpoint, configured by
 * the environment (config.ts, README.md here). Without configuration it is
 * the demo: embedded PGlite in .data/, a generated key pair and token, and
 * the demo page. Stops cleanly on Ctrl+C / SIGTERM.
 */
import { configFrom, writeCredentials } from './config.js';
import { demoRoutes } from './demo-page.js';
import { startEndpoint } from './server.js';

let config;
try {
  config = configFrom(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const endpoint = await startEndpoint(
  {
    ...config.endpoint,
    routes: config.demoPage ? await demoRoutes() : undefined,
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  },
  { port: config.port, host: config.host },
);
const { store } = endpoint;
// Listening on every interface: print an address a browser on this machine can open.
const url = endpoint.url.replace(/\/\/(0\.0\.0\.0|\[::\])(?=:)/, '//localhost');
if (config.credentials) writeCredentials(config.credentialsFile, { url, ...config.credentials });

const source = (generated: boolean, variable: string) =>
  !config.demo ? `(${variable})` : generated ? '(demo, generated now)' : `(demo, from ${config.credentialsFile})`;
const token = config.credentials?.token;
const pageUrl = `${url}/#${new URLSearchParams({ ...(token && { token }), invoice: 'INV-1042' })}`;
const database = store.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
const schema = store.migrated.length ? `${store.migrated.at(-1)} (migrated now)` : 'up to date';
console.log(
  [
    '',
    `SendGrid endpoint on ${url}`,
    `  Database:    ${database}, schema version ${schema}`,
    `  Webhook:     POST ${url}/webhooks/sendgrid (signed; tolerance ${config.endpoint.toleranceSeconds} s;` +
      ` bodies up to ${config.endpoint.maxBodyBytes} bytes)`,
    `  Sends:       POST ${url}/sends`,
    `  History:     GET  ${url}/invoices/INV-1042/communications`,
    `  Public key:  ${config.endpoint.publicKey} ${source(config.generated.keyPair, 'SENDGRID_WEBHOOK_PUBLIC_KEY')}`,
    `  Token:       ${token ?? '(API_TOKEN)'}${token ? ` ${source(config.generated.token, 'API_TOKEN')}` : ''}`,
    ...(config.endpoint.allowedOrigins?.length ? [`  CORS:        ${config.endpoint.allowedOrigins.join(', ')}`] : []),
    ...(config.demoPage ? [`  Demo page:   ${pageUrl}`] : []),
    ...(config.demo
      ? ['', "Next, in another terminal: npm run example:replay  (records a send, then posts SendGrid's sample batch, signed)"]
      : []),
    '',
  ].join('\n'),
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: closing the server and the database…`);
    endpoint.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
