/**
 * Issue 5, element level: whatever comes in (bad JSON, bad shapes, hostile entries,
 * failing networks, races), <twin-cities> shows the valid partners, says what was
 * wrong, fires loadstart → load|error → loadend without bubbling, never throws and
 * never runs script.
 *
 * Fixtures live in test/fixtures/robustness/ (served as static files by the test
 * server); the fault routes (/api/…) come from test/server/routes.mjs.
 */
import {expect} from '@open-wc/testing';
import '../src/define.js';
import {parseFeed, parseFeedText} from '../src/feed.js';
import type {TwinCitiesElement} from '../src/twin-cities.js';

const FIX = '/test/fixtures/robustness/';
const TYPES = ['loadstart', 'load', 'error', 'loadend'] as const;
type Via = 'src' | 'inline' | 'feed';

interface Rec {
  readonly type: string;
  readonly detail: any;
  readonly bubbles: boolean;
  readonly isCustom: boolean;
}

/* ---------- page-wide watchers: nothing may escape an element ---------- */

const escaped: string[] = [];
const bubbled: string[] = [];
const onWindowError = (e: ErrorEvent) => escaped.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => escaped.push(`unhandledrejection: ${String(e.reason)}`);
const onBubble = (e: Event) => {
  if ((e.target as Element | null)?.localName === 'twin-cities') bubbled.push(e.type);
};

before(() => {
  window.addEventListener('error', onWindowError);
  window.addEventListener('unhandledrejection', onRejection);
  for (const type of TYPES) document.addEventListener(type, onBubble);
});

after(() => {
  window.removeEventListener('error', onWindowError);
  window.removeEventListener('unhandledrejection', onRejection);
  for (const type of TYPES) document.removeEventListener(type, onBubble);
});

/* ---------- helpers ---------- */

