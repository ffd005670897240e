/**
 * The BUILT bundle (dist/twin-cities.js, `npm run build` first) on
 * strict and hostile pages. The CSP page gets it byte for byte from the middleware;
 * the CSS tests import it here (re-transpiled by the test server, same code).
 *
 * - Strict CSP: web-test-runner's own test pages need inline scripts, so the page
 *   under test is /csp/page.html, served with a Content-Security-Policy *header* by
 *   test/server/csp.mjs (a middleware listed in web-test-runner.config.mjs), and loaded
 *   in an iframe. It records `securitypolicyviolation` events, errors and the
 *   elements' events; this test reads them.
 * - Hostile page CSS: rules a CMS theme may carry must not hide or flatten the cards.
 */
import {expect} from '@open-wc/testing';
import '../../dist/twin-cities.js';

const ISSUE_POLICY = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const IDS = ['src', 'inline', 'prop', 'hostile'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(test: () => boolean, ms: number, what: string): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens the CSP page in an iframe and waits until its four elements have loaded. */
async function openPage(query: string): Promise<{win: any; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  frame.src = `/csp/page.html?${query}`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as any;
  if (!win.__csp) {
    throw new Error(
      '/csp/page.html is not served: add cspPage from test/server/csp.mjs to the middleware of web-test-runner.config.mjs'
    );
  }
  await until(
    () => IDS.every((id) => win.__csp.events[id]?.some((e: any) => e.type === 'loadend')),
    5000,
    `loadend from ${IDS.join(', ')}: ${JSON.stringify(win.__csp)}`
  );
  return {win, doc: frame.contentDocument!};
}

const inFrame = (doc: Document, id: string) => doc.getElementById(id)!;
const cardsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')];

/** What every strict page must show: four loads, no violation, no error, styled cards. */
async function expectWorking(win: any, doc: Document): Promise<void> {
  await sleep(50); // violation events are queued as tasks
  expect(win.__csp.violations, 'CSP violations').to.deep.equal([]);
  expect(win.__csp.errors, 'errors in the page').to.deep.equal([]);
  for (const id of IDS) {
    expect(win.__csp.events[id].map((e: any) => e.type), id).to.deep.equal(['loadstart', 'load', 'loadend']);
  }
  expect(cardsOf(inFrame(doc, 'src'))).to.have.length(6);
  expect(cardsOf(inFrame(doc, 'inline'))).to.have.length(2);
  expect(cardsOf(inFrame(doc, 'prop'))).to.have.length(1);
  expect(cardsOf(inFrame(doc, 'hostile'))).to.have.length(19);

  // The element's own styles apply (adopted stylesheets are allowed by style-src 'self').
  const src = inFrame(doc, 'src');
  expect(src.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
  expect(win.getComputedStyle(src.shadowRoot!.querySelector('.cards')!).display).to.equal('grid');
  const box = cardsOf(src)[0].getBoundingClientRect();
  expect(box.width).to.be.greaterThan(0);
  expect(box.height).to.be.greaterThan(0);

  // The name with markup in the inline feed is text.
  const name = inFrame(doc, 'inline').shadowRoot!.querySelector('[data-id="inline-2"] [part="name"]')!;
  expect(name.textContent).to.equal('</script><img src=x onerror="parent.__cspPwned=1">');
  expect((window as any).__cspPwned).to.equal(undefined);
}

/**
 * Proves the policy is enforced in the frame: eval is refused (script-src), and where
 * the browser has Trusted Types (Chromium; not Firefox ESR), so is innerHTML = string.
 */
async function expectEnforced(win: any, doc: Document): Promise<void> {
  let evalRefused = false;
  try {
    win.eval('1');
  } catch {
    evalRefused = true;
  }
  expect(evalRefused, 'eval is refused').to.equal(true);
  if (!win.trustedTypes) return;
  let refused = false;
  try {
    doc.body.innerHTML = '<b>not trusted</b>';
  } catch {
    refused = true;
  }
  await sleep(50);
  expect(refused, 'innerHTML with a string is refused').to.equal(true);
  expect(win.__csp.violations.some((v: string) => v.startsWith('require-trusted-types-for'))).to.equal(true);
}

describe('strict page: Content-Security-Policy', () => {
  it('the test server sends the policy as a header', async () => {
    const response = await fetch('/csp/page.html?policy=issue');
    expect(response.status, 'add cspPage to the middleware of web-test-runner.config.mjs').to.equal(200);
    expect(response.headers.get('Content-Security-Policy')).to.equal(ISSUE_POLICY);
    const bundle = await fetch('/csp/twin-cities-bundle');
    expect(bundle.status, 'dist/twin-cities.js exists (npm run build)').to.equal(200);
    expect(bundle.headers.get('Content-Type')).to.match(/javascript/);
  });

  it(`the bundle works under "${ISSUE_POLICY}"`, async () => {
    const {win, doc} = await openPage('policy=issue');
    await expectWorking(win, doc);
    await expectEnforced(win, doc);
  });

  it('the bundle works under default-src none + trusted-types lit-html', async () => {
    const {win, doc} = await openPage('policy=strict');
    await expectWorking(win, doc);
    await expectEnforced(win, doc);
  });

  it('two copies of the bundle on a strict page: no error, cards render', async () => {
    const {win, doc} = await openPage('policy=strict&twice=1');
    await expectWorking(win, doc);
  });
});

/* ---------- hostile page CSS ---------- */

const INLINE = JSON.stringify({
  version: 1,
  partners: [
    {id: 'a', name: 'Oranienburg', country: 'DE', url: 'https://example.org/a'},
    {id: 'b', name: 'Sopot', country: 'PL', url: 'https://example.org/b'},
  ],
});

const added: Element[] = [];
afterEach(() => {
  for (const node of added.splice(0)) node.remove();
});

function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  added.push(style);
}

/** A <twin-cities> with an inline feed, straight in <body>, once loaded. */
async function element(): Promise<HTMLElement> {
  const el = document.createElement('twin-cities');
  el.lang = 'fr';
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = INLINE;
  el.append(script);
  const done = new Promise((r) => el.addEventListener('loadend', r, {once: true}));
  document.body.append(el);
  added.push(el);
  await done;
  await (el as any).updateComplete;
  return el;
}

function expectVisible(el: HTMLElement): void {
  expect(getComputedStyle(el).display, 'host display').to.equal('block');
  const cards = cardsOf(el);
  expect(cards).to.have.length(2);
  for (const card of cards) {
    const box = card.getBoundingClientRect();
    expect(box.width, 'card width').to.be.greaterThan(0);
    expect(box.height, 'card height').to.be.greaterThan(0);
  }
  const link = el.shadowRoot!.querySelector('[part="link"]')!;
  expect(link.getBoundingClientRect().width, 'link width').to.be.greaterThan(0);
  const name = el.shadowRoot!.querySelector('[part="name"]')!;
  expect(parseFloat(getComputedStyle(name).fontSize)).to.be.greaterThan(8);
}

describe('strict page: hostile page CSS', () => {
  it('"* { display: none !important }" (all but html and body) does not hide the cards', async () => {
    pageStyle('*:not(html):not(body) { display: none !important; }');
    const el = await element();
    expectVisible(el);
  });

  it('"twin-cities { all: unset }" does not break it', async () => {
    pageStyle('twin-cities { all: unset; }');
    const el = await element();
    expectVisible(el);
  });

  it('"twin-cities { all: unset !important }" does not break it', async () => {
    pageStyle('twin-cities { all: unset !important; }');
    const el = await element();
    expectVisible(el);
  });

  it('page rules on li, p, a, h1–h6, ul and [part] do not reach the shadow tree', async () => {
    pageStyle(`
      ul, li, p, a, h1, h2, h3, h4, h5, h6, div, button, img { display: none !important; font-size: 0 !important; }
      [part], .card, .cards, .name { display: none !important; }
    `);
    const el = await element();
    expectVisible(el);
  });

  it('the hidden attribute still hides it', async () => {
    const el = await element();
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
    expect(cardsOf(el)[0].getBoundingClientRect().width).to.equal(0);
    el.hidden = false;
    expectVisible(el);
  });

  it('the hidden attribute hides it even when the page forces display: block', async () => {
    pageStyle('twin-cities { display: block !important; all: unset; }');
    const el = await element();
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
    expect(cardsOf(el)[0].getBoundingClientRect().height).to.equal(0);
  });
});
