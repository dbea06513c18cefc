/**
 * `npm start`: the demo page (demo/index.html) and its example endpoint
 * (demo/example-api.mjs) on one @web/dev-server, straight from src/ with
 * esbuild. No configuration: open the URL it prints.
 *
 * PORT picks the port (default: 8000, or the next free one).
 */
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { exampleApi } from './demo/example-api.mjs';

const DEMO = '/demo/';

/** `/` and `/demo` lead to the demo page. */
async function toDemo(ctx, next) {
  if (ctx.path === '/' || ctx.path === '/demo') {
    ctx.redirect(DEMO);
    return;
  }
  await next();
}

/** Prints the demo's address once the server listens. */
const printDemoUrl = {
  name: 'print-demo-url',
  serverStart({ config }) {
    const host = !config.hostname || config.hostname === '0.0.0.0' ? 'localhost' : config.hostname;
    const url = `${config.http2 ? 'https' : 'http'}://${host}:${config.port}${DEMO}`;
    // After wds's own start-up lines, so it is the last thing on screen.
    setTimeout(() => console.log(`\n  Demo: ${url}\n  Example API: ${url.replace(DEMO, '/api/example/')}\n`), 0);
  },
};

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  ...(process.env.PORT && { port: Number(process.env.PORT) }),
  open: false,
  watch: false,
  nodeResolve: true,
  middleware: [toDemo, exampleApi],
  // tsconfig.json's useDefineForClassFields: false keeps class-field initialisers from shadowing
  // the accessors Lit creates for `static properties`; 'es2022' rather than 'auto', which
  // mangles destructuring in some files.
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    printDemoUrl,
  ],
};