const mounted: Element[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function record(el: Element): Rec[] {
  const events: Rec[] = [];
  for (const type of TYPES) {
    el.addEventListener(type, (e) =>
      events.push({
        type,
        detail: (e as CustomEvent).detail,
        bubbles: e.bubbles,
        isCustom: e instanceof CustomEvent,
      })
    );
  }
  return events;
}

/** Resolves at the first `loadend`, or fails after `ms` with the events seen so far. */
function loadend(el: Element, events: Rec[], ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no loadend within ${ms} ms; events: ${events.map((e) => e.type).join(', ') || 'none'}`)),
      ms
    );
    el.addEventListener('loadend', () => (clearTimeout(timer), resolve()), {once: true});
  });
}

/**
 * Creates an element, lets `setup` give it a source, records its events and
 * attaches it. Loading starts a task later, so a `loadend` listener added after
 * this returns misses nothing.
 */
function attach(setup: (el: TwinCitiesElement) => void): {el: TwinCitiesElement; events: Rec[]} {
  const el = document.createElement('twin-cities') as TwinCitiesElement;
  el.setAttribute('page-size', '0');
  el.lang = 'fr';
  setup(el);
  const events = record(el);
  document.body.append(el);
  mounted.push(el);
  return {el, events};
}

/** `attach`, then wait for loadend. */
async function mount(
  setup: (el: TwinCitiesElement) => void,
  {wait = 5000}: {wait?: number} = {}
): Promise<{el: TwinCitiesElement; events: Rec[]}> {
  const attached = attach(setup);
  await loadend(attached.el, attached.events, wait);
  return attached;
}

function inline(el: Element, text: string): void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
}

async function text(file: string): Promise<string> {
  const response = await fetch(FIX + file);
  return response.text();
}

/** Gives `el` the fixture `file` (whose content is `body`) by one of the three routes. */
function give(el: TwinCitiesElement, via: Via, file: string, body: string): void {
  if (via === 'src') el.src = FIX + file;
  else if (via === 'inline') inline(el, body);
  else el.feed = JSON.parse(body);
}

const root = (el: Element) => el.shadowRoot!;
const status = (el: Element) => root(el).querySelector<HTMLElement>('[part="status"]');
const cards = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="card"]')];
const ids = (el: Element) => cards(el).map((c) => c.dataset.id);
const card = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`[part="card"][data-id="${id}"]`)!;
const types = (events: Rec[]) => events.map((e) => e.type);

function expectSequence(events: Rec[], outcome: 'load' | 'error'): void {
  expect(types(events)).to.deep.equal(['loadstart', outcome, 'loadend']);
  for (const e of events) expect(e.bubbles, `${e.type} bubbles`).to.equal(false);
  expect(events[1].isCustom, `${outcome} is a CustomEvent`).to.equal(true);
}

/** The error state: one error event of `kind`, an alert saying the same as the event. */
function expectError(el: Element, events: Rec[], kind: string, says?: RegExp): any {
  expectSequence(events, 'error');
  const {detail} = events[1];
  expect(detail.kind).to.equal(kind);
  const alert = status(el);
  expect(alert, 'a status message').to.exist;
  expect(alert!.getAttribute('role')).to.equal('alert');
  expect(alert!.textContent!.trim()).to.equal(detail.message);
  expect(detail.message.length).to.be.greaterThan(10);
  if (says) expect(detail.message).to.match(says);
  expect(cards(el)).to.have.length(0);
  return detail;
}

/* ---------- 1. bad JSON and bad shapes ---------- */

interface Bad {
  readonly what: string;
  readonly file: string;
  readonly kind: 'parse' | 'invalid';
  /** False when the value cannot be given as the `feed` property (not JSON, or `null` = no feed). */
  readonly asProperty: boolean;
}

const BAD: readonly Bad[] = [
  {what: 'truncated JSON', file: 'truncated.json', kind: 'parse', asProperty: false},
  {what: 'an empty body', file: 'empty-body.json', kind: 'parse', asProperty: false},
  {what: 'an array', file: 'array.json', kind: 'invalid', asProperty: true},
  {what: 'null', file: 'null.json', kind: 'invalid', asProperty: false},
  {what: 'a string', file: 'string.json', kind: 'invalid', asProperty: true},
  {what: 'version 2', file: 'version-2.json', kind: 'invalid', asProperty: true},
  {what: 'partners not an array', file: 'partners-object.json', kind: 'invalid', asProperty: true},
  {what: 'an empty object {}', file: 'empty-object.json', kind: 'invalid', asProperty: true},
];

/** French messages (the default language): what a web editor reads. */
const SAYS = {parse: /JSON/, invalid: /twin-cities.*version 1/};

describe('robustness: bad JSON and bad shapes', () => {
  for (const bad of BAD) {
    for (const via of ['src', 'inline', 'feed'] as const) {
      if (via === 'feed' && !bad.asProperty) continue;
      it(`${bad.what} via ${via} → ${bad.kind} error with an alert`, async () => {
        const body = await text(bad.file);
        const {el, events} = await mount((el) => give(el, via, bad.file, body));
        const detail = expectError(el, events, bad.kind, SAYS[bad.kind]);
        if (via === 'src') expect(detail.message, 'names the feed').to.contain(bad.file);
        else expect(detail.message, 'names the page').to.match(/intégré à la page/);
      });
    }
  }

  it('a feed property that is not an object (a number) → invalid', async () => {
    const {el, events} = await mount((el) => (el.feed = 42));
    expectError(el, events, 'invalid', SAYS.invalid);
  });

  it('the alert is in the display language (lang="de")', async () => {
    const {el, events} = await mount((el) => {
      el.lang = 'de';
      el.src = FIX + 'truncated.json';
    });
    const detail = expectError(el, events, 'parse');
    expect(detail.message).to.contain('kein gültiges JSON');
    expect(detail.message).to.contain('truncated.json');
  });

  for (const via of ['src', 'inline', 'feed'] as const) {
    it(`empty partners via ${via} → the empty state and load with 0 partners`, async () => {
      const body = await text('empty-partners.json');
      const {el, events} = await mount((el) => give(el, via, 'empty-partners.json', body));
      expectSequence(events, 'load');
      expect(events[1].detail).to.deep.equal({partners: 0, problems: []});
      const message = status(el);
      expect(message).to.exist;
      expect(message!.getAttribute('role')).to.equal('status');
      expect(message!.textContent!.trim()).to.equal('Aucune ville partenaire pour le moment.');
    });
  }

  it('a UTF-8 byte order mark before the JSON is accepted', async () => {
    const {el, events} = await mount((el) => (el.src = FIX + 'bom.json'));
    expectSequence(events, 'load');
    expect(ids(el)).to.deep.equal(['bom']);
  });
});

/* ---------- 2. hostile entries ---------- */

/** Partners of hostile.json that must render, in feed order. */
const RENDERED = [
  'ok-1',
  'pop-negative', 'pop-nan', 'pop-huge', 'pop-float', 'pop-many',
  'since-3000', 'since-text',
  'url-1', 'url-2', 'url-3', 'url-4', 'url-5',
  'protocol-relative', 'img-name', 'script-name', 'rtl-name', 'long-name', 'proto',
];

/** Problems hostile.json must report (it may report more, e.g. for dropped sub-keys). */
const EXPECTED_PATHS = [
  'partners[1].id', 'partners[2].id', 'partners[3].id',
  'partners[4].name', 'partners[5].name', 'partners[6].name',
  'partners[7].country', 'partners[8].country', 'partners[9].country',
  'partners[10].id',
  'partners[11].country', 'partners[12].country',
  'partners[13].population', 'partners[14].population', 'partners[15].population',
  'partners[16].population', 'partners[17].population.value',
  'partners[18].since', 'partners[19].since',
  ...[20, 21, 22, 23, 24].flatMap((i) => [`partners[${i}].url`, `partners[${i}].image.src`, `partners[${i}].feed`]),
  'partners[30].region.__proto__', 'partners[30].region.constructor',
  'partners[31]', 'partners[32]', 'partners[33]',
];

/** Number of entries in hostile.json, and how many of them are skipped. */
const ENTRIES = 34;
const SKIPPED = 15;

const LONG_NAME = 'Llanfair'.repeat(625);

describe('robustness: hostile entries', () => {
  let body: string;
  before(async () => {
    body = await text('hostile.json');
  });

  for (const via of ['src', 'inline', 'feed'] as const) {
    it(`via ${via}: the valid partners render and problems name the bad fields`, async () => {
      const {el, events} = await mount((el) => give(el, via, 'hostile.json', body));
      expectSequence(events, 'load');
      const {detail} = events[1];
      expect(ids(el)).to.deep.equal(RENDERED);
      expect(detail.partners).to.equal(RENDERED.length);
      expect(RENDERED.length + SKIPPED).to.equal(ENTRIES);
      const paths = detail.problems.map((p: any) => p.path);
      expect(paths).to.include.members(EXPECTED_PATHS);
      for (const problem of detail.problems) {
        expect(Object.keys(problem).sort()).to.deep.equal(['message', 'path']);
        expect(problem.message).to.be.a('string').and.not.be.empty;
      }
      // The skipped entries are exactly the ones whose problem says so.
      const skipped = new Set(
        detail.problems
          .filter((p: any) => p.message.includes('Partenaire ignoré'))
          .map((p: any) => /^partners\[\d+\]/.exec(p.path)![0])
      );
      expect(skipped.size).to.equal(SKIPPED);
    });
  }

  it('only http(s) URLs become an href or an image src', async () => {
    const {el} = await mount((el) => give(el, 'src', 'hostile.json', body));
    const hrefs = [...root(el).querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
    const srcs = [...root(el).querySelectorAll('[src]')].map((a) => a.getAttribute('src')!);
    expect(hrefs.length).to.be.greaterThan(1);
    for (const url of [...hrefs, ...srcs]) expect(url).to.match(/^https?:\/\//);
    for (const id of ['url-1', 'url-2', 'url-3', 'url-4', 'url-5']) {
      expect(card(el, id).querySelector('a'), `${id} has no link`).to.equal(null);
      expect(card(el, id).querySelector('img'), `${id} has no image`).to.equal(null);
    }
  });

  it('relative URLs resolve against the feed URL, not the page', async () => {
    const {el} = await mount((el) => give(el, 'src', 'hostile.json', body));
    const feedUrl = new URL(FIX + 'hostile.json', document.baseURI).href;
    const link = card(el, 'ok-1').querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(new URL('jumelage/oranienburg', feedUrl).href);
    expect(link.getAttribute('href')).not.to.equal(new URL('jumelage/oranienburg', document.baseURI).href);
    const image = card(el, 'ok-1').querySelector('img')!;
    expect(image.getAttribute('src')).to.equal(new URL('pixel.svg', feedUrl).href);
    // A protocol-relative URL takes the feed's scheme.
    const far = card(el, 'protocol-relative').querySelector('a')!;
    expect(far.getAttribute('href')).to.equal(`${location.protocol}//twin.example/x`);
    // The partner's own feed (not rendered) resolves the same way.
    const parsed = parseFeedText(body, feedUrl);
    expect(parsed && parsed.ok).to.equal(true);
    const partners = (parsed as any).feed.partners;
    expect(partners[0].feed).to.equal(new URL('oranienburg.json', feedUrl).href);
    expect(partners.find((p: any) => p.id === 'protocol-relative').feed).to.equal(
      new URL('../feeds/partner.json', feedUrl).href
    );
  });

  it('relative URLs of an inline feed resolve against the document', async () => {
    const {el} = await mount((el) => give(el, 'inline', 'hostile.json', body));
    const link = card(el, 'ok-1').querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(new URL('jumelage/oranienburg', document.baseURI).href);
  });

  it('markup in names and summaries renders as text, and runs nothing', async () => {
    const {el} = await mount((el) => give(el, 'src', 'hostile.json', body));
    const raw = JSON.parse(body).partners;
    for (const id of ['img-name', 'script-name']) {
      const name = card(el, id).querySelector('[part="name"]')!;
      expect(name.textContent).to.equal(raw.find((p: any) => p.id === id).name);
      expect(name.children).to.have.length(0);
    }
    const summary = card(el, 'script-name').querySelector('[part="summary"]')!;
    expect(summary.textContent).to.equal('<b>bold</b> & <i>it</i>');
    expect(summary.children).to.have.length(0);
    // The only <img> is the partner image of ok-1; no <script>, <b> or <i> exists.
    expect(root(el).querySelectorAll('img')).to.have.length(1);
    expect(root(el).querySelectorAll('img')[0].getAttribute('part')).to.equal('image');
    expect(root(el).querySelectorAll('script, b, i, iframe, object, embed, svg')).to.have.length(0);
    for (const node of root(el).querySelectorAll('*')) {
      for (const attr of node.getAttributeNames()) expect(attr, `on* attribute on <${node.localName}>`).not.to.match(/^on/);
    }
    await sleep(50);
    expect((window as any).__pwned).to.equal(undefined);
  });

  it('RTL override characters stay inside their own isolated element', async () => {
    const {el} = await mount((el) => give(el, 'src', 'hostile.json', body));
    const c = card(el, 'rtl-name');
    for (const part of ['name', 'region', 'summary']) {
      const node = c.querySelector(`[part="${part}"]`)!;
      expect(node.getAttribute('dir'), `${part} dir`).to.equal('auto');
      expect(getComputedStyle(node).unicodeBidi, `${part} unicode-bidi`).to.equal('isolate');
    }
    expect(c.querySelector('[part="name"]')!.textContent).to.equal('\u202Egpj.exe');
    // What follows is laid out left to right as usual.
    expect(getComputedStyle(c.querySelector('[part="country"]')!).direction).to.equal('ltr');
  });

  it('a 5000-character name is clamped on screen, complete in title and text', async () => {
    const {el} = await mount((el) => give(el, 'src', 'hostile.json', body));
    const name = card(el, 'long-name').querySelector<HTMLElement>('[part="name"]')!;
    expect(name.textContent).to.equal(LONG_NAME);
    expect(name.getAttribute('title')).to.equal(LONG_NAME);
    const height = name.getBoundingClientRect().height;
    expect(height).to.be.greaterThan(0);
    expect(height, 'clamped to a few lines').to.be.lessThan(150);
    expect(name.scrollHeight).to.be.greaterThan(name.clientHeight);
  });

  it('__proto__, constructor and prototype keys pollute nothing', async () => {
    for (const via of ['src', 'inline', 'feed'] as const) {
      const {el} = await mount((el) => give(el, via, 'hostile.json', body));
      expect(ids(el)).to.include('proto');
    }
    expect(parseFeedText(body)!.ok).to.equal(true);
    expect(parseFeed(JSON.parse(body)).ok).to.equal(true);
    expect(({} as any).polluted).to.equal(undefined);
    expect(([] as any).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
    expect((Object as any).polluted).to.equal(undefined);
  });

  it('nesting 10 000 levels deep (a 40 kB file) → the other partners render', async () => {
    const {el, events} = await mount((el) => (el.src = FIX + 'deep.json'), {wait: 3000});
    expectSequence(events, 'load');
    expect(ids(el)).to.deep.equal(['ok', 'deep-kind']);
  });

  it('a feed property with a BigInt population → the card renders without it', async () => {
    const {el, events} = await mount((el) => {
      el.feed = {
        version: 1,
        partners: [
          {id: 'ok', name: 'OK', country: 'DE'},
          {id: 'big', name: 'BigInt', country: 'DE', population: 41810n},
        ],
      };
    }, {wait: 3000});
    expectSequence(events, 'load');
    expect(ids(el)).to.deep.equal(['ok', 'big']);
    expect(card(el, 'big').querySelector('[part="population"]')).to.equal(null);
  });

  it('a feed property with a cyclic value in a field → the other partners render', async () => {
    const cycle: any = {};
    cycle.self = cycle;
    const {el, events} = await mount((el) => {
      el.feed = {
        version: 1,
        partners: [
          {id: 'ok', name: 'OK', country: 'DE'},
          {id: 'cycle', name: 'Cycle', country: 'DE', kind: cycle},
          cycle,
        ],
      };
    }, {wait: 3000});
    expectSequence(events, 'load');
    expect(ids(el)).to.deep.equal(['ok', 'cycle']);
  });

  it('a feed property whose getters throw → an invalid error, not a stuck element', async () => {
    const trap = new Proxy({}, {
      get() {
        throw new Error('hostile getter');
      },
      has() {
        throw new Error('hostile has');
      },
      getOwnPropertyDescriptor() {
        throw new Error('hostile descriptor');
      },
    });
    const {el, events} = await mount((el) => (el.feed = trap), {wait: 3000});
    expectError(el, events, 'invalid');
  });
});

