#!/usr/bin/env node
/**
 * The CI stage "endpoint": the reference SendGrid endpoint
 * (examples/sendgrid-endpoint/) end to end, as a newcomer runs it.
 *
 *   1. `npm run example:endpoint` (the script's own command line, from
 *      package.json) starts on a free port with a fresh data directory;
 *   2. `npm run example:replay` records the sample's send and posts SendGrid's
 *      documented batch, signed: stored once, a retry stores nothing, a
 *      tampered copy is refused;
 *   3. the demo page, in headless Chromium, shows the verified history in
 *      <invoice-communications> under the page's strict CSP, polls with
 *      If-None-Match (304), and shows a newly signed event on the next poll;
 *   4. a restart on the same data directory keeps it all;
 *   5. with PostgreSQL installed (/usr/lib/postgresql/<v>/bin), the same SQL on
 *      a throwaway cluster: test/node/endpoint/postgres.test.ts. Without it,
 *      that check is skipped (and says so).
 *
 * Nothing but 127.0.0.1 is contacted. Run with `node --import tsx` (the
 * signing helper is TypeScript). Writes .cache/test-results/endpoint.json and
 * prints `endpoint: N passed, N failed`. KEEP=1 keeps the temporary folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage } from './browsers.mjs';
import { checklist } from './results.mjs';
import { signedHeaders } from '../examples/sendgrid-endpoint/signature.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'endpoint-check-'));
const dataDir = join(work, 'data');
const { check, done } = checklist('endpoint');
const started = performance.now();

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs an npm script's command line (as `npm run` would, without npm in between: signals reach it). */
function runScript(name, env) {
  const child = spawn('sh', ['-c', `exec ${scripts[name]}`], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.output = '';
  child.stdout.setEncoding('utf8').on('data', (text) => (child.output += text));
  child.stderr.setEncoding('utf8').on('data', (text) => (child.output += text));
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return child;
}

/** Waits until the child's output matches `pattern`; throws with its output when it exits or time runs out. */
async function waitFor(child, pattern, timeout = 30_000) {
  const end = Date.now() + timeout;
  let exited = false;
  void child.exited.then(() => (exited = true));
  while (!pattern.test(child.output)) {
    if (exited || Date.now() > end) throw new Error(`${exited ? 'exited' : 'timed out'} before ${pattern}:\n${child.output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return pattern.exec(child.output);
}

async function stop(child) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const result = await Promise.race([child.exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000))]);
  if (result === 'timeout') child.kill('SIGKILL');
  return result;
}

// SendGrid's sample batch as the element shows it (test/element/adapters.test.ts checks the same in both browsers).
const EXPECTED_BADGES = ['Processed', 'Dropped', 'Deferred', 'Bounce', 'Delivered', 'Open', 'Click', 'Spam report', 'Unsubscribed ×2', 'group_resubscribe'];
const badgeTexts = (page) => page.locator('invoice-communications [part~="badge"]').allTextContents();
const waitForBadges = (page, text) =>
  page.locator('invoice-communications [part~="badge"]', { hasText: text }).first().waitFor({ timeout: 15_000 });
const sameList = (actual, expected) =>
  JSON.stringify(actual) === JSON.stringify(expected)
    ? ''
    : `badges ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
/** '' when every pattern matches `output`, else what is missing and the output. */
const expectOutput = (output, patterns) => {
  const missing = patterns.filter((pattern) => !pattern.test(output));
  return missing.length ? `no ${missing.join(', ')} in:\n${output}` : '';
};

const env = { DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(await freePort()) };
let server;
let browser;
let pageUrl = '';
try {
  await check('npm run example:endpoint starts: fresh database migrated, demo key pair and token generated', async () => {
    server = runScript('example:endpoint', env);
    pageUrl = (await waitFor(server, /Demo page: +(\S+)/))[1];
    return expectOutput(server.output, [
      /schema version 1 \(migrated now\)/,
      /Public key: +\S+ \(demo, generated now\)/,
      /Token: +\S+ \(demo, generated now\)/,
    ]);
  });

  await check('npm run example:replay: the signed sample stored once, a retry adds nothing, a tampered copy 403', async () => {
    const replay = runScript('example:replay', { DATA_DIR: dataDir });
    const code = await replay.exited;
    if (code !== 0) return `exit ${code}:\n${replay.output}`;
    return expectOutput(replay.output, [
      /: 201 /,
      /signed sample batch: 200 \{"received":11,"stored":11\}/,
      /again.*: 200 \{"received":11,"stored":0\}/,
      /tampered copy: 403/,
    ]);
  });

  browser = await launchChromium();
  const { page, errors } = await openPage(browser, `${pageUrl}&poll=0`);
  await check('the demo page shows the verified history in <invoice-communications> (Chromium, strict CSP)', async () => {
    await waitForBadges(page, 'Processed');
    const cc = await page.locator('invoice-communications [part~="recipient"]', { hasText: 'accounts@test.com' }).textContent();
    if (!/No status reported yet/.test(cc ?? '')) return `the CC recipient reads ${cc}`;
    return sameList(await badgeTexts(page), EXPECTED_BADGES);
  });

  await check('polling an unchanged history gets 304, and the element keeps what it shows', async () => {
    await page.evaluate(() => document.querySelector('invoice-communications').refresh());
    const stats = await page.evaluate(() => window.endpointDemo);
    if (stats.requests !== 2 || stats.notModified !== 1) return `requests ${JSON.stringify(stats)}, expected 2 with one 304`;
    return sameList(await badgeTexts(page), EXPECTED_BADGES);
  });

  await check('a newly signed event shows on the next poll', async () => {
    const { privateKey, url } = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8'));
    const body = JSON.stringify([
      { email: 'example@test.com', timestamp: 1513299600, event: 'open', sg_event_id: 'ci-open-2', sg_message_id: 'sg_message_id' },
    ]);
    const response = await fetch(`${url}/webhooks/sendgrid`, { method: 'POST', headers: signedHeaders(privateKey, body), body });
    if (response.status !== 200) return `webhook answered ${response.status}`;
    await page.evaluate(() => document.querySelector('invoice-communications').refresh());
    await waitForBadges(page, 'Open ×2');
    return sameList(await badgeTexts(page), EXPECTED_BADGES.map((text) => (text === 'Open' ? 'Open ×2' : text)));
  });

  await check('a restart on the same data directory keeps the history, the key pair and the token', async () => {
    const code = await stop(server);
    if (code !== 0) return `the endpoint exited with ${code} on SIGTERM:\n${server.output}`;
    server = runScript('example:endpoint', env);
    await waitFor(server, /Demo page:/);
    if (!/schema version up to date/.test(server.output) || !/Token: +\S+ \(demo, from /.test(server.output)) {
      return `not a restart on the same data:\n${server.output}`;
    }
    await page.reload();
    await waitForBadges(page, 'Open ×2');
    return sameList(await badgeTexts(page), EXPECTED_BADGES.map((text) => (text === 'Open' ? 'Open ×2' : text)));
  });

  await check('no console errors or CSP violations on the page', () => errors.join('\n'));
} catch (error) {
  await check('the check runs to the end', () => {
    throw error;
  });
} finally {
  await browser?.close();
  if (server) await stop(server);
}

/** PostgreSQL's programs, newest version first, or undefined. */
function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => join(base, version, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
}

const bin = postgresBin();
if (!bin) {
  console.log('  skip  the same SQL on PostgreSQL (not installed: no /usr/lib/postgresql/<version>/bin/initdb)');
} else {
  await check(`the same SQL on PostgreSQL (${bin}, a throwaway cluster): test/node/endpoint/postgres.test.ts`, async () => {
    // PostgreSQL will not run as root: as root, the cluster belongs to the postgres user.
    const asRoot = process.getuid?.() === 0;
    const as = (command, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);
    const run = (command, args, options = {}) => {
      const [file, argv] = as(command, args);
      const result = spawnSync(file, argv, { encoding: 'utf8', ...options });
      if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.stdout || result.error}`);
      return result;
    };
    const cluster = mkdtempSync(join(tmpdir(), 'endpoint-check-postgres-'));
    if (asRoot) {
      const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout);
      chownSync(cluster, id('-u'), id('-g'));
    }
    run(join(bin, 'initdb'), ['-D', join(cluster, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    run(join(bin, 'pg_ctl'), [
      '-D', join(cluster, 'data'), '-l', join(cluster, 'log'), '-w', 'start',
      '-o', `-p ${port} -k ${cluster} -c listen_addresses=127.0.0.1 -c fsync=off`,
    ]);
    try {
      const args = ['--import', 'tsx', '--test', '--test-reporter=tap', 'test/node/endpoint/postgres.test.ts'];
      const test = spawnSync(process.execPath, args, {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TEST_DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` },
      });
      const total = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(test.stdout)?.[1] ?? 0);
      if (test.status !== 0 || total('fail') || !total('pass')) return `${test.stdout}\n${test.stderr}`;
      console.log(`        ${total('pass')} tests passed on PostgreSQL`);
      return '';
    } finally {
      run(join(bin, 'pg_ctl'), ['-D', join(cluster, 'data'), '-m', 'immediate', 'stop']);
      rmSync(cluster, { recursive: true, force: true });
    }
  });
}

if (process.env.KEEP) console.log(`endpoint: kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(done());
