#!/usr/bin/env node
/**
 * npm run bench [-- --quick | --ci] [-- --json FILE]
 *
 * Builds bench/page.ts for production (no Lit dev mode), serves it on
 * 127.0.0.1 and measures in headless Chromium, element and floor side by side
 * in one run. Prints medians and ratios. --quick takes few samples; --ci
 * also uses a 100-send history instead of 1,000 and 10,000 (CI runs it only
 * to keep the benchmark working; no timing is asserted anywhere).
 */
import { build } from 'esbuild';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launchChromium } from './browsers.mjs';
import { serve } from './lib/serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.cache', 'bench');
const args = process.argv.slice(2);
const ci = args.includes('--ci');
const quick = ci || args.includes('--quick');
const large = ci ? 'medium' : 'large';
const scaleSends = ci ? [10, 100] : [10, 1000, 10000];
const jsonFile = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const samples = quick ? { typical: 3, [large]: 2, scale: 1 } : { typical: 31, large: 7, scale: 7 };

await mkdir(out, { recursive: true });
await build({
  entryPoints: [join(root, 'bench/page.ts')],
  bundle: true,
  format: 'esm',
  minify: true,
  conditions: ['production'],
  target: 'es2022',
  tsconfig: join(root, 'tsconfig.json'),
  outfile: join(out, 'page.js'),
  logLevel: 'warning',
});
await writeFile(join(out, 'index.html'), await readFile(join(root, 'bench/index.html')));

const server = await serve(out);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

const browser = await launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
const results = {};
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(server.url);
  await page.waitForFunction(() => 'bench' in globalThis);
  const run = (expression) => page.evaluate(expression);

  for (const shape of ['typical', large]) {
    const element = [], firstContent = [], floor = [];
    await run(`bench.element('${shape}')`); // warm-up, and prepares the floor's markup
    await run(`bench.floor('${shape}')`);
    for (let i = 0; i < samples[shape]; i++) {
      // Interleaved so both see the same machine state.
      const { first, all } = await run(`bench.element('${shape}')`);
      element.push(all);
      firstContent.push(first);
      floor.push(await run(`bench.floor('${shape}')`));
    }
    results[shape] = {
      samples: samples[shape],
      element: median(element),
      elementFirstContent: median(firstContent),
      floor: median(floor),
      ratio: median(element) / median(floor),
    };
    const r = results[shape];
    console.log(`first render ${shape}: element ${ms(r.element)} (first content ${ms(r.elementFirstContent)}), floor ${ms(r.floor)}, element ÷ floor ${r.ratio.toFixed(2)}`);
  }

  const update = [], firstRender = [];
  for (let i = 0; i < samples[large]; i++) {
    const r = await run(`bench.refresh('${large}')`);
    update.push(r.update);
    firstRender.push(r.firstRender);
  }
  results.refresh = { update: median(update), firstRender: median(firstRender) };
  results.refresh.ratio = results.refresh.update / results.refresh.firstRender;
  console.log(`refresh with one new event (${large}): ${ms(results.refresh.update)} vs first render ${ms(results.refresh.firstRender)} = ${(results.refresh.ratio * 100).toFixed(1)}%`);

  results.scale = {};
  for (const sends of scaleSends) {
    // Rendering all 10,000 sends takes minutes: measured once, not per sample.
    const sampleAll = sends <= 1000;
    await run(`bench.scale(${sends}, ${sampleAll})`);
    const first = [], all = [];
    for (let i = 0; i < samples.scale; i++) {
      const r = await run(`bench.scale(${sends}, ${sampleAll})`);
      first.push(r.first);
      all.push(r.all);
    }
    results.scale[sends] = { firstContent: median(first), all: sampleAll ? median(all) : null };
    console.log(`scale ${sends} sends: first content ${ms(median(first))}` + (sampleAll ? `, all sends rendered ${ms(median(all))}` : ''));
  }
  const most = scaleSends[scaleSends.length - 1];
  results.scale.ratio = results.scale[most].firstContent / results.scale[10].firstContent;
  console.log(`time to first content, ${most.toLocaleString('en')} ÷ 10 sends: ${results.scale.ratio.toFixed(2)}`);

  await run('bench.clear()');
  results.footprint = await run(`bench.footprint('${large}')`);
  const f = results.footprint;
  console.log(`DOM: ${f.nodes} nodes for ${f.badges} badges = ${f.nodesPerBadge.toFixed(1)} per badge; JS heap after ${large} render ${f.heapBytes ? (f.heapBytes / 2 ** 20).toFixed(1) + ' MiB' : 'n/a'}`);
} finally {
  await browser.close();
  await server.close();
}
if (jsonFile) await writeFile(jsonFile, JSON.stringify(results, null, 2));
