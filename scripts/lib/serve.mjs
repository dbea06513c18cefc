/**
 * Serves a folder on 127.0.0.1 at a free port with sirv (content types,
 * index.html for folders, query strings ignored, nothing outside the folder),
 * read from disk on every request, so files written after the start are served.
 *
 *   headers   set on every response (files default to Cache-Control: no-store)
 *   routes    { '/path': (request, response) => … }, answered before the files
 *   missing   the status for what is neither (default 404)
 *
 * Resolves with { url (ends in /), close() }.
 */
import http from 'node:http';
import sirv from 'sirv';

export async function serve(dir, { headers = {}, routes = {}, missing = 404 } = {}) {
  const files = sirv(dir, { dev: true });
  const server = http.createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const route = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (route) route(request, response);
    else files(request, response, () => response.writeHead(missing).end());
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
