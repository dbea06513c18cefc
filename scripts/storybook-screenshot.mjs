#!/usr/bin/env node
/**
 * Screenshots of the built Storybook, for the README and for reviewing
 * stories without a desktop browser:
 *
 *   node scripts/storybook-screenshot.mjs <story-id> <out.png> [--ui] [--width 1280] [--height 800]
 *
 * Without --ui: the story alone (iframe.html), the whole page. With --ui: the
 * full Storybook window (sidebar, canvas, controls) at that size. Waits until
 * the story reached the state its `state:*` tag names (see stories/shared.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './browsers.mjs';
import { serve } from './lib/serve.mjs';
import { captureStorybookEvents, checkStory } from './lib/storybook-checks.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    ui: { type: 'boolean', default: false },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
  },
});
const [id, out] = positionals;
if (!id || !out) {
  console.error('usage: node scripts/storybook-screenshot.mjs <story-id> <out.png> [--ui] [--width N] [--height N]');
  process.exit(2);
}

const index = JSON.parse(await readFile(path.join(options.dir, 'index.json'), 'utf8'));
const entry = index.entries[id];
if (entry?.type !== 'story') throw new Error(`No story "${id}" in ${options.dir}/index.json`);
const state = entry.tags.find((tag) => tag.startsWith('state:'))?.slice(6) ?? 'history';

const server = await serve(options.dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(options.width), height: Number(options.height) } });
  await page.addInitScript(captureStorybookEvents);
  let frame = page;
  if (options.ui) {
    await page.goto(`${server.url}?path=/story/${encodeURIComponent(id)}`, { waitUntil: 'load' });
    const handle = await page.waitForSelector('#storybook-preview-iframe');
    frame = await handle.contentFrame();
    await frame.waitForLoadState('load');
  } else {
    await page.goto(`${server.url}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
  }
  const problems = await checkStory(frame, state);
  if (problems.length) console.warn(`warning: ${id}: ${problems.join('; ')}`);
  await page.waitForTimeout(300); // let the a11y panel and fonts settle
  await page.screenshot({ path: out, fullPage: !options.ui });
  console.log(`${out}: ${id} (${state})`);
} finally {
  await browser.close();
  await server.close();
}
