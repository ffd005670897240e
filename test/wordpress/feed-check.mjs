/**
 * The town's own feed, across two WordPress sites on two origins (run.sh): site A
 * (Colombes) builds its list in the Twin cities screen from test/fixtures/colombes.csv,
 * site B (Frankenthal) saves its list through the REST API; each embeds the other's
 * feed with `reciprocal`, and each card's reciprocity mark must be right both ways.
 * Also: the feed's headers and 304, who may save (Editor yes; Author, Contributor,
 * nobody no), what is refused (400), a hostile name kept as text, a version
 * restored, the inline feed, and the block's attributes.
 *
 *   node test/wordpress/feed-check.mjs SITE_A_JSON SITE_B_JSON COLOMBES_FEED_JSON
 *
 * COLOMBES_FEED_JSON is `twin-cities from-csv` of the same spreadsheet: what site A
 * saves if the build has no studio to import with.
 */
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {checker, elements, eventHandlerAttributes, launch, logIn, open, visit} from './browser.mjs';

const a = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const b = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const colombesFeed = readFileSync(process.argv[4], 'utf8');
const spreadsheet = fileURLToPath(new URL('../fixtures/colombes.csv', import.meta.url));
const HOSTILE = '<img src=x onerror=alert(1)>';

const checks = checker('[feed] ');
const {check, section} = checks;
const browser = await launch();

/** GET (or any method) without a login, as a partner town's page or server would. */
const anonymous = (url, init = {}) => fetch(url, {redirect: 'manual', ...init});

/** A logged-in user's request context and REST nonce. */
async function editorOf(site, user) {
  const session = await logIn(browser, site.home, user);
  session.post = (url, body) =>
    session.context.request.post(url, {
      headers: {'Content-Type': 'application/json', 'X-WP-Nonce': session.nonce},
      data: typeof body === 'string' ? body : JSON.stringify(body),
      failOnStatusCode: false,
    });
  return session;
}

/** Site B's list: Colombes lists B back; Bagnolet does not; one name is hostile. */
const frankenthal = {
  version: 1,
  city: {name: 'Frankenthal', country: 'DE'},
  partners: [
    {id: 'colombes', name: 'Colombes', country: 'FR', since: 1958, feed: a.own_feed, url: '/partnerstaedte/colombes'},
    {id: 'bagnolet', name: 'Bagnolet', country: 'FR', feed: a.feed, url: 'partnerstaedte/bagnolet'},
    {id: 'hostile', name: HOSTILE, country: 'FR', summary: '</script><script>alert(2)</script>'},
  ],
};

/** Site A's list with Frankenthal's feed set to site B's (the spreadsheet names a file). */
function withFrankenthalFeed(feed) {
  return {
    ...feed,
    city: feed.city?.name ? feed.city : {name: 'Colombes', country: 'FR'},
    partners: feed.partners.map((partner) => (partner.id === 'frankenthal' ? {...partner, feed: b.own_feed} : partner)),
  };
}

let editorA;
let editorB;
let published;

await section('before saving', async () => {
  const response = await anonymous(a.own_feed);
  const body = await response.json().catch(() => null);
  check(response.status === 404 && body?.code === 'twin_cities_no_feed', 'GET before the first save: 404 with a JSON body', `${response.status} ${JSON.stringify(body)}`);
});

await section('site B saves', async () => {
  editorB = await editorOf(b, b.editor);
  const response = await editorB.post(b.own_feed, frankenthal);
  check(response.status() === 200, 'site B: an Editor saves its feed with POST and the REST nonce', `${response.status()} ${await response.text()}`);
  const feed = await (await anonymous(b.own_feed)).json();
  const [colombes, bagnolet] = feed.partners ?? [];
  check(
    colombes?.url === new URL('/partnerstaedte/colombes', b.own_feed).href && bagnolet?.url === new URL('partnerstaedte/bagnolet', b.own_feed).href,
    'site B: relative URLs are served absolute, resolved against the feed\'s own URL',
    `${colombes?.url} ${bagnolet?.url}`,
  );
  check(feed.partners?.[2]?.name === HOSTILE && feed.partners[2].summary === frankenthal.partners[2].summary, 'site B: a hostile name and summary are stored and served as the same text');
});

