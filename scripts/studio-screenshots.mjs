// The studio's screenshots for the docs (docs/studio-*.png), taken from the built
// file (dist/twin-cities-studio.html, opened as file://) with Debian's Chromium;
// Wikidata is the tests' local stand-in, answered inside the browser: nothing
// leaves this machine. Run: npm run build, then node scripts/studio-screenshots.mjs
import {readFileSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from './chromium.mjs';
import {answer} from '../test/studio/wikidata-stand-in.mjs';

const WIKIDATA = 'https://wikidata.stand-in.invalid/w/api.php';
const page0 = new URL('../dist/twin-cities-studio.html', import.meta.url).href;
const browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
const shot = async (name, act) => {
  const context = await browser.newContext({viewport: {width: 1300, height: 1000}, locale: 'fr-FR'});
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.route(`${WIKIDATA}?**`, (route) =>
    route.fulfill({
      contentType: 'application/json; charset=utf-8',
      headers: {'access-control-allow-origin': '*'},
      body: answer(new URL(route.request().url()).searchParams),
    })
  );
  await page.goto(`${page0}?wikidata=${encodeURIComponent(WIKIDATA)}`);
  await page.locator('twin-cities-studio h1').waitFor();
  await act(page);
  await page.waitForTimeout(400);
  await page.screenshot({path: `docs/studio-${name}.png`});
  await context.close();
};
try {
  await shot('blank', async () => {});
  await shot('colombes', async (page) => {
    await page.locator('input[name=import]').setInputFiles({
      name: 'colombes.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(new URL('../test/fixtures/colombes.csv', import.meta.url)),
    });
    await page.locator('twin-cities-studio twin-cities').getByText('Sopot').first().waitFor();
    await page.locator('twin-cities-studio [data-action=edit]').nth(1).click();
  });
  await shot('wikidata', async (page) => {
    await page.locator('input[name=wikidata-town]').fill('Colombes');
    await page.locator('input[name=wikidata-town]').press('Enter');
    await page.locator('button[data-qid=Q900001]').click();
    await page.locator('twin-cities-studio ol.partners li').nth(3).waitFor();
    await page.locator('twin-cities-studio [data-action=edit]').nth(2).click();
  });
  await shot('field-error', async (page) => {
    await page.locator('button[name=add]').click();
    await page.locator('#partner-name-fr').fill('Sopot');
    await page.locator('#partner-country').fill('POL');
    await page.locator('#partner-url').fill('javascript:alert(1)');
    await page.locator('#partner-since').fill('1864a');
    await page.locator('button[name=download]').click();
    await page.locator('#partner-country').focus();
  });
} finally {
  await browser.close();
}