/* ---------- 3. size and time caps ---------- */

describe('robustness: size and time caps', () => {
  it('over 5 MB announced by Content-Length → invalid', async () => {
    const {el, events} = await mount((el) => (el.src = '/api/big-declared?mb=6'));
    expectError(el, events, 'invalid', /5 Mo/);
  });

  it('over 5 MB while streaming (no Content-Length) → invalid', async () => {
    const {el, events} = await mount((el) => (el.src = '/api/big?mb=6'), {wait: 8000});
    expectError(el, events, 'invalid', /5 Mo/);
  });

  it('a 50 KB gzip body that inflates to 50 MB → invalid: the cap counts what is read, not what was sent', async () => {
    const sent = await fetch('/api/gzip-bomb?mb=50', {method: 'HEAD'});
    expect(Number(sent.headers.get('Content-Length')), 'the test server sends a small body').to.be.below(200_000);
    const {el, events} = await mount((el) => (el.src = '/api/gzip-bomb?mb=50'), {wait: 8000});
    expectError(el, events, 'invalid', /5 Mo/);
  });

  it('a 4 MB feed (under the cap) loads', async () => {
    const {el, events} = await mount((el) => (el.src = '/api/big?mb=4'), {wait: 8000});
    expectSequence(events, 'load');
    expect(events[1].detail.partners).to.equal(0);
    expect(status(el)!.getAttribute('role')).to.equal('status');
  });

  it('timeout="200" on a hanging server → timeout (long before the default 15 s)', async () => {
    const {el, events} = await mount((el) => {
      el.setAttribute('timeout', '200');
      el.src = '/api/hang';
    });
    expectError(el, events, 'timeout', /\/api\/hang/);
  });

  it('the timeout also bounds a slow answer', async () => {
    const {el, events} = await mount((el) => {
      el.setAttribute('timeout', '150');
      el.src = '/api/delay?ms=1500&file=demo/feeds/colombes.json';
    });
    expectError(el, events, 'timeout');
  });
});

