/**
 * A local stand-in for Wikidata's Action API (`/wikidata/w/api.php`), serving the
 * recorded answers of test/fixtures/wikidata/ in the shapes the real API gives,
 * so the studio's tests never reach the internet. It keeps the requests it saw:
 *
 *   /wikidata/w/api.php?action=wbsearchentities&search=…      a search (by name or Q-id)
 *   /wikidata/w/api.php?action=wbgetentities&ids=Q1|Q2&props=…  items; unknown ids come back "missing"
 *   /wikidata/requests                                          the query strings this browser sent, as JSON
 *   /wikidata/requests-reset                                     forgets them
 */
import {readFileSync} from 'node:fs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/wikidata/${name}`, import.meta.url), 'utf8'));
const entities = fixture('entities.json');
const searches = fixture('search.json');
// Kept per browser (by User-Agent): Chromium and Firefox may run their test files
// at the same time, and one's reset must not empty the other's log.
const requests = new Map();
const logOf = (ctx) => {
  const agent = ctx.get('user-agent');
  if (!requests.has(agent)) requests.set(agent, []);
  return requests.get(agent);
};

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, '-');

function search(query) {
  const text = String(query.search ?? '');
  const id = text.trim().toUpperCase();
  if (/^Q\d+$/.test(id) && entities[id]) {
    const label = entities[id].labels.fr?.value ?? id;
    return [{id, title: id, label, description: '', match: {type: 'entityId', text: id}}];
  }
  return searches[fold(text)] ?? [];
}

function entity(id, props, languages) {
  const found = entities[id];
  if (!found) return {id, missing: ''};
  const out = {type: found.type, id};
  if (props.includes('labels')) {
    out.labels = Object.fromEntries(Object.entries(found.labels).filter(([lang]) => languages.includes(lang)));
  }
  if (props.includes('claims')) out.claims = found.claims;
  if (props.some((p) => p.startsWith('sitelinks'))) {
    out.sitelinks = props.includes('sitelinks/urls')
      ? found.sitelinks
      : Object.fromEntries(Object.entries(found.sitelinks).map(([site, link]) => [site, {site: link.site, title: link.title, badges: link.badges}]));
  }
  return out;
}

/** The stand-in's answer (JSON text) to an api.php query, as URLSearchParams. */
export function answer(params) {
  const q = Object.fromEntries(params);
  if (q.action === 'wbsearchentities') {
    return JSON.stringify({searchinfo: {search: q.search}, search: search(q), success: 1});
  }
  if (q.action === 'wbgetentities') {
    const ids = String(q.ids ?? '').split('|').filter(Boolean);
    if (ids.length > 50) {
      return JSON.stringify({error: {code: 'too-many-ids', info: 'Too many values supplied for parameter "ids". The limit is 50.'}});
    }
    const props = String(q.props ?? 'info|sitelinks|aliases|labels|descriptions|claims|datatype').split('|');
    const languages = String(q.languages ?? '').split('|');
    return JSON.stringify({entities: Object.fromEntries(ids.map((id) => [id, entity(id, props, languages)])), success: 1});
  }
  return JSON.stringify({error: {code: 'badvalue', info: 'Unrecognized value for parameter "action".'}});
}

/** Koa middleware for web-test-runner's `middleware` option. */
export async function wikidataStandIn(ctx, next) {
  if (!ctx.path.startsWith('/wikidata/')) return next();
  ctx.set('Cache-Control', 'no-store');
  if (ctx.path === '/wikidata/requests') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(logOf(ctx));
    return;
  }
  if (ctx.path === '/wikidata/requests-reset') {
    requests.delete(ctx.get('user-agent'));
    ctx.body = '{}';
    return;
  }
  if (ctx.path !== '/wikidata/w/api.php') return next();
  logOf(ctx).push(ctx.querystring);
  if (ctx.query.origin === '*') ctx.set('Access-Control-Allow-Origin', '*');
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = answer(new URLSearchParams(ctx.querystring));
}
