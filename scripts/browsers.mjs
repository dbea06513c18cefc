/**
 * Which browsers the tests run in, shared by web-test-runner.config.mjs and
 * scripts/run-tests.mjs. BROWSERS (comma-separated: chromium, firefox;
 * default both) selects them; CHROME_PATH and FIREFOX_PATH override where
 * they are. Never downloads a browser.
 */
import { accessSync, constants, statSync } from 'node:fs';

export const BROWSERS = {
  chromium: {
    name: 'chromium',
    label: 'Chromium',
    envVar: 'CHROME_PATH',
    defaultPath: '/usr/bin/chromium',
    aptPackage: 'chromium',
  },
  firefox: {
    name: 'firefox',
    label: 'Firefox ESR',
    envVar: 'FIREFOX_PATH',
    defaultPath: '/usr/bin/firefox-esr',
    aptPackage: 'firefox-esr',
  },
};

const ALIASES = { chrome: 'chromium', 'firefox-esr': 'firefox' };

export class BrowserSelectionError extends Error {
  name = 'BrowserSelectionError';
}

/** The browsers BROWSERS selects, each with the executable path to use. */
export function selectedBrowsers(env = process.env) {
  const names = (env.BROWSERS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .map((name) => ALIASES[name] ?? name);
  const wanted = names.length ? [...new Set(names)] : Object.keys(BROWSERS);
  const unknown = wanted.filter((name) => !Object.hasOwn(BROWSERS, name));
  if (unknown.length) {
    throw new BrowserSelectionError(
      `BROWSERS=${env.BROWSERS} names ${unknown.join(', ')}; use chromium, firefox or chromium,firefox.`,
    );
  }
  return wanted.map((name) => {
    const browser = BROWSERS[name];
    return { ...browser, path: env[browser.envVar] || browser.defaultPath };
  });
}

/** Why the browser's executable cannot be used, or null when it can. */
export function executableProblem(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return `${path} does not exist`;
  }
  if (!stats.isFile()) return `${path} is not a file`;
  // access(X_OK) alone is not enough as root, who may "execute" any file with an x bit.
  const executable = (stats.mode & 0o111) !== 0;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    return `${path} is not executable`;
  }
  return executable ? null : `${path} is not executable`;
}
