// The built studio, dist/twin-cities-studio.html, as a web editor uses it: opened by
// double-click (file://) in Chromium, a CSV imported, the feed downloaded, and the
// downloaded file checked by `twin-cities validate` (exit 0). It must fetch nothing
// on its own. Needs `npm run build` first (dist/ and lib/).
import {execFile, execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/chromium.mjs';
import {answer} from './wikidata-stand-in.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const html = join(root, 'dist/twin-cities-studio.html');
const validate = (file) =>
  new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'bin/twin-cities.js'), 'validate', file], {env: {...process.env, LANG: 'C'}}, (error, stdout, stderr) =>
      resolve({status: error ? error.code : 0, stdout, stderr})
    );
  });

describe('dist/twin-cities-studio.html opened as a file', {skip: !existsSync(html) && 'run npm run build first'}, () => {
  let browser;
  let page;
  const requests = [];
  before(async () => {
    browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
    const context = await browser.newContext({acceptDownloads: true, locale: 'fr-FR'});
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(html).href);
  });
  after(() => browser?.close());

  it('shows its heading in French', async () => {
    assert.equal((await page.locator('twin-cities-studio h1').textContent()).trim(), 'Atelier des villes partenaires');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-FR');
  });

  it('imports a CSV, previews it, and downloads a feed that twin-cities validate accepts', async () => {
    await page.locator('input[name=import]').setInputFiles(join(root, 'test/fixtures/colombes.csv'));
    await page.locator('twin-cities-studio ol.partners li').nth(4).waitFor();
    await page.locator('twin-cities [part="card"]').nth(4).waitFor();
    await page.locator('#city-name-fr').fill('Colombes');
    await page.locator('#city-country').fill('FR');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[name=download]').click()]);
    assert.equal(download.suggestedFilename(), 'jumelages.json');
    const file = join(mkdtempSync(join(tmpdir(), 'twin-cities-studio-')), 'jumelages.json');
    await download.saveAs(file);
    const feed = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(feed.partners.map((p) => p.id), ['frankenthal', 'sopot', 'viana-do-castelo', 'ras-jebel', 'gueule-tapee-fass-colobane']);
    assert.deepEqual(feed.city, {name: {fr: 'Colombes'}, country: 'FR'});
    const result = await validate(file);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('speaks the language of ?lang=, and reads Wikidata at the address of ?wikidata=', async () => {
    const wikidata = 'https://wikidata.stand-in.invalid/w/api.php';
    const other = await browser.newPage();
    await other.route(`${wikidata}?**`, (route) =>
      route.fulfill({
        contentType: 'application/json; charset=utf-8',
        headers: {'access-control-allow-origin': '*'},
        body: answer(new URL(route.request().url()).searchParams),
      })
    );
    await other.goto(`${pathToFileURL(html).href}?lang=pl&wikidata=${encodeURIComponent(wikidata)}`);
    assert.equal((await other.locator('twin-cities-studio h1').textContent()).trim(), 'Pracownia miast partnerskich');
    await other.locator('input[name=wikidata-town]').fill('Colombes');
    await other.locator('input[name=wikidata-town]').press('Enter');
    await other.locator('button[data-qid=Q900001]').click();
    await other.locator('twin-cities-studio ol.partners li').nth(3).waitFor();
    assert.deepEqual(await other.locator('twin-cities-studio ol.partners li .name').allTextContents(), [
      'Frankenthal (Pfalz)', 'Sopot', 'Viana do Castelo', 'Legnano',
    ]);
    await other.close();
  });

  it('fetched nothing but its own file', () => {
    assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:')), []);
  });
});

it('ships in the npm package: the studio module and its one-file page', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
  );
  const files = pack.files.map((f) => f.path);
  assert.ok(files.includes('dist/twin-cities-studio.html'));
  assert.ok(files.includes('dist/twin-cities-studio.js'));
  assert.ok(files.includes('docs/publishing.md'), 'the guide the studio links to');
  assert.deepEqual(files.filter((f) => f.startsWith('lib/studio/')), [], 'no studio module whose dependencies are only for building');
});
