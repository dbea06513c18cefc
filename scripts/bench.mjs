#!/usr/bin/env node
/**
 * npm run bench [-- --quick | --ci] [-- --json FILE]
 *
 * Builds bench/page.ts for production (no Lit dev mode), serves it on
 * 127.0.0.1 and measures in headless Chromium, element and floor side by side
 * in one run. Prints medians and ratios, then every figure side by side in
 * one table. --quick takes few samples; --ci also uses a 100-send history
 * instead of 1,000 and 10,000 (CI runs it only to keep the benchmark working;
 * no timing is asserted anywhere).
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
const samples = quick ? { typical: 3, [large]: 2, scale: 1, cold: 2 } : { typical: 31, large: 7, scale: 7, cold: 15 };

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
  const open = async () => {
    const fresh = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    fresh.on('pageerror', (error) => console.error('page error:', error.message));
    await fresh.goto(server.url);
    await fresh.waitForFunction(() => 'bench' in globalThis);
    return fresh;
  };
  const page = await open();
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

  // Cold: a fresh page per sample, element and floor interleaved; nothing has
  // rendered on it yet (no stylesheet, template or Intl formatter made).
  {
    const source = await run(`bench.floorSource('typical')`);
    const element = [], floor = [];
    for (let i = 0; i < samples.cold; i++) {
      const a = await open();
      element.push(await a.evaluate(`bench.coldElement('typical')`));
      await a.close();
      const b = await open();
      floor.push(await b.evaluate(({ markup, css }) => globalThis.bench.coldFloor(markup, css), source));
      await b.close();
    }
    results.cold = { samples: samples.cold, element: median(element), floor: median(floor) };
    results.cold.ratio = results.cold.element / results.cold.floor;
    console.log(`cold page, typical: element ${ms(results.cold.element)}, floor ${ms(results.cold.floor)}, element ÷ floor ${results.cold.ratio.toFixed(2)}`);
  }

  // Paged: time to first content when the endpoint pages (50 sends a page).
  results.paged = {};
  for (const sends of [10, scaleSends[scaleSends.length - 1]]) {
    await run(`bench.paged(${sends})`);
    const first = [];
    for (let i = 0; i < samples.scale; i++) first.push(await run(`bench.paged(${sends})`));
    results.paged[sends] = { firstContent: median(first) };
    console.log(`paged endpoint, ${sends} sends: first content ${ms(median(first))}`);
  }
  {
    const most = scaleSends[scaleSends.length - 1];
    results.paged.ratio = results.paged[most].firstContent / results.paged[10].firstContent;
    console.log(`time to first content from a paged endpoint, ${most.toLocaleString('en')} ÷ 10 sends: ${results.paged.ratio.toFixed(2)}`);
  }

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
  console.log(`DOM: ${f.nodes} nodes, ${f.elements} elements for ${f.badges} badges = ${f.nodesPerBadge.toFixed(2)} nodes, ${f.elementsPerBadge.toFixed(2)} elements per badge; JS heap after ${large} render ${f.heapBytes ? (f.heapBytes / 2 ** 20).toFixed(1) + ' MiB' : 'n/a'}`);

  // Every figure of this run, side by side.
  const r = results;
  const rows = [
    [`Complete render, ${large}: element ÷ floor`, `${ms(r[large].element)} ÷ ${ms(r[large].floor)} = ${r[large].ratio.toFixed(2)}`, '≤ 1.5'],
    ['Typical, cold page: element ÷ floor', `${ms(r.cold.element)} ÷ ${ms(r.cold.floor)} = ${r.cold.ratio.toFixed(2)}`, '≤ 1.5'],
    ['Typical, warm page: element ÷ floor', `${ms(r.typical.element)} ÷ ${ms(r.typical.floor)} = ${r.typical.ratio.toFixed(2)}`, ''],
    ['Refresh with one new event ÷ first render', `${ms(r.refresh.update)} ÷ ${ms(r.refresh.firstRender)} = ${(r.refresh.ratio * 100).toFixed(1)} %`, '≤ 5 %'],
    [`First content, paged endpoint: ${most.toLocaleString('en')} ÷ 10 sends`, `${ms(r.paged[most].firstContent)} ÷ ${ms(r.paged[10].firstContent)} = ${r.paged.ratio.toFixed(2)}`, '≤ 1.5'],
    [`First content, one unpaged answer: ${most.toLocaleString('en')} ÷ 10 sends`, `${ms(r.scale[most].firstContent)} ÷ ${ms(r.scale[10].firstContent)} = ${r.scale.ratio.toFixed(2)}`, ''],
    ['DOM nodes per badge', f.nodesPerBadge.toFixed(2), '≤ 6'],
    ['Elements per badge', f.elementsPerBadge.toFixed(2), '≤ 2.5'],
  ];
  console.log('\n| Measure | Result | Target |\n| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  await browser.close();
  await server.close();
}
if (jsonFile) await writeFile(jsonFile, JSON.stringify(results, null, 2));