await section('admin screen', async () => {
  editorA = await editorOf(a, a.editor);
  const {page, events} = await open(editorA.context);
  const missing = [];
  page.on('response', (reply) => {
    if (reply.status() >= 400 && reply.url().includes('twin-cities')) missing.push(`${reply.status()} ${reply.url()}`);
  });
  const response = await page.goto(new URL('wp-admin/admin.php?page=twin-cities', a.home).href);
  check(response.status() === 200 && (await page.textContent('.wrap h1'))?.trim() === 'Villes jumelles', 'admin screen: an Editor opens Twin cities, in French', await page.title());
  check(Boolean(await page.$('#adminmenu #toplevel_page_twin-cities')), 'admin screen: its own menu');
  const text = await page.innerText('.wrap');
  const plainSpaces = text.match(/\S ([:;?!»])|« /g) ?? [];
  check(plainSpaces.length === 0, 'admin screen: French typography (no plain space before : ; ? ! » or after «)', plainSpaces.join(' | '));

  const studio = await page
    .waitForFunction(() => customElements.get('twin-cities-studio'), null, {timeout: 15000})
    .then(() => true, () => false);
  if (studio) {
    await page.setInputFiles('twin-cities-studio input[type="file"][name="import"]', spreadsheet);
    const count = await page
      .waitForFunction(() => document.querySelector('twin-cities-studio').feed?.partners?.length === 5, null, {timeout: 15000})
      .then(() => 5, () => page.evaluate(() => document.querySelector('twin-cities-studio').feed?.partners?.length));
    check(count === 5, 'admin screen: colombes.csv imported through the studio\'s input[name=import]: 5 partners', `${count}`);
    // The spreadsheet names Frankenthal's feed as a file beside Colombes's: point it at site B's.
    const imported = await page.evaluate(() => document.querySelector('twin-cities-studio').feed);
    await page.evaluate((feed) => {
      document.querySelector('twin-cities-studio').feed = feed;
    }, withFrankenthalFeed(imported));
    await Promise.all([page.waitForURL(/twin-cities=saved/, {timeout: 30000}), page.click('button[name="save"]')]);
    check((await page.textContent('.notice-success'))?.includes('publiée'), 'admin screen: button[name=save] publishes the list and says so');
    // WP_SCREENSHOTS=folder keeps a picture of the screen, for the docs or a review.
    if (process.env.WP_SCREENSHOTS) await page.screenshot({path: `${process.env.WP_SCREENSHOTS}/wordpress-twin-cities-screen.png`, fullPage: true});
  } else {
    console.log('# the build has no dist/twin-cities-studio.js: site A saves the from-csv feed of colombes.csv with POST');
    const response = await editorA.post(a.own_feed, withFrankenthalFeed(JSON.parse(colombesFeed)));
    check(response.status() === 200, 'site A: the feed of colombes.csv saved with POST', `${response.status()} ${await response.text()}`);
  }
  const scriptErrors = events.errors.filter((error) => !error.startsWith('Failed to load resource'));
  check(scriptErrors.length === 0 && (!studio || missing.length === 0), 'admin screen: no script error, every file of the plugin loads', [...scriptErrors, ...missing].join(' | '));
  await page.close();
});

