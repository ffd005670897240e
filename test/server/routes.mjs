/**
 * Test-only routes served by web-test-runner's dev server, so every network fault
 * the element must survive happens on this machine, offline:
 *
 *   /api/hang                 never answers (until the client gives up)
 *   /api/status/404           an empty answer with that status
 *   /api/html                 a CMS error page served with 200
 *   /api/big?mb=6             a JSON body of that many megabytes, no Content-Length
 *   /api/big-declared?mb=6    the same, announced by Content-Length
 *   /api/delay?ms=300&file=…  a file from the repo, answered after a delay
 *   /api/no-cors?file=…       a file served to a foreign origin without CORS headers
 *   /api/count?file=…         a file, counting requests (GET /api/count-reset, /api/count-value)
 *   /api/redirect?to=/path    a 302 to that path on this server
 *   /api/redirect?to=/path&host=H   the same path on host H (this port): another origin
 *   /api/cors?file=…          a file served to any origin (Access-Control-Allow-Origin: *)
 *   /api/gzip-bomb?mb=50      a small gzip body that inflates to that many megabytes
 *   /api/anonymous            a feed listing Colombes (FR) when the request carries
 *                             no Referer and no Cookie; else one naming what it carried
 *   /api/streamed-page?id=X   a page that stops in the middle of its inline feed until
 *                             the element is defined (then /api/streamed-page-continue?id=X)
 *   /api/held-image?id=X      a 16:9 SVG picture, answered only once /api/release-image?id=X is asked
 */
import {readFile} from 'node:fs/promises';
import {resolve, normalize} from 'node:path';

const root = resolve(process.cwd());
const counts = new Map();
const bombs = new Map();
const streams = new Map();
const heldImages = new Map();

async function repoFile(name) {
  const path = normalize(resolve(root, name));
  if (!path.startsWith(root)) throw new Error('outside');
  return readFile(path, 'utf8');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Koa middleware for web-test-runner's `middleware` option. */
export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  const q = ctx.query;
  const route = ctx.path.slice(5);
  if (route === 'hang') {
    await new Promise((r) => ctx.req.on('close', r));
    return;
  }
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice(7));
    ctx.body = '';
    return;
  }
  if (route === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Erreur</title><p>Page introuvable</p>';
    return;
  }
  if (route === 'big' || route === 'big-declared') {
    const size = Number(q.mb ?? 6) * 1024 * 1024;
    const chunk = Buffer.from(' '.repeat(64 * 1024));
    const body = [];
    for (let n = 0; n < size; n += chunk.length) body.push(chunk);
    const buffer = Buffer.concat([Buffer.from('{"version":1,"partners":[]}'), ...body]);
    ctx.type = 'application/json';
    if (route === 'big-declared') {
      ctx.set('Content-Length', String(buffer.length));
      ctx.body = buffer;
    } else {
      const {Readable} = await import('node:stream');
      ctx.body = Readable.from(body.length ? [Buffer.from('{"version":1,"partners":[]}'), ...body] : []);
    }
    return;
  }
  if (route === 'anonymous') {
    const carried = [ctx.get('Referer') && 'Referer', ctx.get('Cookie') && 'Cookie'].filter(Boolean);
    const name = carried.length ? carried.join(' + ') : 'Colombes';
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({version: 1, partners: [{id: 'seen', name, country: 'FR'}]});
    return;
  }
  if (route === 'delay') {
    await sleep(Number(q.ms ?? 0));
    ctx.type = 'application/json';
    ctx.body = await repoFile(q.file);
    return;
  }
  if (route === 'no-cors') {
    ctx.type = 'application/json';
    ctx.body = await repoFile(q.file);
    return;
  }
  if (route === 'redirect' && typeof q.to === 'string' && q.to.startsWith('/')) {
    const host = q.host === 'localhost' || q.host === '127.0.0.1' ? q.host : undefined;
    ctx.redirect(host ? `${ctx.protocol}://${host}:${ctx.request.URL.port}${q.to}` : q.to);
    return;
  }
  if (route === 'cors') {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = 'application/json';
    ctx.body = await repoFile(q.file);
    return;
  }
  if (route === 'gzip-bomb') {
    const mb = Number(q.mb ?? 50);
    if (!bombs.has(mb)) {
      // Compressing 50 MB takes a while: once per size, not per request (HEAD, then GET).
      const {gzipSync} = await import('node:zlib');
      const spaces = Buffer.alloc(mb * 1024 * 1024, 0x20);
      bombs.set(mb, gzipSync(Buffer.concat([Buffer.from('{"version":1,"partners":[]}'), spaces]), {level: 9}));
    }
    const body = bombs.get(mb);
    ctx.set('Content-Encoding', 'gzip');
    ctx.set('Content-Length', String(body.length));
    ctx.type = 'application/json';
    ctx.body = body;
    return;
  }
  if (route === 'streamed-page') {
    // The page stops in the middle of the inline feed until the element is defined
    // (its module asks /api/streamed-page-continue), so the element always sees half a feed.
    const {PassThrough} = await import('node:stream');
    const stream = new PassThrough();
    const id = String(q.id);
    ctx.type = 'text/html';
    ctx.body = stream;
    stream.write(
      '<!doctype html><html lang="fr"><title>Flux en deux fois</title>' +
        '<script type="module" async>' +
        "await import('/src/element/define.ts'); await customElements.whenDefined('twin-cities');" +
        `await new Promise((r) => setTimeout(r, 50)); fetch('/api/streamed-page-continue?id=${encodeURIComponent(id)}');` +
        '</script>' +
        '<twin-cities><script type="application/json">{"version": 1, "partners": [{"id": "sopot", "name": "Sop'
    );
    streams.set(id, () => stream.end('ot", "country": "PL"}]}</script></twin-cities></html>'));
    return;
  }
  if (route === 'streamed-page-continue') {
    streams.get(String(q.id))?.();
    streams.delete(String(q.id));
    ctx.body = '';
    return;
  }
  if (route === 'held-image') {
    // The test decides when the picture arrives: it measures the card before and after.
    const id = String(q.id);
    if (heldImages.get(id) !== 'released') await new Promise((release) => heldImages.set(id, release));
    heldImages.delete(id);
    ctx.type = 'image/svg+xml';
    ctx.body =
      '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 16 9">' +
      '<rect width="16" height="9" fill="#7fb8f0"/></svg>';
    return;
  }
  if (route === 'release-image') {
    // Released before the browser asked for it: it is answered at once when it does.
    const release = heldImages.get(String(q.id));
    if (typeof release === 'function') release();
    else heldImages.set(String(q.id), 'released');
    ctx.body = '';
    return;
  }
  if (route === 'count-reset') {
    counts.clear();
    ctx.body = '{}';
    return;
  }
  if (route === 'count-value') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(counts.get(q.file) ?? 0);
    return;
  }
  if (route === 'count') {
    counts.set(q.file, (counts.get(q.file) ?? 0) + 1);
    await sleep(Number(q.ms ?? 50));
    ctx.type = 'application/json';
    ctx.body = await repoFile(q.file);
    return;
  }
  ctx.status = 404;
}
