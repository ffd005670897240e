#!/usr/bin/env node
/**
 * `npm run bench` (after bench/run.mjs), or alone: node bench/explore.mjs [--runs N] [--smoke]
 *
 * The `filters` search box and the map, in Debian's headless Chromium:
 *   - a keystroke re-renders 1 000 partners (page-size 0) within 1.5× the same
 *     filtering done by hand with innerHTML (bench/explore-page.mjs);
 *   - a keystroke with 10 000 partners (default page size) under 50 ms;
 *   - the map of 200 located partners drawn under 30 ms.
 * Median (min–max) over the runs; exit 1 when a target fails (not with --smoke).
 */
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from '../scripts/chromium.mjs';
import {startServer} from './server.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
for (const file of ['dist/twin-cities.js', 'dist/twin-cities-map.js']) {
  if (!existsSync(join(root, file))) {
    console.error(`${file} is missing: npm run build`);
    process.exit(1);
  }
}
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const runsArg = args.find((a) => a.startsWith('--runs'));
const runs = smoke ? 1 : Number(runsArg?.split('=')[1] ?? args[args.indexOf('--runs') + 1] ?? 10) || 10;

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const show = (v) => `${median(v).toFixed(1)} ms (${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)})`;

const {server, base} = await startServer();
const browser = await chromium.launch({executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc']});
let failed = false;
try {
  const page = await (await browser.newContext({viewport: {width: 1280, height: 800}})).newPage();
  page.on('pageerror', (e) => {
    console.error(`page error: ${e.message}`);
    failed = true;
  });
  await page.goto(`${base}/bench/explore.html`);
  await page.waitForFunction(() => window.exploreReady === true);
  const strokes = await page.evaluate(() => window.explore.prepare([200, 1000, 10000]));
  console.log(`Chromium ${browser.version()}; ${runs} run(s); each sample is the mean of ${strokes} keystrokes`);
  const sample = {element1000: [], vanilla1000: [], element10000: [], map: []};
  for (let run = 0; run < runs + (smoke ? 0 : 1); run++) {
    // The first round warms up (JIT, Intl caches, the map module) and is not kept.
    const keep = smoke || run > 0;
    const element1000 = await page.evaluate(() => window.explore.keystrokes(1000, 'element', 0));
    const vanilla1000 = await page.evaluate(() => window.explore.keystrokes(1000, 'vanilla', 0));
    const element10000 = await page.evaluate(() => window.explore.keystrokes(10000, 'element', 100));
    const map = await page.evaluate(() => window.explore.map());
    if (!keep) continue;
    sample.element1000.push(element1000);
    sample.vanilla1000.push(vanilla1000);
    sample.element10000.push(element10000);
    sample.map.push(map.ms);
  }
  const ratio = median(sample.element1000) / median(sample.vanilla1000);
  const targets = [
    ['keystroke, 1 000 partners, page-size 0: element', show(sample.element1000), ''],
    ['keystroke, 1 000 partners: by hand (innerHTML)', show(sample.vanilla1000), ''],
    ['  element ÷ by hand', `${ratio.toFixed(2)}×`, ratio <= 1.5 ? 'ok (≤ 1.5×)' : 'FAIL (> 1.5×)'],
    ['keystroke, 10 000 partners, page-size 100', show(sample.element10000), median(sample.element10000) < 50 ? 'ok (< 50 ms)' : 'FAIL (≥ 50 ms)'],
    ['map of 200 partners, drawn and painted', show(sample.map), median(sample.map) < 30 ? 'ok (< 30 ms)' : 'FAIL (≥ 30 ms)'],
  ];
  for (const [what, value, verdict] of targets) console.log(`${what.padEnd(50)} ${value.padEnd(26)} ${verdict}`);
  if (!smoke && targets.some(([, , v]) => v.startsWith('FAIL'))) failed = true;
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
