#!/usr/bin/env node
/**
 * `npm run bench:studio`: the feed studio's speed and size, from the built file
 * (dist/twin-cities-studio.html, opened as file:// in Debian's headless Chromium).
 *
 * - Import: a 1 000-row .xlsx (made here with SheetJS) picked in the import control,
 *   timed from the control's `change` event to the preview's `load` event with all
 *   1 000 partners read and the list rendered. Target: under 1 s.
 * - Size: the studio file, raw and gzip. Aim: under 400 KB gzip.
 *
 *   node bench/studio.mjs [--runs N]
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {utils, write} from '@e965/xlsx';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const ROWS = 1000;
const TARGET_MS = 1000;
const AIM_GZIP = 400 * 1024;

const COUNTRIES = ['DE', 'PL', 'IT', 'PT', 'TN', 'SN', 'GB', 'ES'];
function workbook() {
  const rows = [['name', 'name_de', 'country', 'population', 'population_year', 'since', 'kind', 'url', 'summary', 'themes']];
  for (let i = 1; i <= ROWS; i++) {
    rows.push([
      `Ville ${i}`, `Stadt ${i}`, COUNTRIES[i % COUNTRIES.length], 1000 + i * 37, 2020, 1950 + (i % 70),
      i % 3 ? 'twinning' : 'cooperation', `https://www.example.org/jumelage/${i}`,
      `Une ville partenaire depuis longtemps, numéro ${i}.`, i % 3 ? '' : 'culture;education',
    ]);
  }
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Partenaires');
  return Buffer.from(write(book, {type: 'array', bookType: 'xlsx'}));
}

const html = join(root, 'dist/twin-cities-studio.html');
const bytes = workbook();
const browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
const times = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({viewport: {width: 1300, height: 1000}});
    const page = await context.newPage();
    await page.goto(pathToFileURL(html).href);
    await page.locator('twin-cities-studio h1').waitFor();
    await page.evaluate((rows) => {
      const studio = document.querySelector('twin-cities-studio');
      const input = studio.shadowRoot.querySelector('input[name=import]');
      const preview = studio.shadowRoot.querySelector('twin-cities');
      window.importTime = new Promise((resolve) => {
        let start;
        input.addEventListener('change', () => (start = performance.now()));
        preview.addEventListener('load', async (event) => {
          if (event.detail.partners !== rows) return;
          await studio.updateComplete;
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
      });
    }, ROWS);
    await page.locator('input[name=import]').setInputFiles({name: 'partenaires.xlsx', mimeType: 'application/octet-stream', buffer: bytes});
    times.push(await page.evaluate(() => window.importTime));
    await context.close();
  }
} finally {
  await browser.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`import of a ${ROWS}-row .xlsx to a rendered preview: median ${median.toFixed(0)} ms over ${runs} runs (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}); target < ${TARGET_MS} ms`);
for (const file of ['dist/twin-cities-studio.html', 'dist/twin-cities-studio.js']) {
  const raw = readFileSync(join(root, file));
  const gz = gzipSync(raw, {level: 9}).length;
  console.log(`${file}: ${(raw.length / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip (aim < ${AIM_GZIP / 1024} KB)`);
}
if (median > TARGET_MS) process.exitCode = 1;