/* ---------- 4. network faults ---------- */

const otherHost = () => (location.hostname === 'localhost' ? '127.0.0.1' : 'localhost');

describe('robustness: network faults', () => {
  for (const code of [404, 410, 403, 500, 503]) {
    it(`HTTP ${code} → http error with status ${code}`, async () => {
      const {el, events} = await mount((el) => (el.src = `/api/status/${code}`));
      const detail = expectError(el, events, 'http', new RegExp(`${code}`));
      expect(detail.status).to.equal(code);
      expect(detail.message).to.contain(`/api/status/${code}`);
    });
  }

  it('a refused connection (127.0.0.1:9) → network, mentioning Access-Control-Allow-Origin', async () => {
    const {el, events} = await mount((el) => (el.src = 'http://127.0.0.1:9/feed.json'));
    const detail = expectError(el, events, 'network', /Access-Control-Allow-Origin/);
    expect(detail.status).to.equal(undefined);
  });

  it('a closed ordinary port (127.0.0.1:1) → network', async () => {
    const {el, events} = await mount((el) => (el.src = 'http://127.0.0.1:1/feed.json'));
    expectError(el, events, 'network', /Access-Control-Allow-Origin/);
  });

  it('a CORS refusal → network, mentioning Access-Control-Allow-Origin', async () => {
    const url = `${location.protocol}//${otherHost()}:${location.port}/api/no-cors?file=demo/feeds/bagnolet.json`;
    const {el, events} = await mount((el) => (el.src = url));
    const detail = expectError(el, events, 'network', /Access-Control-Allow-Origin/);
    expect(detail.message).to.contain(otherHost());
  });

  it('a redirect to another origin that allows it: the feed loads, relative URLs resolve there', async () => {
    const host = otherHost();
    const src = `/api/redirect?host=${host}&to=${encodeURIComponent('/api/cors?file=test/fixtures/robustness/relative-urls.json')}`;
    const {el, events} = await mount((el) => (el.src = src));
    expectSequence(events, 'load');
    const link = root(el).querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(new URL(link.href).host).to.equal(`${host}:${location.port}`);
  });

  it('a redirect to another origin that does not allow it → network', async () => {
    const src = `/api/redirect?host=${otherHost()}&to=${encodeURIComponent('/api/no-cors?file=demo/feeds/bagnolet.json')}`;
    const {el, events} = await mount((el) => (el.src = src));
    expectError(el, events, 'network', /Access-Control-Allow-Origin/);
  });

  it('a src that is not a URL → network', async () => {
    const {el, events} = await mount((el) => (el.src = 'http://[not a host/feed.json'));
    expectError(el, events, 'network');
  });

  it('a javascript: src → network error, and nothing runs', async () => {
    const {el, events} = await mount((el) => (el.src = 'javascript:window.__pwned=3'));
    expectError(el, events, 'network');
    await sleep(50);
    expect((window as any).__pwned).to.equal(undefined);
  });

  it('markup in the src shows as text in the error message', async () => {
    const src = '/api/status/404?<img src=x onerror="window.__pwned=4">';
    const {el, events} = await mount((el) => (el.src = src));
    expectError(el, events, 'http');
    expect(status(el)!.textContent).to.contain('<img src=x onerror="window.__pwned=4">');
    expect(root(el).querySelectorAll('img')).to.have.length(0);
    await sleep(50);
    expect((window as any).__pwned).to.equal(undefined);
  });

  it('a body that is not UTF-8 (Windows-1252) loads, with replacement characters', async () => {
    const {el, events} = await mount((el) => (el.src = FIX + 'windows-1252.json'));
    expectSequence(events, 'load');
    expect(ids(el)).to.deep.equal(['latin1']);
    expect(card(el, 'latin1').querySelector('[part="name"]')!.textContent).to.contain('\uFFFD');
  });

  it('an HTML page served with 200 → parse', async () => {
    const {el, events} = await mount((el) => (el.src = '/api/html'));
    expectError(el, events, 'parse', /JSON/);
  });
});

