/**
 * A page served with a strict Content-Security-Policy *header*, for
 * test/strict-page.test.ts (a meta CSP would also block the inline scripts that
 * web-test-runner puts in its own test pages, so the page under test is this one,
 * loaded in an iframe):
 *
 *   /csp/page.html?policy=issue   script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
 *   /csp/page.html?policy=strict  the same plus default-src 'none', connect-src/img-src 'self',
 *                                 trusted-types lit-html 'allow-duplicates', base-uri/object-src 'none'
 *   …&twice=1                     also loads a second copy of the bundle (another URL)
 *   …&explore=1                   adds #explore: Bagnolet's feed with filters, sort and map
 *   …&nomap=1                     loads the bundle from /csp/no-map/, where twin-cities-map.js is missing (404)
 *   /csp/listen.js                records CSP violations, errors and the elements' events
 *   /csp/setup.js                 sets the `feed` property of #prop from a script file
 *
 *   /csp/twin-cities-bundle       dist/twin-cities.js byte for byte (run `npm run build` first);
 *   /csp/twin-cities-map.js       dist/twin-cities-map.js, which the bundle imports from beside itself;
 *                                 not under its own name, which the esbuild plugin of the
 *                                 test server would re-transpile (every `.js` it serves)
 */
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';

const POLICIES = {
  issue: "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  strict: [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self'",
    "require-trusted-types-for 'script'",
    "trusted-types lit-html 'allow-duplicates'",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'none'",
  ].join('; '),
};

const INLINE_FEED = JSON.stringify({
  version: 1,
  partners: [
    {id: 'inline-1', name: 'Sopot', country: 'PL', url: 'https://example.org/sopot'},
    {id: 'inline-2', name: '</script><img src=x onerror="parent.__cspPwned=1">', country: 'DE'},
  ],
  // `</` inside an inline feed must be written `<\/` (still valid JSON), or the
  // HTML parser would end the <script> element there.
}).replace(/<\//g, '<\\/');

function page({twice, explore, nomap}) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>twin-cities under a strict CSP</title>
<script src="/csp/listen.js"></script>
<script src="/csp/setup.js" defer></script>
<script type="module" src="/csp/${nomap ? 'no-map/' : ''}twin-cities-bundle"></script>
${twice ? '<script type="module" src="/csp/twin-cities-bundle?copy=2"></script>' : ''}
</head>
<body>
<twin-cities id="src" src="/demo/feeds/bagnolet.json" page-size="0"></twin-cities>
<twin-cities id="inline" page-size="0"><script type="application/json">${INLINE_FEED}</script></twin-cities>
<twin-cities id="prop" page-size="0"></twin-cities>
<twin-cities id="hostile" src="/test/fixtures/robustness/hostile.json" page-size="0"></twin-cities>
${explore ? '<twin-cities id="explore" src="/demo/feeds/bagnolet.json" filters map sort="name"></twin-cities>' : ''}
</body>
</html>
`;
}

const LISTEN = `
window.__csp = {violations: [], errors: [], events: {}};
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
});
window.addEventListener('error', function (e) { window.__csp.errors.push(String(e.message)); });
window.addEventListener('unhandledrejection', function (e) { window.__csp.errors.push(String(e.reason)); });
['loadstart', 'load', 'error', 'loadend'].forEach(function (type) {
  document.addEventListener(type, function (e) {
    var t = e.target;
    if (!t || t.localName !== 'twin-cities') return;
    (window.__csp.events[t.id] = window.__csp.events[t.id] || []).push({type: type, detail: e.detail});
  }, true);
});
`;

const SETUP = `
document.getElementById('prop').feed = {
  version: 1,
  partners: [{id: 'prop-1', name: 'Frankenthal', country: 'DE', population: 48561}],
};
`;

/** Koa middleware for web-test-runner's `middleware` option (next to testRoutes). */
export async function cspPage(ctx, next) {
  if (!ctx.path.startsWith('/csp/')) return next();
  if (ctx.path === '/csp/page.html') {
    const policy = POLICIES[ctx.query.policy] ?? POLICIES.issue;
    ctx.set('Content-Security-Policy', policy);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = page({twice: ctx.query.twice === '1', explore: ctx.query.explore === '1', nomap: ctx.query.nomap === '1'});
    return;
  }
  if (ctx.path === '/csp/twin-cities-bundle' || ctx.path === '/csp/no-map/twin-cities-bundle' || ctx.path === '/csp/twin-cities-map.js') {
    const file = ctx.path.endsWith('map.js') ? 'dist/twin-cities-map.js' : 'dist/twin-cities.js';
    try {
      ctx.body = await readFile(resolve(process.cwd(), file));
      ctx.type = 'text/javascript';
      ctx.set('Cache-Control', 'no-store');
    } catch {
      ctx.status = 404;
      ctx.body = `${file} is missing: run npm run build`;
    }
    return;
  }
  if (ctx.path === '/csp/listen.js' || ctx.path === '/csp/setup.js') {
    ctx.type = 'text/javascript';
    ctx.body = ctx.path === '/csp/listen.js' ? LISTEN : SETUP;
    return;
  }
  ctx.status = 404;
}
