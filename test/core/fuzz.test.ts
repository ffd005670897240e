/**
 * Property-based tests (fast-check) of the parser and the element.
 *
 * Inputs: random JSON values and texts, and random mutations of the Bagnolet feed
 * (fields dropped or replaced by arbitrary or hostile values, entries duplicated or
 * replaced, text fields filled with markup, bidi controls, huge strings, prototype
 * keys). Seeds are fixed, so a failure reproduces; fast-check prints the seed and
 * the shrunk counter-example.
 *
 * Invariants: nothing throws; every URL kept is http(s); the element creates no
 * element beyond its template's; cards + skipped entries = entries.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/element/define.js';
import {parseFeed, parseFeedText, type ParseResult} from '../../src/core/feed.js';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';

const SEED = 5_2024;
const FEED_URL = new URL('/demo/feeds/bagnolet.json', location.href).href;

/* ---------- arbitraries ---------- */

const HOSTILE_STRINGS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://evil.example/1',
  'file:///etc/passwd',
  '//evil.example/x',
  '../../x.json',
  '?q=1',
  '#top',
  'https://ok.example/page',
  'http://[::1]/',
  'http://[bad',
  '<img src=x onerror="window.__fuzzPwned=1">',
  '</script><script>window.__fuzzPwned=2</script>',
  '<svg onload="window.__fuzzPwned=3">',
  '"><b>x</b>',
  '\u202Egpj.exe',
  '\u2066\u2067\u2068\u2069\u200F',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'x'.repeat(5000),
  '',
  ' ',
  '\n\t',
  '\uD800',
  'ZZ',
  'FRA',
  'fr',
  'de',
  'NaN',
  '1e400',
  '1964-xx',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
];

const hostileString = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS)},
  {weight: 1, arbitrary: fc.string()},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme'})}
);

const hostileNumber = fc.constantFrom(-1, -0, 0, 1.5, 1964, 3000, 1799, 2e9, Number.MAX_SAFE_INTEGER + 2, 1e308);

/** An object as JSON.parse builds it: `__proto__` becomes an own key, not a prototype. */
function jsonObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(o, key, {value, enumerable: true, writable: true, configurable: true});
  }
  return o;
}

const KEYS = ['__proto__', 'constructor', 'prototype', 'fr', 'de', 'pl', 'en-GB', 'value', 'year', 'approximate', 'src', 'alt', 'lat', 'lon', 'x'];

const hostileObject = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(hostileString, hostileNumber, fc.jsonValue({maxDepth: 1}))), {maxLength: 5})
  .map(jsonObject);

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 3, arbitrary: hostileString},
  {weight: 2, arbitrary: fc.jsonValue({maxDepth: 3})},
  {weight: 1, arbitrary: hostileNumber},
  {weight: 2, arbitrary: hostileObject},
  {weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {})}
);

const FIELDS = ['id', 'name', 'country', 'region', 'population', 'since', 'kind', 'summary', 'url', 'image', 'location', 'themes', 'feed', '__proto__', 'constructor', 'unknown'];
const SUBFIELDS: Record<string, readonly string[]> = {
  population: ['value', 'year', 'approximate'],
  image: ['src', 'alt'],
  location: ['lat', 'lon'],
  region: ['fr', 'de', '__proto__'],
  summary: ['fr', 'it', 'constructor'],
  name: ['fr', 'de', '__proto__'],
};

type Op =
  | {readonly op: 'drop'; readonly at: number; readonly field: string}
  | {readonly op: 'set'; readonly at: number; readonly field: string; readonly value: unknown}
  | {readonly op: 'nested'; readonly at: number; readonly field: string; readonly sub: number; readonly value: unknown}
  | {readonly op: 'dup'; readonly at: number}
  | {readonly op: 'entry'; readonly at: number; readonly value: unknown}
  | {readonly op: 'top'; readonly field: string; readonly value: unknown};

const operation: fc.Arbitrary<Op> = fc.oneof(
  {weight: 2, arbitrary: fc.record({op: fc.constant('drop' as const), at: fc.nat(), field: fc.constantFrom(...FIELDS)})},
  {weight: 4, arbitrary: fc.record({op: fc.constant('set' as const), at: fc.nat(), field: fc.constantFrom(...FIELDS), value: anyValue})},
  {weight: 3, arbitrary: fc.record({op: fc.constant('nested' as const), at: fc.nat(), field: fc.constantFrom(...Object.keys(SUBFIELDS)), sub: fc.nat(), value: anyValue})},
  {weight: 2, arbitrary: fc.record({op: fc.constant('dup' as const), at: fc.nat()})},
  {weight: 1, arbitrary: fc.record({op: fc.constant('entry' as const), at: fc.nat(), value: anyValue})},
  {weight: 1, arbitrary: fc.record({op: fc.constant('top' as const), field: fc.constantFrom('version', 'partners', 'city', '__proto__', 'constructor'), value: anyValue})}
);