/* ---------- races ---------- */

const BAGNOLET = ['sesto-fiorentino', 'oranienburg', 'chatila', 'massala', 'akbou', 'le-robert'];
const COLOMBES = ['frankenthal', 'sopot', 'viana-do-castelo', 'ras-jebel', 'gueule-tapee-fass-colobane'];
let unique = 0;
/** A fresh URL each time, so the page's shared cache never answers. */
const delayed = (ms: number, file: string) => `/api/delay?ms=${ms}&file=${file}&n=${unique++}`;

describe('robustness: races', () => {
  it('reload() during a load abandons the earlier one: one load, one loadend', async () => {
    const {el, events} = attach((el) => (el.src = delayed(400, 'demo/feeds/bagnolet.json')));
    await new Promise((r) => el.addEventListener('loadstart', r, {once: true}));
    await sleep(50);
    el.reload();
    await loadend(el, events);
    await sleep(600); // the first request would have answered by now
    expect(types(events)).to.deep.equal(['loadstart', 'loadstart', 'load', 'loadend']);
    expect(ids(el)).to.deep.equal(BAGNOLET);
  });

  it('three rapid src changes (the first ones slow) show only the last feed, with one load', async () => {
    const {el, events} = attach((el) => (el.src = delayed(600, 'demo/feeds/colombes.json')));
    await sleep(40);
    el.src = delayed(400, 'demo/feeds/colombes.json');
    await sleep(40);
    el.src = delayed(0, 'demo/feeds/bagnolet.json');
    await loadend(el, events);
    await sleep(800); // both slow answers have arrived
    expect(types(events).filter((t) => t !== 'loadstart')).to.deep.equal(['load', 'loadend']);
    expect(types(events).at(-1)).to.equal('loadend');
    expect(ids(el)).to.deep.equal(BAGNOLET);
  });

  it('three src changes in one task: one loadstart, one load, the last feed', async () => {
    const {el, events} = attach(() => {});
    el.src = delayed(300, 'demo/feeds/colombes.json');
    el.src = delayed(200, 'demo/feeds/colombes.json');
    el.src = delayed(0, 'demo/feeds/bagnolet.json');
    await loadend(el, events);
    await sleep(450);
    expect(types(events)).to.deep.equal(['loadstart', 'load', 'loadend']);
    expect(ids(el)).to.deep.equal(BAGNOLET);
  });

  it('a slow newer src wins over a fast older one that was replaced', async () => {
    const {el, events} = attach((el) => (el.src = delayed(150, 'demo/feeds/bagnolet.json')));
    await sleep(40);
    el.src = delayed(400, 'demo/feeds/colombes.json');
    await loadend(el, events);
    await sleep(100);
    expect(types(events).filter((t) => t !== 'loadstart')).to.deep.equal(['load', 'loadend']);
    expect(ids(el)).to.deep.equal(COLOMBES);
  });

  it('the feed property set during a src load wins, and the src answer is dropped', async () => {
    const {el, events} = attach((el) => (el.src = delayed(300, 'demo/feeds/bagnolet.json')));
    await sleep(40);
    el.feed = {version: 1, partners: [{id: 'prop', name: 'Property', country: 'PL'}]};
    await loadend(el, events);
    await sleep(400);
    expect(types(events).filter((t) => t !== 'loadstart')).to.deep.equal(['load', 'loadend']);
    expect(ids(el)).to.deep.equal(['prop']);
  });

  it('removing the element during a load fires nothing more', async () => {
    const {el, events} = attach((el) => (el.src = delayed(200, 'demo/feeds/bagnolet.json')));
    await new Promise((r) => el.addEventListener('loadstart', r, {once: true}));
    el.remove();
    await sleep(350);
    expect(types(events)).to.deep.equal(['loadstart']);
  });
});

/* ---------- events and the page ---------- */

describe('robustness: events and the page', () => {
  for (const via of ['src', 'inline', 'feed'] as const) {
    it(`via ${via}: loadstart → load → loadend, then loadstart → error → loadend`, async () => {
      const good = await text('empty-partners.json');
      const {events} = await mount((el) => give(el, via, 'empty-partners.json', good));
      expectSequence(events, 'load');
      const bad = await text('version-2.json');
      const second = await mount((el) => give(el, via, 'version-2.json', bad));
      expectSequence(second.events, 'error');
    });
  }

  it('no element event bubbled to the document', () => {
    expect(bubbled).to.deep.equal([]);
  });

  it('no exception or unhandled rejection reached the window', async () => {
    await sleep(50);
    expect(escaped).to.deep.equal([]);
  });
});
