/**
 * What check.mjs and feed-check.mjs share: Debian's Chromium, PASS/FAIL lines, and
 * pages that record their dialogs and console errors.
 */
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/chromium.mjs';

export const CARDS_TIMEOUT = 15000;

/** Prints PASS/FAIL lines prefixed with `label`; `failures` counts the FAILs. */
export function checker(label = '') {
  const state = {failures: 0};
  state.check = (ok, what, detail = '') => {
    console.log(`${ok ? 'PASS' : 'FAIL'} ${label}${what}${!ok && detail ? ` (${detail})` : ''}`);
    if (!ok) state.failures++;
  };
  /** Runs one group of checks; an exception becomes a FAIL line instead of ending the run. */
  state.section = async (name, body) => {
    try {
      await body();
    } catch (error) {
      state.check(false, `${name}: ${String(error.message ?? error).split('\n')[0]}`);
    }
  };
  return state;
}

export const launch = () => chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});

/** A fresh page that records dialogs, console errors and uncaught exceptions. */
export async function open(context) {
  const page = await context.newPage();
  const events = {dialogs: [], errors: []};
  page.on('dialog', (dialog) => {
    // Leaving the editor with an unsaved post asks "leave the page?": that is WordPress.
    if (dialog.type() === 'beforeunload') return dialog.accept().catch(() => {});
    events.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('console', (message) => {
    if (message.type() === 'error') events.errors.push(message.text());
  });
  page.on('pageerror', (error) => events.errors.push(String(error)));
  return {page, events};
}

/** The HTML as the server sent it, and the page loaded in the browser. */
export async function visit(context, url) {
  const {page, events} = await open(context);
  const response = await page.goto(url, {waitUntil: 'load'});
  const html = await response.text();
  return {page, events, html};
}

/** For each <twin-cities> of the page: its attributes and card count, once cards show. */
export async function elements(page, {expectCards = true} = {}) {
  if (expectCards) {
    await page
      .waitForFunction(
        () => {
          const all = [...document.querySelectorAll('twin-cities')];
          return all.length > 0 && all.every((el) => el.shadowRoot?.querySelectorAll('[part~="card"]').length > 0);
        },
        null,
        {timeout: CARDS_TIMEOUT},
      )
      .catch(() => {});
  }
  return page.$$eval('twin-cities', (all) =>
    all.map((el) => ({
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      cards: el.shadowRoot ? el.shadowRoot.querySelectorAll('[part~="card"]').length : 0,
      defined: customElements.get('twin-cities') !== undefined && el instanceof customElements.get('twin-cities'),
    })),
  );
}

/** Attributes named on… anywhere in the document, shadow roots included. */
export const eventHandlerAttributes = (page) =>
  page.evaluate(() => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`${el.localName}[${a.name}]`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });

/** Where a page is, for a FAIL line: its URL, title and first words. */
export async function whereIs(page) {
  const text = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
  return `${page.url()} "${await page.title().catch(() => '')}": ${text.replace(/\s+/g, ' ').slice(0, 120)}`;
}

/**
 * Logs in through `home`'s wp-login.php in a new browser context. It lands on the
 * REST nonce (admin-ajax.php?action=rest-nonce), a few bytes, rather than on the
 * dashboard, whose widgets are seconds of work on a busy machine; `nonce` is it.
 */
export async function logIn(browser, home, user) {
  const context = await browser.newContext();
  const {page, events} = await open(context);
  const landing = new URL('wp-admin/admin-ajax.php?action=rest-nonce', home).href;
  await page.goto(new URL(`wp-login.php?redirect_to=${encodeURIComponent(landing)}`, home).href);
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (new URL(page.url()).pathname.endsWith('/wp-login.php')) {
    throw new Error(`logging in as ${user.login} stayed on ${await whereIs(page)}`);
  }
  const nonce = (await page.textContent('body'))?.trim();
  return {context, page, events, nonce};
}
