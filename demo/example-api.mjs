/**
 * The demo's example endpoint: a Koa middleware for @web/dev-server
 * (web-dev-server.config.mjs), so `npm start` needs no other server.
 *
 *   GET /api/example/                          the scenarios, as JSON
 *   GET /api/example/history?scenario=NAME     one invoice's email history
 *
 * Scenarios: realistic, every-status, large (1,000 sends, paged: 50 a page,
 * newest first, each page's `next` is the one after it), earlier-failure (a
 * warning and failed recipients), live (deferred for three answers, then
 * delivered: the page's polling picks it up), slow (3 s), error
 * (500), empty, malformed (a recipient without `email`), not-json (an HTML
 * login page).
 * The histories are the shared made-up ones of fixtures/index.js.
 */
import {
  emptyHistory,
  everyStatusHistory,
  carriedFailureHistory,
  generateHistory,
  inFlightHistory,
  malformedHistory,
  realisticHistory,
} from '../fixtures/index.js';

export const PREFIX = '/api/example/';
const JSON_TYPE = 'application/json; charset=utf-8';

const LOGIN_PAGE = '<!doctype html><title>Sign in</title><h1>Please sign in</h1>';

const json = (body, status = 200) => ({ status, type: JSON_TYPE, body: JSON.stringify(body) });

/** Each scenario: a label for the picker and the answer (made on request). */
export const scenarios = {
  realistic: { label: 'A realistic invoice (4 sends)', answer: () => json(realisticHistory()) },
  'every-status': { label: 'Every status, and odd values', answer: () => json(everyStatusHistory()) },
  large: { label: 'A large history (1,000 sends, 50 a page)', answer: (query) => json(page(query, 'large', largeSends(), 50)) },
  'earlier-failure': { label: 'An address that bounced before (warning, actions)', answer: () => json(carriedFailureHistory()) },
  // Deferred for the first three answers, then delivered: with poll-interval the page updates, then stops polling.
  live: { label: 'In flight: deferred, delivered a few polls later', answer: () => json(inFlightHistory(live++ % 4 < 3 ? 0 : 1)) },
  slow: { label: 'Slow: answers after 3 seconds', delay: 3000, answer: () => json(realisticHistory()) },
  error: {
    label: 'Server error (500)',
    answer: () => json({ error: 'Internal Server Error' }, 500),
  },
  empty: { label: 'Not sent yet (no sends)', answer: () => json(emptyHistory()) },
  malformed: { label: 'Malformed: a recipient without email', answer: () => json(malformedHistory()) },
  'not-json': {
    label: 'A login page instead of JSON',
    answer: () => ({ status: 200, type: 'text/html; charset=utf-8', body: LOGIN_PAGE }),
  },
};

// How many times the live scenario has answered (it moves on every fourth).
let live = 0;

// Newest first, made once: the pages of one history must agree with each other.
let large;
const largeSends = () => (large ??= generateHistory(1000, 3, 6).sends.reverse());

/** Page `page` (from 0) of `sends`, with `next` the relative URL of the page after it. */
function page(query, scenario, sends, size) {
  const index = Math.max(0, Number.parseInt(String(query.page ?? '0'), 10) || 0);
  const more = (index + 1) * size < sends.length;
  return {
    sends: sends.slice(index * size, (index + 1) * size),
    next: more ? `history?scenario=${scenario}&page=${index + 1}` : null,
  };
}

/** Waits `ms`, or less if the client goes away. */
function delay(ms, req) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** @type {import('koa').Middleware} */
export async function exampleApi(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  ctx.set('Cache-Control', 'no-store');
  const route = ctx.path.slice(PREFIX.length);
  if (route === '') {
    ctx.type = JSON_TYPE;
    ctx.body = JSON.stringify(
      Object.entries(scenarios).map(([name, { label }]) => ({
        name,
        label,
        url: `${PREFIX}history?scenario=${name}`,
      })),
    );
    return;
  }
  if (route !== 'history') return next();
  const name = String(ctx.query.scenario ?? 'realistic');
  const scenario = Object.hasOwn(scenarios, name) ? scenarios[name] : null;
  if (!scenario) {
    Object.assign(ctx, json({ error: `Unknown scenario "${name}"` }, 404));
    return;
  }
  if (scenario.delay) await delay(scenario.delay, ctx.req);
  if (ctx.req.destroyed) return;
  const { status, type, body } = scenario.answer(ctx.query);
  ctx.status = status;
  ctx.type = type;
  ctx.body = body;
}