function setOwn(o: any, key: string, value: unknown): void {
  Object.defineProperty(o, key, {value, enumerable: true, writable: true, configurable: true});
}

/** Applies `ops` to a copy of `base`. Mutations of `version`/`partners` are rarer on purpose. */
function mutate(base: any, ops: readonly Op[]): any {
  const feed = structuredClone(base);
  for (const o of ops) {
    const list: unknown[] = Array.isArray(feed.partners) ? feed.partners : [];
    const i = list.length ? (o as any).at % list.length : -1;
    const entry: any = i >= 0 ? list[i] : undefined;
    switch (o.op) {
      case 'drop':
        if (entry && typeof entry === 'object') delete entry[o.field];
        break;
      case 'set':
        if (entry && typeof entry === 'object') setOwn(entry, o.field, o.value);
        break;
      case 'nested': {
        if (!entry || typeof entry !== 'object') break;
        let inner = entry[o.field];
        if (!inner || typeof inner !== 'object' || Array.isArray(inner)) {
          inner = typeof inner === 'string' ? {fr: inner} : {};
          setOwn(entry, o.field, inner);
        }
        const subs = SUBFIELDS[o.field];
        setOwn(inner, subs[o.sub % subs.length], o.value);
        break;
      }
      case 'dup':
        if (i >= 0) list.splice(i, 0, structuredClone(list[i]));
        break;
      case 'entry':
        if (i >= 0) list[i] = o.value;
        break;
      case 'top':
        setOwn(feed, o.field, o.value);
        break;
    }
  }
  return feed;
}

/* ---------- invariants ---------- */

const isHttp = (url: unknown) => typeof url === 'string' && /^https?:\/\//.test(url);

function isFeedShape(input: unknown): input is {partners: unknown[]} {
  return (
    typeof input === 'object' &&
    input !== null &&
    !Array.isArray(input) &&
    Object.prototype.hasOwnProperty.call(input, 'version') &&
    (input as any).version === 1 &&
    Object.prototype.hasOwnProperty.call(input, 'partners') &&
    Array.isArray((input as any).partners)
  );
}

/** Distinct `partners[i]` of the problems that skipped a whole partner. */
function skippedEntries(result: ParseResult): Set<string> {
  if (!result.ok) return new Set();
  return new Set(
    result.problems.filter((p) => p.skipped).map((p) => /^partners\[\d+\]/.exec(p.path)?.[0] ?? p.path)
  );
}

function checkParse(input: unknown, result: ParseResult): void {
  expect(result.ok, 'ok exactly when the document is a version-1 object').to.equal(isFeedShape(input));
  if (!result.ok) return;
  const entries = (input as {partners: unknown[]}).partners.length;
  const skipped = skippedEntries(result);
  for (const s of skipped) expect(s, 'a skipped path names an entry').to.match(/^partners\[\d+\]$/);
  expect(result.feed.partners.length + skipped.size, 'partners + skipped = entries').to.equal(entries);
  const ids = new Set<string>();
  for (const p of result.feed.partners) {
    expect(p.id).to.be.a('string').and.not.equal('');
    expect(ids.has(p.id), `duplicate id ${p.id}`).to.equal(false);
    ids.add(p.id);
    expect(p.country).to.match(/^[A-Z]{2}$/);
    for (const url of [p.url, p.feed, p.image?.src]) if (url !== undefined) expect(isHttp(url), String(url)).to.equal(true);
  }
  for (const problem of result.problems) expect(problem.path).to.be.a('string').and.not.equal('');
  expect(({} as any).polluted, 'Object.prototype untouched').to.equal(undefined);
}

/* ---------- parser ---------- */

let bagnolet: any;
before(async () => {
  bagnolet = await (await fetch('/demo/feeds/bagnolet.json')).json();
});

describe('fuzz: parseFeed', () => {
  it('random JSON values never throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkParse(value, parseFeed(value, FEED_URL));
      }),
      {seed: SEED, numRuns: 500}
    );
  });

  it('random version-1 objects with random partners never throw', () => {
    const partners = fc.array(fc.oneof(anyValue, fc.dictionary(fc.constantFrom(...FIELDS), anyValue, {maxKeys: 8})), {maxLength: 8});
    fc.assert(
      fc.property(partners, (list) => {
        const feed = {version: 1, partners: list};
        checkParse(feed, parseFeed(feed, FEED_URL));
      }),
      {seed: SEED, numRuns: 500}
    );
  });

  it('random JSON texts and random strings never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.constantFrom(...HOSTILE_STRINGS)), (text) => {
        const result = parseFeedText(text, FEED_URL);
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          expect(result).to.equal(null);
          return;
        }
        expect(result).not.to.equal(null);
        checkParse(json, result!);
      }),
      {seed: SEED, numRuns: 500}
    );
  });

  it('random mutations of the Bagnolet feed never throw and keep the count', () => {
    fc.assert(
      fc.property(fc.array(operation, {minLength: 1, maxLength: 12}), (ops) => {
        const feed = mutate(bagnolet, ops);
        checkParse(feed, parseFeed(feed, FEED_URL));
        // The same document read back from text (as src and inline feeds are).
        const text = JSON.stringify(feed);
        const again = JSON.parse(text);
        checkParse(again, parseFeedText(text, FEED_URL)!);
      }),
      {seed: SEED, numRuns: 500}
    );
  });
});

