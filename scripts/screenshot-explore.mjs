// The README's pictures of the filters and the map, from the built bundle
// (npm run build first): node scripts/screenshot-explore.mjs
//   docs/filters-colombes.png  <twin-cities filters> on demo/feeds/colombes.json, decentralised cooperation chosen
//   docs/map-bagnolet.png      <twin-cities map> on demo/feeds/bagnolet.json
// A loopback server serves the repository and the two pages; Debian's Chromium shoots them.
import {readFileSync, existsSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from './chromium.mjs';

const root = process.cwd();
const page = (attributes, feed) => `<!doctype html><html lang="fr"><meta charset="utf-8">
<link rel="stylesheet" href="/demo/demo.css"><script type="module" src="/dist/twin-cities.js"></script>
<body><main style="max-width: 1100px; margin: 1.5rem auto; padding: 0 1rem">
<twin-cities ${attributes} src="/demo/feeds/${feed}.json"></twin-cities></main></body></html>`;
const pages = {
  '/filters.html': page('filters', 'colombes'),
  '/map.html': page('map', 'bagnolet'),
};
const types = {'.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css'};
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (pages[path]) return res.writeHead(200, {'Content-Type': 'text/html'}).end(pages[path]);
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, {'Content-Type': types[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
try {
  const tab = await browser.newPage({viewport: {width: 1100, height: 900}});
  await tab.goto(`${base}/filters.html`, {waitUntil: 'networkidle'});
  await tab.locator('twin-cities [part="filter-kind"]').selectOption('cooperation');
  await tab.waitForTimeout(300);
  await tab.locator('twin-cities').screenshot({path: 'docs/filters-colombes.png'});
  await tab.goto(`${base}/map.html`, {waitUntil: 'networkidle'});
  await tab.locator('twin-cities [part~="marker"]').first().focus();
  await tab.waitForTimeout(300);
  await tab.locator('twin-cities').screenshot({path: 'docs/map-bagnolet.png'});
} finally {
  await browser.close();
  server.close();
}
