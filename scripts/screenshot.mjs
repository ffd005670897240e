// Screenshots with Debian's Chromium; nothing is downloaded, nothing leaves the machine.
//
//   node scripts/screenshot.mjs URL OUT.png [width]   one page (FULL_PAGE=1 for all of it)
//   node scripts/screenshot.mjs --layouts              docs/layouts/<layout>-<scheme>-<width>.png:
//       the demo's Bagnolet section in each card layout, light and dark, 390 and 1200 px wide,
//       served from this repository on 127.0.0.1 (build first: the demo loads dist/).
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {dirname, extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from './chromium.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const TYPES = {'.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json', '.svg': 'image/svg+xml'};

/** The repository's demo/ and dist/ over HTTP (the demo fetches its feeds: file:// cannot). */
async function serve() {
  const server = createServer((req, res) => {
    const {pathname} = new URL(req.url, 'http://127.0.0.1');
    const file = normalize(join(root, decodeURIComponent(pathname)));
    const top = pathname.split('/')[1];
    const ok = (top === 'demo' || top === 'dist') && file.startsWith(join(root, top) + sep) && existsSync(file);
    res.writeHead(ok ? 200 : 404, {'Content-Type': ok ? `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` : 'text/plain'});
    res.end(ok ? readFileSync(file) : 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, base: `http://127.0.0.1:${server.address().port}`};
}

/** Waits until every element has shown its cards and every visible picture has loaded. */
async function settled(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('twin-cities')].every((el) => !el.hasAttribute('aria-busy') && el.shadowRoot?.firstElementChild)
  );
  await page.waitForFunction(() =>
    [...document.querySelectorAll('twin-cities')]
      .flatMap((el) => [...el.shadowRoot.querySelectorAll('img')])
      .every((img) => img.complete || !img.checkVisibility())
  );
}

async function layouts(browser) {
  const {server, base} = await serve();
  const out = join(root, 'docs', 'layouts');
  mkdirSync(out, {recursive: true});
  try {
    for (const layout of ['grid', 'list', 'compact']) {
      for (const scheme of ['light', 'dark']) {
        for (const width of [390, 1200]) {
          const page = await browser.newPage({viewport: {width, height: 900}, colorScheme: scheme, deviceScaleFactor: 1});
          await page.goto(`${base}/demo/index.html?layout=${layout}`, {waitUntil: 'networkidle'});
          const section = page.locator('#layouts');
          // A window as tall as the page, so every lazy picture is in view and loads.
          await page.waitForFunction(() => document.querySelector('twin-cities')?.shadowRoot?.querySelector('[part=card]'));
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({width, height});
          await settled(page);
          const path = join(out, `${layout}-${scheme}-${width}.png`);
          await section.screenshot({path});
          console.log(path.slice(root.length + 1));
          await page.close();
        }
      }
    }
  } finally {
    server.close();
  }
}

const browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
try {
  if (process.argv[2] === '--layouts') {
    await layouts(browser);
  } else {
    const [url, out, width = '1200'] = process.argv.slice(2);
    const page = await browser.newPage({viewport: {width: Number(width), height: 900}});
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForTimeout(300);
    await page.screenshot({path: out, fullPage: process.env.FULL_PAGE === '1'});
  }
} finally {
  await browser.close();
}
