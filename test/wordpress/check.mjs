/**
 * The browser half of test/wordpress/run.sh: opens the posts that setup.php
 * published and the plugin's admin screens in Debian's Chromium, and prints one
 * PASS or FAIL line per check.
 *
 *   node test/wordpress/check.mjs SITE_JSON [all|posts] [LABEL]
 *
 * `posts` checks only the published posts (run once per theme); LABEL prefixes
 * every line.
 */
import {readFileSync} from 'node:fs';
import {checker, elements, eventHandlerAttributes, launch, logIn as logInAt, visit, whereIs} from './browser.mjs';

const site = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const scope = process.argv[3] ?? 'all';
const checks = checker(process.argv[4] ? `[${process.argv[4]}] ` : '');
const {check, section} = checks;

const browser = await launch();

/** `<script>` tags of the HTML that load the element's bundle. */
const bundleTags = (html) => (html.match(/<script\b[^>]*twin-cities\.js[^>]*>/g) ?? []);

const context = await browser.newContext();

// Shortcode, Author, German.
await section('shortcode', async () => {
  const {page, events} = await visit(context, site.posts.shortcode);
  const [el] = await elements(page);
  check(el?.cards === 6, 'shortcode: the 6 partners of Bagnolet render as cards', `cards: ${el?.cards}`);
  check(el?.attributes.lang === 'de', 'shortcode: lang="de" reaches the element', JSON.stringify(el?.attributes));
  check(el?.attributes['heading-level'] === '2' && el?.attributes['page-size'] === '0', 'shortcode: heading_level and page_size become heading-level and page-size', JSON.stringify(el?.attributes));
  check(events.errors.length === 0, 'shortcode: no console error', events.errors.join(' | '));
  await page.close();
});

