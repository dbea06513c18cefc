/**
 * Headless Debian Chromium through playwright-core, for the scripts that
 * drive a page (benchmark, smoke tests). Never downloads a browser:
 * CHROME_PATH or /usr/bin/chromium.
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

// Without the networking flags Chromium keeps calling home on a closed network.
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

export function chromiumPath(env = process.env) {
  return env.CHROME_PATH || '/usr/bin/chromium';
}

export async function launchChromium({ extraArgs = [] } = {}) {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    console.error(
      `Chromium was not found at ${executablePath}.\n` +
        'Install it: sudo apt-get install -y --no-install-recommends chromium\n' +
        'or point CHROME_PATH at an installed Chrome or Chromium.',
    );
    process.exit(1);
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
