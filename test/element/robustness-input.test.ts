/**
 * Robustness, element level, what comes in: bad JSON, bad shapes and hostile entries.
 * <twin-cities> shows the valid partners, says what was wrong, never throws and
 * never runs script.
 */
import {expect} from '@open-wc/testing';
import {parseFeed, parseFeedText} from '../../src/core/feed.js';
import {
  FIX,
  sleep,
  mount,
  text,
  give,
  root,
  status,
  ids,
  card,
  expectSequence,
  expectError,
  checkThePage,
} from './robustness-helpers.js';

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
    expect(detail.message).to.contain('keine gültige JSON-Datei');
    expect(detail.message).to.contain('truncated.json');
  });

  for (const via of ['src', 'inline', 'feed'] as const) {
    it(`empty partners via ${via} → the empty state and load with 0 partners`, async () => {
      const body = await text('empty-partners.json');
      const {el, events} = await mount((el) => give(el, via, 'empty-partners.json', body));
      expectSequence(events, 'load');
      expect(events[1].detail).to.deep.equal({partners: 0, problems: [], problemCount: 0});
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

checkThePage();