// Block, Author, Polish.
await section('block', async () => {
  const {page, events, html} = await visit(context, site.posts.block);
  const [el] = await elements(page);
  check(el?.cards > 0, 'block: cards render', `cards: ${el?.cards}`);
  check(el?.attributes.lang === 'pl' && el?.attributes.src === site.feed, 'block: src and lang="pl" reach the element', JSON.stringify(el?.attributes));
  check(/<div[^>]*class="[^"]*wp-block-twin-cities-partners[^"]*"[^>]*>\s*<twin-cities/.test(html), 'block: wrapped in the block\'s <div class="wp-block-twin-cities-partners">');
  check(bundleTags(html).length === 1 && bundleTags(html).every((tag) => /type=["']?module/.test(tag)), 'block: the bundle loads as type="module"', bundleTags(html).join(' '));
  check(events.errors.length === 0, 'block: no console error', events.errors.join(' | '));
  await page.close();
});

// Two shortcodes on one post.
await section('two shortcodes', async () => {
  const {page, events, html} = await visit(context, site.posts.two);
  const all = await elements(page);
  const tags = bundleTags(html);
  check(tags.length === 1, 'two shortcodes: exactly one <script> for the bundle', `${tags.length}: ${tags.join(' ')}`);
  check(/type=["']?module/.test(tags[0] ?? ''), 'two shortcodes: that <script> has type="module"', tags[0]);
  check(all.length === 2 && all.every((el) => el.cards > 0), 'two shortcodes: both render cards', JSON.stringify(all.map((el) => el.cards)));
  check(all[0]?.attributes.lang === 'de' && all[1]?.attributes.lang === 'it', 'two shortcodes: each keeps its own lang (de, it)', JSON.stringify(all.map((el) => el.attributes.lang)));
  check(events.errors.length === 0, 'two shortcodes: no console error', events.errors.join(' | '));
  await page.close();
});

// Hostile attribute values from an Author.
await section('hostile', async () => {
  const {page, events, html} = await visit(context, site.posts.hostile);
  const all = await elements(page, {expectCards: false});
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('body *')) {
      for (const type of ['mouseover', 'mouseenter', 'click', 'focus']) el.dispatchEvent(new Event(type, {bubbles: true}));
    }
  });
  await page.waitForTimeout(500);
  const handlers = await eventHandlerAttributes(page);
  const [js, quote, block] = all;
  check(all.length === 3, 'hostile: the two shortcodes and the block still output <twin-cities>', `${all.length}`);
  check(handlers.length === 0, 'hostile: no on… attribute anywhere in the page', handlers.join(', '));
  check(!/<[^>]*\sonmouseover\s*=/i.test(html), 'hostile: no onmouseover= inside any tag of the HTML');
  check(js && !('src' in js.attributes) && block && !('src' in block.attributes), 'hostile: a javascript: src is dropped (no src attribute, not the default feed)', JSON.stringify([js?.attributes, block?.attributes]));
  check(js && !('lang' in js.attributes) && block && !('lang' in block.attributes), 'hostile: a lang with quotes is dropped', JSON.stringify([js?.attributes, block?.attributes]));
  check(js?.attributes['heading-level'] === '3' && quote?.attributes['heading-level'] === '3', 'hostile: heading_level 9 and 0 fall back to 3', JSON.stringify([js?.attributes, quote?.attributes]));
  check(js && !('page-size' in js.attributes), 'hostile: a page_size that is not a number is dropped', JSON.stringify(js?.attributes));
  check(quote && !/["\s]/.test(quote.attributes.src ?? '') && Object.keys(quote.attributes).every((name) => ['src', 'lang', 'heading-level'].includes(name)), 'hostile: a src with quotes stays one attribute, quotes removed', JSON.stringify(quote?.attributes));
  check(events.dialogs.length === 0, 'hostile: no alert() or other dialog ran', events.dialogs.join(' | '));
  await page.close();
});

// The site-wide defaults from Settings → Twin cities (feed and Italian).
await section('defaults', async () => {
  const {page} = await visit(context, site.posts.defaults);
  const [el] = await elements(page);
  check(el?.attributes.src === site.feed && el?.attributes.lang === 'it' && el?.cards > 0, '[twin_cities] alone uses the default feed and language from the settings', JSON.stringify(el));
  await page.close();
});

// An Administrator's raw snippet next to a shortcode: the bundle loads twice.
await section('admin snippet', async () => {
  const {page, events, html} = await visit(context, site.posts.admin_snippet);
  const all = await elements(page);
  check(bundleTags(html).length === 2, 'admin snippet: the page has the pasted <script> and the plugin\'s', bundleTags(html).join(' '));
  check(all.length === 2 && all.every((el) => el.cards > 0 && el.defined), 'admin snippet: both elements render cards', JSON.stringify(all.map((el) => el.cards)));
  check(all[0]?.attributes.lang === 'fr' && all[1]?.attributes.lang === 'de', 'admin snippet: lang fr (snippet) and de (shortcode)', JSON.stringify(all.map((el) => el.attributes.lang)));
  check(events.errors.length === 0, 'admin snippet: no console error (no double definition)', events.errors.join(' | '));
  await page.close();
});

const logIn = (user) => logInAt(browser, site.home, user);

/** The text of the first element matching selector, or an error that says where the page is. */
async function textOf(page, selector) {
  const element = await page.waitForSelector(selector, {timeout: 30000}).catch(() => null);
  if (!element) throw new Error(`no ${selector} on ${await whereIs(page)}`);
  return element.textContent();
}

const settingsUrl = new URL('wp-admin/admin.php?page=twin-cities-settings', site.home).href;

// The block in the editor, as the Author (locale de_DE).
if (scope === 'all') await section('editor', async () => {
  const {context: authorContext, page, events} = await logIn(site.author);
  await page.goto(new URL('wp-admin/post-new.php', site.home).href);
  // The block editor is dozens of scripts, each a whole WordPress boot on the
  // single-process `php -S` with opcache off: give a busy CI machine time.
  const registered = await page
    .waitForFunction(() => window.wp?.blocks?.getBlockType('twin-cities/partners'), null, {timeout: 90000})
    .then(() => true, () => false);
  check(registered, 'editor: the block twin-cities/partners is registered');
  const labels = await page.evaluate(() => ({
    title: window.wp.blocks.getBlockType('twin-cities/partners')?.title,
    feedUrl: window.wp.i18n.__('Feed URL', 'twin-cities'),
  }));
  check(labels.title === 'Partnerstädte' && labels.feedUrl === 'Feed-URL', 'editor: block title and sidebar labels in the Author\'s German', JSON.stringify(labels));
  await page.evaluate((src) => {
    const block = window.wp.blocks.createBlock('twin-cities/partners', {src, lang: 'de'});
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
  }, site.feed);
  const previewCards = await page
    .waitForFunction(
      () => {
        const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
        for (const doc of docs) {
          const el = doc.querySelector('twin-cities');
          const cards = el?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0;
          if (cards > 0) return cards;
        }
        return 0;
      },
      null,
      {timeout: 60000},
    )
    .then((handle) => handle.jsonValue(), () => 0);
  check(previewCards > 0, 'editor: the block\'s preview (ServerSideRender) shows the cards', `cards: ${previewCards}`);
  const sidebar = await page
    .waitForSelector('.block-editor-block-inspector input[type="url"]', {timeout: 30000})
    .then((input) => input.inputValue(), () => null);
  check(sidebar === site.feed, 'editor: the sidebar shows the feed URL field', `value: ${sidebar}`);
  const editorErrors = events.errors.filter((e) => /twin|already been (used|defined)/i.test(e));
  check(editorErrors.length === 0, 'editor: no console error about the block or the element', editorErrors.join(' | '));

  const response = await page.goto(settingsUrl);
  const text = await page.textContent('body');
  check(response.status() === 403 || !(await page.$('input[name="twin_cities_settings[src]"]')), 'settings: an Author cannot open Twin cities → Settings', `status ${response.status()}: ${text.slice(0, 80)}`);
  await authorContext.close();
});

// Settings → Twin cities, as the Administrator (locale fr_FR).
if (scope === 'all') await section('settings', async () => {
  const {context: adminContext, page} = await logIn(site.admin);
  await page.goto(settingsUrl);
  const heading = (await textOf(page, '.wrap h1'))?.trim();
  check(heading === 'Réglages des villes jumelles', 'settings: Twin cities → Settings, titled in the Administrator\'s French', heading);
  const nonce = await page.$('form[action$="options.php"] input[name="_wpnonce"]');
  const group = await page.$eval('input[name="option_page"]', (input) => input.value).catch(() => null);
  check(Boolean(nonce) && group === 'twin_cities', 'settings: the form posts to options.php with a nonce (settings_fields)');
  check((await page.inputValue('#twin_cities_src')) === site.feed && (await page.inputValue('#twin_cities_lang')) === 'it', 'settings: the saved defaults are shown');
  await page.fill('#twin_cities_src', 'javascript:alert(1)');
  await page.selectOption('#twin_cities_lang', 'pl');
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  const saved = {src: await page.inputValue('#twin_cities_src'), lang: await page.inputValue('#twin_cities_lang')};
  check(saved.lang === 'pl' && saved.src === '', 'settings: saving stores the language and drops a javascript: URL', JSON.stringify(saved));
  await page.goto(new URL('wp-admin/plugins.php', site.home).href);
  const link = await page.$('tr[data-plugin="twin-cities/twin-cities.php"] a[href*="page=twin-cities"]');
  check(Boolean(link) && (await link.textContent()) === 'Réglages', 'plugins screen: a "Settings" link next to the plugin, translated');
  await adminContext.close();
});

await browser.close();
process.exitCode = checks.failures ? 1 : 0;
