/**
 * The browsers: Debian's Chromium (CHROME_PATH, default /usr/bin/chromium)
 * and Firefox ESR (FIREFOX_PATH, default /usr/bin/firefox-esr). Nothing here
 * downloads a browser. BROWSERS=chromium|firefox|chromium,firefox picks the
 * ones `npm test` runs in (default both); the scripts that drive a page use
 * launchChromium().
 */
import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BROWSERS = {
  chromium: { label: 'Chromium', envVar: 'CHROME_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { label: 'Firefox ESR', envVar: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

// As root, no sandbox; without the networking flags Chromium keeps calling home on a closed network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The browsers BROWSERS names ({name, label, envVar, path, apt}); throws a one-line message for an unknown name. */
export function selectedBrowsers(names = process.env.BROWSERS || 'chromium,firefox') {
  const wanted = [...new Set(names.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))];
  const unknown = wanted.filter((name) => !Object.hasOwn(BROWSERS, name));
  if (unknown.length) throw new Error(`BROWSERS=${names} names ${unknown.join(', ')}; use chromium, firefox or chromium,firefox.`);
  return wanted.map((name) => ({ name, ...BROWSERS[name], path: process.env[BROWSERS[name].envVar] || BROWSERS[name].path }));
}

// access(X_OK) alone is not enough as root, who may "execute" any file with an x bit.
function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    const stats = statSync(path);
    return stats.isFile() && (stats.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** One paragraph on how to get the browsers that are missing, or null when all are there. */
export function missingBrowsers(browsers, alternative = '') {
  const missing = browsers.filter((browser) => !executable(browser.path));
  if (!missing.length) return null;
  return [
    `${missing.map((b) => `${b.label} is not installed at ${b.path}`).join(' and ')}.`,
    `Install ${missing.length > 1 ? 'them' : 'it'} with \`sudo apt-get install -y --no-install-recommends ${missing.map((b) => b.apt).join(' ')}\`,`,
    `or set ${missing.map((b) => `${b.envVar} to an installed ${b.label}`).join(' and ')}${alternative}.`,
    'Nothing here downloads a browser.',
  ].join('\n');
}

/** Headless Chromium through playwright-core; exits with the message above when it is missing. */
export async function launchChromium(extraArgs = []) {
  const browsers = selectedBrowsers('chromium');
  const problem = missingBrowsers(browsers);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  return chromium.launch({ executablePath: browsers[0].path, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Opens `url` in a new page; `errors` collects its uncaught exceptions, console errors and console messages `alsoFail` matches. */
export async function openPage(browser, url, alsoFail = /$^/) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (m) => (m.type() === 'error' || alsoFail.test(m.text())) && errors.push(`console ${m.type()}: ${m.text()}`));
  await page.goto(url);
  return { page, errors };
}
