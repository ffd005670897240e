/**
 * Unit tests of the feed parser (`src/core/feed.ts`), one rule per test, against
 * docs/feed.md: URLs, hostile input and the problems list. The fixtures are the real partner towns of Bagnolet
 * and Colombes (`demo/feeds/`, see `feed-helpers.ts`).
 */
import {expect} from '@open-wc/testing';
import {parseFeed, parseFeedText, resolveUrl} from '../../src/core/feed.js';
import {type Json, BASE, bagnolet, NOW, partnerFrom, oranienburg, sesto, chatila, massala, rasJebel, variant, feedOf, ok, one} from './feed-helpers.js';

describe('URLs', () => {
  it('keeps absolute http and https URLs (normalized by new URL())', () => {
    const {partner, problems} = one(
      variant(oranienburg(), {url: 'HTTPS://www.Ville-Bagnolet.fr/jumelage/oranienburg', feed: 'http://www.oranienburg.de/partner.json'})
    );
    expect(problems).to.deep.equal([]);
    expect(partner!.url).to.equal('https://www.ville-bagnolet.fr/jumelage/oranienburg');
    expect(partner!.feed).to.equal('http://www.oranienburg.de/partner.json');
  });

  it('resolves relative url, image.src and feed against the feed URL, not the page', () => {
    const {partner, problems} = one(
      variant(oranienburg(), {url: '../jumelage/oranienburg', image: {src: '/images/oranienburg.jpg'}, feed: 'oranienburg.json'})
    );
    expect(problems).to.deep.equal([]);
    expect(partner!.url).to.equal('https://www.ville-bagnolet.fr/jumelage/oranienburg');
    expect(partner!.image!.src).to.equal('https://www.ville-bagnolet.fr/images/oranienburg.jpg');
    expect(partner!.feed).to.equal('https://www.ville-bagnolet.fr/flux/oranienburg.json');
    expect(partner!.url).to.not.contain(location.host);
  });

  it('resolves city.url too', () => {
    const {feed} = ok({version: 1, city: {name: 'Bagnolet', url: '/'}, partners: []});
    expect(feed.city!.url).to.equal('https://www.ville-bagnolet.fr/');
  });

  it('resolves a protocol-relative URL (//x) with the scheme of the feed', () => {
    expect(one(variant(oranienburg(), {url: '//www.oranienburg.de/'})).partner!.url).to.equal('https://www.oranienburg.de/');
    expect(one(variant(oranienburg(), {url: '//x'}), 'http://example.org/feed.json').partner!.url).to.equal('http://x/');
  });

  it('drops a relative URL when there is no base URL', () => {
    const {partner, problems} = one(variant(oranienburg(), {feed: 'oranienburg.json', image: undefined}), null);
    expect(partner).to.not.have.property('feed');
    expect(problems).to.deep.equal([{path: 'partners[0].feed', code: 'url', skipped: false, value: 'oranienburg.json'}]);
  });

  it('drops javascript:, JAVASCRIPT:, java\\tscript:, data:, vbscript:, ftp: and other schemes in url, image.src and feed', () => {
    const hostile = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '  javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://ftp.ville-bagnolet.fr/',
      'mailto:maire@ville-bagnolet.fr',
      'file:///etc/passwd',
      'blob:https://www.ville-bagnolet.fr/x',
    ];
    for (const bad of hostile) {
      const {partner, problems} = one(variant(oranienburg(), {url: bad, image: {src: bad, alt: 'x'}, feed: bad}));
      expect(partner!.id, bad).to.equal('oranienburg');
      expect(partner).to.not.have.property('url');
      expect(partner).to.not.have.property('image');
      expect(partner).to.not.have.property('feed');
      expect(problems.map((p) => [p.path, p.code, p.skipped]), bad).to.deep.equal([
        ['partners[0].url', 'url', false],
        ['partners[0].image.src', 'url', false],
        ['partners[0].feed', 'url', false],
      ]);
    }
  });

  it('resolveUrl keeps only http(s), after resolving against the base', () => {
    expect(resolveUrl('jumelage/akbou', 'https://www.ville-bagnolet.fr/')).to.equal('https://www.ville-bagnolet.fr/jumelage/akbou');
    expect(resolveUrl('java\tscript:alert(1)', BASE)).to.equal(undefined);
    expect(resolveUrl('javascript:alert(1)')).to.equal(undefined);
    expect(resolveUrl('jumelage/akbou')).to.equal(undefined);
    expect(resolveUrl('https://[::1')).to.equal(undefined);
  });

  it('drops a URL that is not a string', () => {
    const {partner, problems} = one(variant(oranienburg(), {url: {href: 'https://x/'}}));
    expect(partner).to.not.have.property('url');
    expect(problems).to.deep.equal([{path: 'partners[0].url', code: 'url', skipped: false, value: '{"href":"https://x/"}'}]);
  });

  it('drops an image without src (required inside image) or that is not an object, and keeps the card', () => {
    let result = one(variant(oranienburg(), {image: {alt: 'Le château'}}));
    expect(result.partner).to.not.have.property('image');
    expect(result.problems).to.deep.equal([{path: 'partners[0].image.src', code: 'required', skipped: false}]);
    result = one(variant(oranienburg(), {image: 'https://example.org/o.jpg'}));
    expect(result.partner).to.not.have.property('image');
    expect(result.problems).to.deep.equal([
      {path: 'partners[0].image', code: 'object', skipped: false, value: 'https://example.org/o.jpg'},
    ]);
  });
});

