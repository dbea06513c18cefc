/**
 * A tiny static file server for a built site (storybook-static), on
 * 127.0.0.1 and a free port. Enough for Storybook and its MSW service worker:
 * correct content types, index.html for directories, nothing outside root.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root`; resolves with its base URL and a `close()` function.
 * `extra` maps more URL paths to files (e.g. a test script outside root).
 */
export async function serveStatic(root, extra = {}) {
  const base = path.resolve(root);
  const server = http.createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      let file = extra[pathname] ?? path.join(base, path.normalize(decodeURIComponent(pathname)));
      if (!extra[pathname] && file !== base && !file.startsWith(base + path.sep)) {
        throw Object.assign(new Error(), { code: 'EACCES' });
      }
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        // The server lives for one test run: let Chromium cache (and keep compiled) the bundles.
        'Cache-Control': 'max-age=600',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch (error) {
      const status = error?.code === 'EACCES' ? 403 : 404;
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(status === 403 ? 'Forbidden' : 'Not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The Chromium this machine has, with the flags it needs (no sandbox as root, no network chatter). */
export const CHROMIUM = { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
