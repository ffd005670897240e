/**
 * The benchmark's static server: 127.0.0.1, a random port, `dist/` and `bench/` from
 * disk, `/feeds/N.json` generated in memory (bench/generate.mjs), no caching, and a
 * count of requests per path (with query) for the one-request-per-URL check.
 * `overrides` maps a path to a body served instead (bench/profile.mjs uses it).
 */
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {dirname, extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {generateFeed} from './generate.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const TYPES = {'.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json'};

export async function startServer({overrides = {}} = {}) {
  const requests = new Map();
  const feeds = new Map();
  const feedText = (n) => {
    if (!feeds.has(n)) feeds.set(n, JSON.stringify(generateFeed(n)));
    return feeds.get(n);
  };
  const server = createServer((req, res) => {
    requests.set(req.url, (requests.get(req.url) ?? 0) + 1);
    const {pathname} = new URL(req.url, 'http://127.0.0.1');
    const send = (status, type, body) => {
      res.writeHead(status, {'Content-Type': type, 'Cache-Control': 'no-store'});
      res.end(body);
    };
    if (pathname in overrides) return send(200, `${TYPES[extname(pathname)] ?? 'text/plain'}; charset=utf-8`, overrides[pathname]);
    if (pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    const feed = /^\/feeds\/(\d+)\.json$/.exec(pathname);
    if (feed) return send(200, 'application/json; charset=utf-8', feedText(Number(feed[1])));
    const top = pathname.split('/')[1];
    if (top !== 'dist' && top !== 'bench') return send(404, 'text/plain', 'not found');
    const file = normalize(join(root, decodeURIComponent(pathname)));
    if (!file.startsWith(join(root, top) + sep) || !existsSync(file)) return send(404, 'text/plain', 'not found');
    send(200, `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`, readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, base: `http://127.0.0.1:${server.address().port}`, requests};
}