describe('hostile input', () => {
  const POLLUTING = `{
    "version": 1,
    "__proto__": {"polluted": 1},
    "constructor": {"prototype": {"polluted": 1}},
    "prototype": {"polluted": 1},
    "city": {"name": {"fr": "Bagnolet", "__proto__": {"polluted": 1}}, "__proto__": {"polluted": 1}},
    "partners": [
      {
        "__proto__": {"polluted": 1, "id": "x", "name": "x", "country": "FR"},
        "constructor": {"prototype": {"polluted": 1}},
        "id": "oranienburg",
        "name": {"fr": "Oranienburg", "__proto__": {"polluted": 1}, "constructor": "x", "prototype": "y"},
        "country": "DE",
        "region": {"__proto__": {"polluted": 1}, "de": "Brandenburg"},
        "population": {"value": 41810, "__proto__": {"polluted": 1}},
        "location": {"lat": 52.7545, "lon": 13.2369, "__proto__": {"polluted": 1}},
        "image": {"src": "o.jpg", "__proto__": {"polluted": 1}},
        "themes": ["culture", "__proto__", "constructor"]
      },
      {"__proto__": {"polluted": 1}}
    ]
  }`;

  it('never pollutes Object.prototype, whatever __proto__, constructor or prototype keys the feed holds', () => {
    const result = parseFeedText(POLLUTING, BASE, {now: NOW});
    expect(({} as Json).polluted).to.equal(undefined);
    expect((Object.prototype as Json).polluted).to.equal(undefined);
    if (!result?.ok) throw new Error('not a feed');
    const {feed} = result;
    const objects: object[] = [feed, feed.city!, feed.partners[0], feed.partners[0].population!, feed.partners[0].location!, feed.partners[0].image!];
    for (const o of objects) {
      expect((o as Json).polluted).to.equal(undefined);
      expect('polluted' in o).to.equal(false);
    }
    const name = feed.partners[0].name as Json;
    expect(name.polluted).to.equal(undefined);
    expect('polluted' in name).to.equal(false);
    expect((feed.partners[0].region as Json).polluted).to.equal(undefined);
  });

  it('reads __proto__, constructor and prototype keys as data: they are ignored or reported, never used', () => {
    const result = parseFeedText(POLLUTING, BASE, {now: NOW});
    if (!result?.ok) throw new Error('not a feed');
    const [partner] = result.feed.partners;
    expect(result.feed.partners).to.have.length(1);
    expect(partner.name).to.deep.equal({fr: 'Oranienburg'});
    expect(partner.region).to.deep.equal({de: 'Brandenburg'});
    expect(partner.population).to.deep.equal({value: 41810, approximate: false});
    // Unknown theme ids are kept as plain strings, like any other.
    expect(partner.themes).to.deep.equal(['culture', '__proto__', 'constructor']);
    expect(result.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal([
      'city.name.__proto__ text',
      'partners[0].name.__proto__ text',
      'partners[0].name.constructor text',
      'partners[0].name.prototype text',
      'partners[0].region.__proto__ text',
      'partners[1].id required',
      'partners[1].name required',
      'partners[1].country required',
    ]);
  });

  it('accepts __proto__ and constructor as partner ids like any string, and still finds duplicates', () => {
    const {feed, problems} = ok(
      feedOf({id: '__proto__', name: 'A', country: 'FR'}, {id: 'constructor', name: 'B', country: 'FR'}, {id: '__proto__', name: 'C', country: 'FR'})
    );
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['__proto__', 'constructor']);
    expect(problems).to.deep.equal([{path: 'partners[2].id', code: 'duplicate-id', skipped: true, value: '__proto__'}]);
  });

  it('keeps names with markup as plain text, unchanged (<img src=x onerror=…>, </script>)', () => {
    for (const name of ['<img src=x onerror=alert(1)>', 'Akbou</script><script>alert(1)</script>', '"><svg onload=alert(1)>']) {
      const {partner, problems} = one(variant(partnerFrom(bagnolet, 'akbou'), {name, summary: name}));
      expect(problems).to.deep.equal([]);
      expect(partner!.name).to.equal(name);
      expect(partner!.summary).to.equal(name);
    }
  });

  it('keeps RTL override characters and very long names as given', () => {
    const rtl = 'Chatila\u202Egnp.exe\u202C';
    expect(one(variant(chatila(), {name: rtl})).partner!.name).to.equal(rtl);
    const long = 'Chatila '.repeat(625);
    expect(long).to.have.length(5000);
    expect(one(variant(chatila(), {name: long})).partner!.name).to.equal(long);
  });

  it('shortens the value shown in a problem to 80 characters', () => {
    const {problems} = one(variant(chatila(), {url: 'javascript:' + 'a'.repeat(5000)}));
    expect(problems[0].value).to.have.length(80);
    expect(problems[0].value!.endsWith('…')).to.equal(true);
  });

  it('never throws on deep or odd values', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 1000; i++) deep = {fr: deep};
    const partner = variant(oranienburg(), {region: deep, summary: [[[[]]]], population: {value: {value: 1}}, location: {lat: {}, lon: []}});
    expect(() => parseFeed(feedOf(partner), BASE)).to.not.throw();
    expect(() => parseFeed(feedOf(partner), 'not a url')).to.not.throw();
  });

  // In Node 20 this throws (a RangeError from JSON.stringify in `show()`, see
  // test/node/schema.test.mjs and the report); Chromium's newer V8 survives it.
  it('never throws on a value nested 20 000 deep (it reports it)', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20000; i++) deep = [deep];
    const text = `{"version":1,"partners":[{"id":"a","name":"A","country":"FR","region":${JSON.stringify({fr: 'x'})}},${'['.repeat(20000)}${']'.repeat(20000)}]}`;
    expect(() => parseFeed(feedOf(variant(oranienburg(), {region: deep})), BASE)).to.not.throw();
    const result = parseFeedText(text, BASE);
    expect(result?.ok && result.problems.map((p) => [p.path, p.code, p.skipped])).to.deep.equal([['partners[1]', 'object', true]]);
  });
});