await section('GET', async () => {
  const response = await anonymous(a.own_feed, {headers: {Origin: new URL(b.home).origin}});
  published = await response.json();
  const headers = Object.fromEntries(response.headers);
  check(response.status === 200 && published.partners?.length === 5, 'GET: 200, the 5 partners of Colombes', `${response.status} ${published.partners?.length}`);
  check(headers['content-type'] === 'application/json; charset=utf-8', 'GET: Content-Type: application/json; charset=utf-8', headers['content-type']);
  check(headers['access-control-allow-origin'] === '*' && !headers['access-control-allow-credentials'], 'GET: Access-Control-Allow-Origin: * (no credentials), also for a cross-origin request', JSON.stringify(headers));
  check(headers['cache-control'] === 'public, max-age=300', 'GET: Cache-Control: public, max-age=300', headers['cache-control']);
  check(/^"[^"]+"$/.test(headers.etag ?? ''), 'GET: an ETag', headers.etag);
  const again = await anonymous(a.own_feed, {headers: {'If-None-Match': headers.etag}});
  check(again.status === 304 && (await again.text()) === '', 'GET: 304 with no body for a matching If-None-Match', `${again.status}`);
  const urls = published.partners.flatMap((p) => [p.url, p.feed, p.image?.src]).filter((u) => u !== undefined);
  check(urls.length > 0 && urls.every((u) => /^https?:\/\//.test(u)), 'GET: every url, feed and image.src is absolute', urls.join(' '));
});

await section('who may save', async () => {
  const before = (await anonymous(a.own_feed)).headers.get('etag');
  for (const role of ['author', 'contributor']) {
    const session = await editorOf(a, a[role]);
    const response = await session.post(a.own_feed, {version: 1, partners: []});
    check(response.status() === 403, `POST as ${role === 'author' ? 'an Author' : 'a Contributor'} (with a nonce): 403`, `${response.status()}`);
    const screen = await session.context.request.get(new URL('wp-admin/admin.php?page=twin-cities', a.home).href, {failOnStatusCode: false});
    check(screen.status() === 403, `admin screen: closed to ${role === 'author' ? 'an Author' : 'a Contributor'}`, `${screen.status()}`);
    await session.context.close();
  }
  const forged = await editorA.context.request.post(a.own_feed, {headers: {'Content-Type': 'application/json'}, data: '{"version":1,"partners":[]}', failOnStatusCode: false});
  check(forged.status() === 401, 'POST with an Editor\'s cookies but no nonce (a forged request from another site): 401', `${forged.status()}`);
  const nobody = await anonymous(a.own_feed, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{"version":1,"partners":[]}'});
  check(nobody.status === 401, 'POST without a login: 401', `${nobody.status}`);
  const bodies = {
    'not JSON': '{"version": 1, "partners": [',
    'version 2': {version: 2, partners: []},
    'a partner without country': {version: 1, partners: [{id: 'x', name: 'X'}]},
    'a partner whose id is a number': {version: 1, partners: [{id: 3, name: 'X', country: 'FR'}]},
    'a list instead of an object': [],
    'more than 1 MB': {version: 1, partners: [], padding: 'x'.repeat(1100000)},
  };
  for (const [what, body] of Object.entries(bodies)) {
    const response = await editorA.post(a.own_feed, body);
    const answer = await response.json().catch(() => null);
    check(response.status() === 400 && typeof answer?.message === 'string' && answer.message !== '', `POST ${what}: 400 with a JSON message`, `${response.status()} ${answer?.message}`);
  }
  const after = (await anonymous(a.own_feed)).headers.get('etag');
  check(before === after, 'the refused requests changed nothing (same ETag)', `${before} ${after}`);
});

await section('versions', async () => {
  const shorter = {...published, partners: published.partners.slice(0, 2)};
  const saved = await editorA.post(a.own_feed, shorter);
  const answer = await saved.json();
  check(saved.status() === 200 && answer.versions?.length === 2 && answer.versions[0].author === 'Élise Éditrice', 'versions: a second save is listed first, with its author', JSON.stringify(answer.versions));
  const {page} = await open(editorA.context);
  await page.goto(new URL('wp-admin/admin.php?page=twin-cities', a.home).href);
  const rows = await page.$$eval('table.twin-cities-versions tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.innerText.trim())));
  check(rows.length === 2 && rows.every((row) => row[0] !== '' && row[1] === 'Élise Éditrice'), 'versions: the screen lists both with date and author', JSON.stringify(rows));
  check((await page.$$('table.twin-cities-versions button[name="restore"]')).length === 1, 'versions: the older one has a Restore button');
  await Promise.all([page.waitForURL(/twin-cities=restored/), page.click('table.twin-cities-versions button[name="restore"]')]);
  const feed = await (await anonymous(a.own_feed)).json();
  check(feed.partners?.length === 5, 'versions: restoring the first publishes its 5 partners again', `${feed.partners?.length}`);
  const list = await editorA.context.request.get(`${a.own_feed}/versions`, {headers: {'X-WP-Nonce': editorA.nonce}});
  const listed = await list.json();
  check(list.status() === 200 && listed.length === 3 && listed[0].partners === 5, 'versions: GET …/feed/versions lists the 3 saves, newest first', JSON.stringify(listed));
  const closed = await anonymous(`${a.own_feed}/versions`);
  const restoreNobody = await anonymous(`${a.own_feed}/versions/1/restore`, {method: 'POST'});
  check(closed.status === 401 && restoreNobody.status === 401, 'versions: listing and restoring need a login (401)', `${closed.status} ${restoreNobody.status}`);
  const gone = await editorA.post(`${a.own_feed}/versions/999/restore`, '');
  check(gone.status() === 404, 'versions: restoring a version that is not kept: 404', `${gone.status()}`);
  const forged = await editorA.context.request.post(new URL('wp-admin/admin-post.php', a.home).href, {form: {action: 'twin_cities_restore', version: '2'}, failOnStatusCode: false});
  check(forged.status() === 403, 'versions: a restore without its nonce is refused', `${forged.status()}`);
  await page.close();
});

/** Cards with their name and reciprocity mark, once `reciprocity` has fired for every element. */
async function marks(context, url) {
  const {page, events, html} = await visit(context, url);
  await elements(page);
  await page.waitForFunction(() => window.reciprocityDone >= document.querySelectorAll('twin-cities[reciprocal]').length, null, {timeout: 30000}).catch(() => {});
  const cards = await page.$$eval('twin-cities', (all) =>
    all.flatMap((el) =>
      [...el.shadowRoot.querySelectorAll('[part~="card"]')].map((card) => ({
        name: card.querySelector('[part~="name"]')?.textContent.trim(),
        status: card.dataset.reciprocity ?? null,
        mark: card.querySelector('[part~="reciprocity"]')?.textContent.trim() ?? null,
        images: card.querySelectorAll('img[src="x"]').length,
      })),
    ),
  );
  return {page, events, html, cards};
}

const context = await browser.newContext();
await context.addInitScript(() => {
  window.reciprocityDone = 0;
  // `reciprocity` does not bubble; a capturing listener on the window still sees it.
  window.addEventListener('reciprocity', () => window.reciprocityDone++, true);
});

await section('reciprocity', async () => {
  const onA = await marks(context, a.posts.reciprocal);
  const byName = Object.fromEntries(onA.cards.map((c) => [c.name, c]));
  check(onA.cards.length === 3, 'site A shows site B\'s 3 cards (cross-origin feed)', JSON.stringify(onA.cards));
  check(byName.Colombes?.status === 'listed' && byName.Colombes.mark, 'site A: Colombes is marked as listing Frankenthal back', JSON.stringify(byName.Colombes));
  check(byName.Bagnolet?.status && byName.Bagnolet.status !== 'listed' && byName.Bagnolet.mark?.includes('Bagnolet'), 'site A: Bagnolet is marked as not listing Frankenthal back, by name', JSON.stringify(byName.Bagnolet));
  check(byName[HOSTILE] && byName[HOSTILE].status === null && byName[HOSTILE].images === 0, 'site A: the hostile name shows as text, no image made of it', JSON.stringify(byName[HOSTILE]));
  check(onA.events.dialogs.length === 0 && (await eventHandlerAttributes(onA.page)).length === 0, 'site A: no script ran from the feed', onA.events.dialogs.join(' | '));
  await onA.page.close();

  const onB = await marks(context, b.posts.reciprocal);
  const listed = onB.cards.filter((c) => c.status === 'listed').map((c) => c.name);
  check(onB.cards.length === 5, 'site B shows site A\'s 5 cards (cross-origin feed)', JSON.stringify(onB.cards));
  check(listed.length === 1 && listed[0] === 'Frankenthal' && onB.cards.filter((c) => c.mark).length === 1, 'site B: only Frankenthal is marked, as listing Colombes back (the others\' feeds cannot be read)', JSON.stringify(onB.cards));
  await onB.page.close();
});

await section('inline feed', async () => {
  const {page, events, html, cards} = await marks(context, b.posts.own);
  check(/<twin-cities lang="de" reciprocal><script type="application\/json">\{/.test(html), 'inline: [twin_cities] with no src writes the site\'s feed into the element, with reciprocal', html.match(/<twin-cities[^>]*>.{0,60}/)?.[0]);
  check(!html.includes('<img src=x') && !html.includes('alert(2)</script>'), 'inline: no text of the feed can open a tag or close the script (JSON_HEX_TAG)');
  check(cards.length === 3 && cards.some((c) => c.name === HOSTILE) && events.dialogs.length === 0, 'inline: the 3 cards render, the hostile name as text', JSON.stringify(cards.map((c) => c.name)));
  check(cards.find((c) => c.name === 'Colombes')?.status === 'listed', 'inline: the reciprocity mark works from an inline feed too (by town name)', JSON.stringify(cards));
  await page.close();

  const block = await visit(context, b.posts.own_block);
  const [el] = await elements(block.page);
  check(/<div[^>]*class="[^"]*\balignfull\b[^"]*\bown-list\b|<div[^>]*class="[^"]*\bown-list\b[^"]*\balignfull\b/.test(block.html), 'block: align and className reach its wrapper', block.html.match(/<div[^>]*wp-block-twin-cities[^>]*>/)?.[0]);
  check(el?.attributes['page-size'] === '20' && el.attributes['heading-level'] === '4' && el.cards === 3, 'block: pageSize "20" and headingLevel "4" given as strings still apply', JSON.stringify(el));
  await block.page.close();

  const onA = await visit(context, a.posts.reciprocal);
  const [blockA] = await elements(onA.page);
  check(/class="[^"]*\balignwide\b[^"]*\btown-partners\b|class="[^"]*\btown-partners\b[^"]*\balignwide\b/.test(onA.html) && blockA?.attributes['page-size'] === '20' && blockA.attributes['heading-level'] === '2' && 'reciprocal' in blockA.attributes, 'block: align, className, pageSize "20", headingLevel "2" and reciprocal on site A', JSON.stringify(blockA?.attributes));
  await onA.page.close();
});

await section('block renderer', async () => {
  const url = new URL('wp-json/wp/v2/block-renderer/twin-cities/partners', a.home);
  url.search = new URLSearchParams({context: 'edit', 'attributes[src]': b.own_feed, 'attributes[pageSize]': '20', 'attributes[reciprocal]': 'true'}).toString();
  const response = await editorA.context.request.get(url.href, {headers: {'X-WP-Nonce': editorA.nonce}, failOnStatusCode: false});
  const rendered = (await response.json().catch(() => ({}))).rendered ?? '';
  check(response.status() === 200 && rendered.includes('page-size="20"') && / reciprocal[ >]/.test(rendered), 'block renderer (the editor\'s preview): 200, page-size and reciprocal', `${response.status()} ${rendered.slice(0, 200)}`);
  const own = new URL('wp-json/wp/v2/block-renderer/twin-cities/partners?context=edit', b.home);
  const preview = await editorB.context.request.get(own.href, {headers: {'X-WP-Nonce': editorB.nonce}, failOnStatusCode: false});
  const ownRendered = (await preview.json().catch(() => ({}))).rendered ?? '';
  check(ownRendered.includes('<script type="application/json">') && !ownRendered.includes('<img'), 'block renderer with no src: the site\'s own feed, inline and escaped', ownRendered.slice(0, 200));
});

await browser.close();
process.exitCode = checks.failures ? 1 : 0;
