/**
 * The endpoint's settings from the environment (see README.md here). Without
 * SENDGRID_WEBHOOK_PUBLIC_KEY it runs as the demo: a generated key pair and
 * token, kept in DATA_DIR/demo-credentials.json so that a restart and
 * `npm run example:replay` use the same ones, and the demo page at `/`.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_TOLERANCE_SECONDS, type EndpointOptions } from './server.js';
import { generateDemoKeyPair } from './signature.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('./.data', import.meta.url));

/** What the demo generates; the replay script signs and authenticates with it. */
export interface DemoCredentials {
  url: string;
  publicKey: string;
  privateKey: string;
  /** Only when generated: a token from API_TOKEN stays in the environment. */
  token?: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  demoPage: boolean;
  /** Where demo credentials are read and written. */
  credentialsFile: string;
  generated: { keyPair: boolean; token: boolean };
  credentials?: Omit<DemoCredentials, 'url'> | undefined;
  endpoint: Omit<EndpointOptions, 'routes' | 'log'>;
}

export const credentialsFile = (dataDir: string) => join(dataDir, 'demo-credentials.json');

export function readCredentials(file: string): DemoCredentials | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials;
  } catch {
    return undefined;
  }
}

/** Saves the demo's secrets for the replay script: readable by this user only. */
export function writeCredentials(file: string, credentials: DemoCredentials): void {
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}=${raw} is not a positive number.`);
  return value;
}

export function configFrom(env: NodeJS.ProcessEnv): Config {
  const dataDir = env['DATA_DIR'] || DEFAULT_DATA_DIR;
  const file = credentialsFile(dataDir);
  const demo = !env['SENDGRID_WEBHOOK_PUBLIC_KEY'];
  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must be a postgres:// URL.');
  if (demo || !databaseUrl) mkdirSync(dataDir, { recursive: true });
  if (!demo && !env['API_TOKEN']) {
    throw new Error('API_TOKEN is required with SENDGRID_WEBHOOK_PUBLIC_KEY: the history and POST /sends need a bearer token.');
  }
  // The demo keeps what it generated, so a restart does not invalidate the page's address.
  const saved = demo ? readCredentials(file) : undefined;
  const keyPair = demo ? (saved?.publicKey && saved.privateKey ? saved : generateDemoKeyPair()) : undefined;
  const generatedToken = env['API_TOKEN'] ? undefined : saved?.token || randomBytes(24).toString('base64url');
  const token = env['API_TOKEN'] || generatedToken!;
  return {
    // PORT=0 takes any free port (the address is printed and saved for the replay script).
    port: env['PORT'] === '0' ? 0 : positive(env, 'PORT', DEFAULT_PORT),
    host: env['HOST'] || '127.0.0.1',
    dataDir,
    demo,
    demoPage: env['DEMO_PAGE'] ? env['DEMO_PAGE'] === '1' : demo,
    credentialsFile: file,
    generated: { keyPair: demo && !saved?.publicKey, token: Boolean(generatedToken && !saved?.token) },
    credentials: keyPair && { publicKey: keyPair.publicKey, privateKey: keyPair.privateKey, token: generatedToken },
    endpoint: {
      publicKey: env['SENDGRID_WEBHOOK_PUBLIC_KEY'] || keyPair!.publicKey,
      token,
      dataDir: databaseUrl ? undefined : dataDir,
      databaseUrl,
      toleranceSeconds: positive(env, 'SENDGRID_WEBHOOK_TOLERANCE_SECONDS', DEFAULT_TOLERANCE_SECONDS),
      maxBodyBytes: positive(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES),
      allowedOrigins: (env['ALLOWED_ORIGIN'] ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    },
  };
}
