/**
 * The demo page: page/index.html and page/page.ts (the element from src/,
 * bundled by esbuild in memory once, at start), served by the endpoint
 * itself, so the page and the history share an origin and need no CORS.
 * The page reads the bearer token from its URL's fragment, which never
 * reaches a server. Not part of a deployment: main.ts mounts it in demo mode.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Route } from './server.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** What a host page can run under: no inline script or style, Lit's Trusted Types policy only. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export async function demoRoutes(): Promise<Record<string, Route>> {
  const [html, css, bundle] = await Promise.all([
    readFile(here('./page/index.html')),
    readFile(here('./page/page.css')),
    build({
      entryPoints: [here('./page/page.ts')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      // tsconfig.json's useDefineForClassFields: false keeps Lit's reactive properties working.
      tsconfig: here('../../tsconfig.json'),
      logLevel: 'silent',
    }),
  ]);
  const js = Buffer.from(bundle.outputFiles[0].contents);
  const file =
    (type: string, body: Buffer): Route =>
    (_request, response) => {
      response.writeHead(200, {
        'Content-Type': type,
        'Content-Length': String(body.length),
        'Cache-Control': 'no-store',
        'Content-Security-Policy': PAGE_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      response.end(body);
    };
  return {
    '/': file('text/html; charset=utf-8', html),
    '/page.js': file('text/javascript; charset=utf-8', js),
    '/page.css': file('text/css; charset=utf-8', css),
    // Browsers ask for it; an empty answer keeps a 404 out of the console.
    '/favicon.ico': (_request, response) => void response.writeHead(204, { 'Cache-Control': 'max-age=86400' }).end(),
  };
}