/* ---------- element ---------- */

// The card template's own tags (span: the where and relation lines).
const TEMPLATE_TAGS = new Set(['div', 'ul', 'li', 'p', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'button']);

const elementInput = fc.oneof(
  {weight: 4, arbitrary: fc.array(operation, {minLength: 1, maxLength: 10}).map((ops) => mutate(bagnolet, ops))},
  {weight: 1, arbitrary: fc.jsonValue({maxDepth: 3})},
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(anyValue, fc.dictionary(fc.constantFrom(...FIELDS), anyValue, {maxKeys: 8})), {maxLength: 6})
      .map((partners) => ({version: 1, partners})),
  }
);

function loadOnce(el: TwinCitiesElement): Promise<string[]> {
  const events: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no loadend; events: ${events.join(', ')}`)), 3000);
    for (const type of ['loadstart', 'load', 'error']) el.addEventListener(type, (e) => events.push(e.type));
    el.addEventListener('load', (e) => ((el as any).__detail = (e as CustomEvent).detail));
    el.addEventListener('error', (e) => ((el as any).__detail = (e as unknown as CustomEvent).detail));
    el.addEventListener('loadend', () => {
      clearTimeout(timer);
      events.push('loadend');
      resolve(events);
    }, {once: true});
  });
}

describe('fuzz: <twin-cities>', () => {
  const escaped: unknown[] = [];
  const onError = (e: ErrorEvent) => escaped.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => escaped.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('random feeds, as the feed property or inline: safe cards, the right count, no throw', async () => {
    await fc.assert(
      fc.asyncProperty(elementInput, fc.constantFrom('feed', 'inline'), async (input, via) => {
        const el = document.createElement('twin-cities') as TwinCitiesElement;
        el.lang = 'fr';
        el.setAttribute('page-size', '0');
        let document_: unknown = input;
        if (via === 'feed') {
          el.feed = input;
          if (input === null) return; // `feed = null` means "no feed": not a load
        } else {
          const script = document.createElement('script');
          script.type = 'application/json';
          const text = JSON.stringify(input) ?? 'null';
          script.textContent = text;
          document_ = JSON.parse(text);
          el.append(script);
        }
        const done = loadOnce(el);
        document.body.append(el);
        try {
          const events = await done;
          const root = el.shadowRoot!;
          const tags = new Set([...root.querySelectorAll('*')].map((n) => n.localName));
          for (const tag of tags) expect(TEMPLATE_TAGS.has(tag), `<${tag}> created`).to.equal(true);
          for (const node of root.querySelectorAll('*')) {
            for (const attr of node.getAttributeNames()) expect(attr).not.to.match(/^on/);
          }
          for (const a of root.querySelectorAll('[href]')) expect(isHttp(a.getAttribute('href')), a.getAttribute('href')!).to.equal(true);
          for (const img of root.querySelectorAll('[src]')) expect(isHttp(img.getAttribute('src')), img.getAttribute('src')!).to.equal(true);

          const expected = parseFeed(document_, document.baseURI);
          const cards = root.querySelectorAll('[part="card"]').length;
          const status = root.querySelector('[part="status"]');
          if (expected.ok) {
            expect(events).to.deep.equal(['loadstart', 'load', 'loadend']);
            const entries = (document_ as {partners: unknown[]}).partners.length;
            expect(cards + skippedEntries(expected).size, 'cards + skipped = entries').to.equal(entries);
            expect((el as any).__detail.partners).to.equal(cards);
            if (cards === 0) expect(status?.getAttribute('role')).to.equal('status');
          } else {
            expect(events).to.deep.equal(['loadstart', 'error', 'loadend']);
            expect((el as any).__detail.kind).to.equal('invalid');
            expect(status?.getAttribute('role')).to.equal('alert');
            expect(status?.textContent?.trim()).not.to.equal('');
          }
        } finally {
          el.remove();
        }
      }),
      {seed: SEED, numRuns: 40}
    );
    expect((window as any).__fuzzPwned).to.equal(undefined);
    expect(escaped).to.deep.equal([]);
  });
});