describe('problems', () => {
  it('writes paths like partners[3].url and partners[0].population.value', () => {
    const partners = [
      variant(oranienburg(), {population: {value: 'many'}}),
      sesto(),
      chatila(),
      variant(massala(), {url: 'javascript:alert(1)'}),
    ];
    const {problems} = ok(feedOf(...partners));
    expect(problems.map((p) => p.path)).to.deep.equal(['partners[0].population.value', 'partners[3].url']);
  });

  it('counts entries by their index in the feed, skipped ones included', () => {
    const {problems} = ok(feedOf(null, {id: 'x'}, variant(chatila(), {since: 3000})));
    expect(problems.map((p) => p.path)).to.deep.equal([
      'partners[0]',
      'partners[1].name',
      'partners[1].country',
      'partners[2].since',
    ]);
  });

  it('marks skipped: true for a removed partner and skipped: false for a dropped field', () => {
    const {feed, problems} = ok(
      feedOf(
        variant(oranienburg(), {country: 'ZZ'}),
        variant(sesto(), {population: -1, url: 'data:,x'}),
        variant(chatila(), {id: 'sesto-fiorentino'})
      )
    );
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['sesto-fiorentino']);
    expect(problems.map((p) => [p.path, p.skipped])).to.deep.equal([
      ['partners[0].country', true],
      ['partners[1].population', false],
      ['partners[1].url', false],
      ['partners[2].id', true],
    ]);
  });

  it('keeps the other partners: partners kept + partners skipped = entries', () => {
    const entries = [
      ...(bagnolet.partners as unknown[]),
      null,
      {id: 'chatila', name: 'Chatila', country: 'LB'},
      {name: 'Nowhere', country: 'FR'},
      variant(rasJebel(), {themes: 'water', population: Infinity, location: {lat: 91, lon: 0}}),
    ];
    const {feed, problems} = ok(feedOf(...entries));
    const skipped = new Set(problems.filter((p) => p.skipped).map((p) => p.path.replace(/\].*$/, ']')));
    expect(feed.partners).to.have.length(7);
    expect(feed.partners.length + skipped.size).to.equal(entries.length);
  });

  it('gives the offending value as a string, and no value when the field is missing', () => {
    const {problems} = ok(feedOf({name: 'x', country: 'FR'}, variant(chatila(), {since: 1799, location: {lat: 91, lon: 0}})));
    expect(problems[0]).to.deep.equal({path: 'partners[0].id', code: 'required', skipped: true});
    expect(problems[0]).to.not.have.property('value');
    expect(problems[1].value).to.equal('1799');
    expect(problems[2].value).to.equal('{"lat":91,"lon":0}');
  });
});
