/**
 * web-test-runner: TypeScript tests in Debian's Chromium and Firefox ESR.
 *
 *   BROWSERS=chromium|firefox|chromium,firefox (default both)
 *   CHROME_PATH / FIREFOX_PATH override the executables.
 *
 * Run it through `npm test` (scripts/run-tests.mjs), which checks the browsers
 * first and records the pass/fail count.
 */
import { fileURLToPath } from 'node:url';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, selectedBrowsers } from './scripts/browsers.mjs';
import { testApi } from './scripts/test-api.mjs';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors.mjs';

const launchers = {
  chromium: (path) =>
    chromeLauncher({ launchOptions: { executablePath: path, headless: true, args: CHROMIUM_ARGS } }),
  // puppeteer-core drives the installed Firefox over WebDriver BiDi. Passing it as the launcher's
  // own puppeteer names the browser "Firefox" in reports; the full `puppeteer` package is not
  // needed, and its install script would download a Chrome the tests never use.
  firefox: (path) =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: path, headless: true },
    }),
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // test/node/ is DOM-free and runs in Node (scripts/run-tests.mjs).
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // tsconfig.json's useDefineForClassFields: false keeps class-field initialisers from shadowing
  // the accessors Lit creates for `static properties`.
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    forcedColorsPlugin(),
    // The browser's accessibility tree (test/element/accessibility-tree.test.ts).
    a11ySnapshotPlugin(),
  ],
  middleware: [testApi],
  // Every test page loads test/setup/lit-warnings.ts right after the test framework: it fails a
  // test on any Lit dev-mode warning other than the dev-mode notice (both browsers).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>` +
    `<script type="module" src="${testFramework}"></script>` +
    `<script type="module" src="/test/setup/lit-warnings.ts"></script>` +
    `</body></html>`,
  browsers: selectedBrowsers().map(({ name, path }) => launchers[name](path)),
  browserStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  // Lit's dev-mode notice is expected in tests; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
};
