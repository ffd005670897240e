/**
 * Unit tests of the feed parser (`src/feed.ts`), one rule per test, against
 * CONTRACT section 4 and the hostile inputs of issue 5 item 2. The fixtures are
 * the real partner towns of Bagnolet and Colombes (`demo/feeds/`).
 */
import {expect} from '@open-wc/testing';
import {
  parseFeed,
  parseFeedText,
  resolveText,
  resolveUrl,
  KINDS,
  THEMES,
  type Feed,
  type Partner,
  type Problem,
  type ParseResult,
} from '../src/feed.js';
import {countryCount, isCountryCode} from '../src/countries.js';

type Json = Record<string, unknown>;

/** Where the Bagnolet feed would live on the town's site. */
const BASE = 'https://www.ville-bagnolet.fr/flux/bagnolet.json';
/** A fixed "now", so that "next year" is 2026 in every run. */
const NOW = new Date(2025, 5, 15);

let bagnolet: Json;
let colombes: Json;

/** A deep copy of a demo partner, by id. */
function partnerFrom(feed: Json, id: string): Json {
  const found = (feed.partners as Json[]).find((p) => p.id === id);
  if (!found) throw new Error(`no partner ${id}`);
  return structuredClone(found);
}
const oranienburg = () => partnerFrom(bagnolet, 'oranienburg');
const sesto = () => partnerFrom(bagnolet, 'sesto-fiorentino');
const chatila = () => partnerFrom(bagnolet, 'chatila');
const massala = () => partnerFrom(bagnolet, 'massala');
const rasJebel = () => partnerFrom(colombes, 'ras-jebel');
const sopot = () => partnerFrom(colombes, 'sopot');

/** A partner with some fields replaced; `undefined` removes the field. */
function variant(partner: Json, changes: Json): Json {
  const copy = {...partner};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

const feedOf = (...partners: unknown[]): Json => ({
  version: 1,
  city: {name: 'Bagnolet', country: 'FR', url: 'https://www.ville-bagnolet.fr/'},
  partners,
});

/** Parses, asserting that the document is a feed; `base` null means no base URL. */
function ok(json: unknown, base: string | null = BASE): {feed: Feed; problems: readonly Problem[]} {
  const result = parseFeed(json, base ?? undefined, {now: NOW});
  if (!result.ok) throw new Error(`expected a feed, got reason ${result.reason}`);
  return result;
}

/** Parses a feed of one partner (a variant of `partner`). */
function one(partner: unknown, base: string | null = BASE) {
  const {feed, problems} = ok(feedOf(partner), base);
  return {partner: feed.partners[0] as Partner | undefined, problems};
}

const reason = (result: ParseResult | null) => (result && !result.ok ? result.reason : undefined);

before(async () => {
  bagnolet = await (await fetch('/demo/feeds/bagnolet.json')).json();
  colombes = await (await fetch('/demo/feeds/colombes.json')).json();
});

describe('parseFeed: the document', () => {
  it('reads the Bagnolet demo feed: six partners, the city, no problems', () => {
    const {feed, problems} = ok(bagnolet);
    expect(problems).to.deep.equal([]);
    expect(feed.version).to.equal(1);
    expect(feed.city).to.deep.equal({
      name: 'Bagnolet',
      country: 'FR',
      url: 'https://www.ville-bagnolet.fr/',
    });
    expect(feed.partners.map((p) => p.id)).to.deep.equal([
      'sesto-fiorentino',
      'oranienburg',
      'chatila',
      'massala',
      'akbou',
      'le-robert',
    ]);
  });

  it('reads the Colombes demo feed: three twinnings and two cooperations with themes', () => {
    const {feed, problems} = ok(colombes, 'https://www.colombes.fr/flux/colombes.json');
    expect(problems).to.deep.equal([]);
    expect(feed.partners.map((p) => [p.id, p.kind])).to.deep.equal([
      ['frankenthal', 'twinning'],
      ['sopot', 'twinning'],
      ['viana-do-castelo', 'twinning'],
      ['ras-jebel', 'cooperation'],
      ['gueule-tapee-fass-colobane', 'cooperation'],
    ]);
    expect(feed.partners[3].themes).to.deep.equal(['institutions', 'environment', 'water', 'energy', 'waste']);
  });

  it('keeps every field of a complete partner (Oranienburg) as the model describes it', () => {
    const {partner, problems} = one(
      variant(oranienburg(), {image: {src: 'img/oranienburg.jpg', alt: {fr: 'Le château', de: 'Das Schloss'}}})
    );
    expect(problems).to.deep.equal([]);
    expect(partner).to.deep.equal({
      id: 'oranienburg',
      name: 'Oranienburg',
      country: 'DE',
      kind: 'twinning',
      themes: ['culture', 'education'],
      region: {fr: 'Brandebourg', de: 'Brandenburg', it: 'Brandeburgo', pl: 'Brandenburgia', pt: 'Brandemburgo', en: 'Brandenburg'},
      population: {value: 41810, year: 2010, approximate: false},
      since: 1964,
      summary: {
        fr: 'Dans la périphérie de Berlin, dans le Land (région) du Brandebourg.',
        de: 'Am Stadtrand von Berlin, im Land Brandenburg.',
      },
      url: 'https://www.ville-bagnolet.fr/jumelage/oranienburg',
      image: {src: 'https://www.ville-bagnolet.fr/flux/img/oranienburg.jpg', alt: {fr: 'Le château', de: 'Das Schloss'}},
      location: {lat: 52.7545, lon: 13.2369},
      feed: 'https://www.ville-bagnolet.fr/flux/oranienburg.json',
    });
  });

  it('accepts an empty partners list: a valid feed with no partners and no problems', () => {
    expect(parseFeed({version: 1, partners: []}, BASE)).to.deep.equal({ok: true, feed: {version: 1, partners: []}, problems: []});
  });

  it('refuses a value that is not an object (null, an array, a string, a number, a boolean) as not-object', () => {
    for (const value of [null, undefined, [], [bagnolet], 'Bagnolet', 1, true]) {
      expect(parseFeed(value, BASE), JSON.stringify(value)).to.deep.equal({ok: false, reason: 'not-object'});
    }
  });

  it('refuses a version other than the number 1 (2, "1", 0, missing, an empty object) as version', () => {
    for (const version of [2, '1', 0, 1.5, null, undefined]) {
      const json = {...structuredClone(bagnolet), version};
      if (version === undefined) delete json.version;
      expect(reason(parseFeed(json, BASE)), String(version)).to.equal('version');
    }
    expect(reason(parseFeed({}, BASE))).to.equal('version');
  });

  it('refuses partners that are missing or not an array as partners', () => {
    for (const partners of [undefined, null, {}, 'oranienburg', 6, {0: oranienburg()}]) {
      const json: Json = {version: 1, partners};
      if (partners === undefined) delete json.partners;
      expect(reason(parseFeed(json, BASE)), JSON.stringify(partners)).to.equal('partners');
    }
  });

  it('parseFeedText returns null for text that is not JSON (truncated, HTML, empty)', () => {
    const text = JSON.stringify(bagnolet);
    expect(parseFeedText(text.slice(0, text.length / 2), BASE)).to.equal(null);
    expect(parseFeedText('<!doctype html><title>Erreur</title>', BASE)).to.equal(null);
    expect(parseFeedText('', BASE)).to.equal(null);
  });

  it('parseFeedText gives the same result as parseFeed for JSON text, refusals included', () => {
    expect(parseFeedText(JSON.stringify(bagnolet), BASE, {now: NOW})).to.deep.equal(parseFeed(bagnolet, BASE, {now: NOW}));
    expect(parseFeedText('null', BASE)).to.deep.equal({ok: false, reason: 'not-object'});
    expect(parseFeedText('{"version":2,"partners":[]}', BASE)).to.deep.equal({ok: false, reason: 'version'});
  });

  it('ignores unknown fields at every level, without a problem', () => {
    const json: Json = {
      ...feedOf(
        variant(oranienburg(), {
          mayor: 'Alexander Laesicke',
          population: {value: 41810, year: 2010, source: 'Destatis'},
          location: {lat: 52.7545, lon: 13.2369, zoom: 12},
        })
      ),
      generator: 'CMS',
      updated: '2025-01-01',
    };
    (json.city as Json).population = 36000;
    const {feed, problems} = ok(json);
    expect(problems).to.deep.equal([]);
    expect(feed).to.not.have.property('generator');
    expect(feed.city).to.not.have.property('population');
    expect(feed.partners[0]).to.not.have.property('mayor');
    expect(feed.partners[0].population).to.deep.equal({value: 41810, year: 2010, approximate: false});
    expect(feed.partners[0].location).to.deep.equal({lat: 52.7545, lon: 13.2369});
  });

  it('treats city as optional and drops its wrong fields with problems at city.*', () => {
    expect(ok({version: 1, partners: [oranienburg()]}).feed).to.not.have.property('city');
    const {feed, problems} = ok({
      version: 1,
      city: {name: 12, country: 'FRA', url: 'javascript:alert(1)'},
      partners: [oranienburg()],
    });
    expect(feed.city).to.deep.equal({});
    expect(problems).to.deep.equal([
      {path: 'city.name', code: 'text', skipped: false, value: '12'},
      {path: 'city.country', code: 'country', skipped: false, value: 'FRA'},
      {path: 'city.url', code: 'url', skipped: false, value: 'javascript:alert(1)'},
    ]);
    expect(feed.partners).to.have.length(1);
  });

  it('reports a city that is not an object and keeps the partners', () => {
    const {feed, problems} = ok({version: 1, city: 'Bagnolet', partners: [oranienburg()]});
    expect(feed).to.not.have.property('city');
    expect(problems).to.deep.equal([{path: 'city', code: 'object', skipped: false, value: 'Bagnolet'}]);
    expect(feed.partners).to.have.length(1);
  });

  it('reads own properties only: a version or partners inherited from a prototype is not seen', () => {
    const inherited = Object.create({version: 1, partners: []});
    expect(reason(parseFeed(inherited, BASE))).to.equal('version');
    const partner = Object.create({id: 'oranienburg', name: 'Oranienburg', country: 'DE'});
    const {feed, problems} = ok(feedOf(partner));
    expect(feed.partners).to.have.length(0);
    expect(problems.map((p) => p.code)).to.deep.equal(['required', 'required', 'required']);
  });
});

describe('parseFeed: required fields (id, name, country)', () => {
  it('skips a partner that is not an object (object) and keeps the others', () => {
    for (const bad of [null, 'Oranienburg', 42, [oranienburg()], true]) {
      const {feed, problems} = ok(feedOf(sesto(), bad, chatila()));
      expect(feed.partners.map((p) => p.id)).to.deep.equal(['sesto-fiorentino', 'chatila']);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({path: 'partners[1]', code: 'object', skipped: true});
    }
  });

  it('skips a partner without an id (required, no value) and keeps the others', () => {
    const {feed, problems} = ok(feedOf(sesto(), variant(oranienburg(), {id: undefined}), chatila()));
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['sesto-fiorentino', 'chatila']);
    expect(problems).to.deep.equal([{path: 'partners[1].id', code: 'required', skipped: true}]);
  });

  it('skips a partner whose id is empty, blank or null (required)', () => {
    for (const id of ['', '   ', '\t\n', null]) {
      const {partner, problems} = one(variant(oranienburg(), {id}));
      expect(partner, JSON.stringify(id)).to.equal(undefined);
      expect(problems).to.deep.equal([{path: 'partners[0].id', code: 'required', skipped: true}]);
    }
  });

  it('skips a partner whose id is not a string (text, with the value shown)', () => {
    for (const [id, shown] of [[12, '12'], [true, 'true'], [{fr: 'x'}, '{"fr":"x"}'], [['a'], '["a"]']] as const) {
      const {partner, problems} = one(variant(oranienburg(), {id}));
      expect(partner).to.equal(undefined);
      expect(problems).to.deep.equal([{path: 'partners[0].id', code: 'text', skipped: true, value: shown}]);
    }
  });

  it('trims the id', () => {
    expect(one(variant(oranienburg(), {id: '  oranienburg \n'})).partner!.id).to.equal('oranienburg');
  });

  it('skips a partner without a name, or with an empty, blank or null name (required)', () => {
    for (const name of [undefined, '', '  ', null]) {
      const {partner, problems} = one(variant(chatila(), {name}));
      expect(partner, JSON.stringify(name)).to.equal(undefined);
      expect(problems).to.deep.equal([{path: 'partners[0].name', code: 'required', skipped: true}]);
    }
  });

  it('skips a partner whose name is not a text (a number, an array, an empty object, blank translations)', () => {
    for (const name of [12, ['Chatila'], {}, {fr: ''}, {fr: 12}, {'not a tag': 'Chatila'}, false]) {
      const {partner, problems} = one(variant(chatila(), {name}));
      expect(partner, JSON.stringify(name)).to.equal(undefined);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({path: 'partners[0].name', code: 'text', skipped: true});
    }
  });

  it('accepts a localized name and keeps it as given', () => {
    const name = {fr: 'Chatila', ar: 'شاتيلا', en: 'Shatila'};
    const {partner, problems} = one(variant(chatila(), {name}));
    expect(problems).to.deep.equal([]);
    expect(partner!.name).to.deep.equal(name);
  });

  it('drops a wrong translation inside a localized name and reports it at name.<tag>', () => {
    const {partner, problems} = one(variant(oranienburg(), {name: {fr: 'Oranienburg', de: 12}}));
    expect(partner!.name).to.deep.equal({fr: 'Oranienburg'});
    expect(problems).to.deep.equal([{path: 'partners[0].name.de', code: 'text', skipped: false, value: '12'}]);
  });

  it('skips a partner without a country, or with an empty or null country (required)', () => {
    for (const country of [undefined, '', ' ', null]) {
      const {partner, problems} = one(variant(chatila(), {country}));
      expect(partner, JSON.stringify(country)).to.equal(undefined);
      expect(problems).to.deep.equal([{path: 'partners[0].country', code: 'required', skipped: true}]);
    }
  });

  it('accepts a country code in any case and stores it in upper case', () => {
    for (const country of ['LB', 'lb', 'Lb', 'lB', ' lb ']) {
      const {partner, problems} = one(variant(chatila(), {country}));
      expect(problems, country).to.deep.equal([]);
      expect(partner!.country).to.equal('LB');
    }
  });

  it('skips a partner whose country is not an assigned ISO 3166-1 alpha-2 code (ZZ, FRA, 12, EU, UK, UN, XA, AA)', () => {
    for (const [country, shown] of [
      ['ZZ', 'ZZ'],
      ['FRA', 'FRA'],
      [12, '12'],
      ['12', '12'],
      ['EU', 'EU'],
      ['UK', 'UK'],
      ['uk', 'uk'],
      ['UN', 'UN'],
      ['XA', 'XA'],
      ['AA', 'AA'],
      ['F', 'F'],
      [['FR'], '["FR"]'],
    ] as const) {
      const {partner, problems} = one(variant(oranienburg(), {country}));
      expect(partner, JSON.stringify(country)).to.equal(undefined);
      expect(problems).to.deep.equal([{path: 'partners[0].country', code: 'country', skipped: true, value: shown}]);
    }
  });

  it('accepts XK (Kosovo), the user-assigned code that the EU and CLDR use', () => {
    const {partner, problems} = one({id: 'prizren', name: 'Prizren', country: 'xk'});
    expect(problems).to.deep.equal([]);
    expect(partner!.country).to.equal('XK');
  });

  it('accepts exactly 250 country codes: the 249 assigned ISO 3166-1 codes plus XK', () => {
    expect(countryCount).to.equal(250);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const all = [...letters].flatMap((a) => [...letters].map((b) => a + b));
    const accepted = all.filter(isCountryCode);
    expect(accepted).to.have.length(250);
    for (const code of ['FR', 'DE', 'IT', 'LB', 'ML', 'DZ', 'MQ', 'PL', 'PT', 'TN', 'SN', 'GB', 'XK']) {
      expect(accepted, code).to.include(code);
    }
    // The parser agrees with the list, one partner per two-letter combination.
    const {feed} = ok(feedOf(...all.map((code) => ({id: code, name: code, country: code}))));
    expect(feed.partners).to.have.length(250);
  });

  it('skips a partner whose id repeats an earlier one (duplicate-id) and keeps the first', () => {
    const second = variant(sesto(), {id: 'oranienburg', name: 'Oranienburg bis'});
    const {feed, problems} = ok(feedOf(oranienburg(), chatila(), second, massala()));
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['oranienburg', 'chatila', 'massala']);
    expect(feed.partners[0].name).to.equal('Oranienburg');
    expect(problems).to.deep.equal([{path: 'partners[2].id', code: 'duplicate-id', skipped: true, value: 'oranienburg'}]);
  });

  it('compares ids after trimming, so " oranienburg " repeats "oranienburg"', () => {
    const {feed, problems} = ok(feedOf(oranienburg(), variant(oranienburg(), {id: ' oranienburg '})));
    expect(feed.partners).to.have.length(1);
    expect(problems[0]).to.include({path: 'partners[1].id', code: 'duplicate-id', skipped: true});
  });

  it('reports every wrong required field of a skipped partner', () => {
    const {feed, problems} = ok(feedOf({id: '', name: 7, country: 'ZZ'}));
    expect(feed.partners).to.deep.equal([]);
    expect(problems).to.deep.equal([
      {path: 'partners[0].id', code: 'required', skipped: true},
      {path: 'partners[0].name', code: 'text', skipped: true, value: '7'},
      {path: 'partners[0].country', code: 'country', skipped: true, value: 'ZZ'},
    ]);
  });

  it('accepts a minimal partner (id, name, country) with kind twinning and no themes', () => {
    expect(one({id: 'le-robert', name: 'Le Robert', country: 'MQ'})).to.deep.equal({
      partner: {id: 'le-robert', name: 'Le Robert', country: 'MQ', kind: 'twinning', themes: []},
      problems: [],
    });
  });
});

describe('parseFeed: population', () => {
  it('reads an object { value, year } with approximate false by default', () => {
    const {partner, problems} = one(oranienburg());
    expect(problems).to.deep.equal([]);
    expect(partner!.population).to.deep.equal({value: 41810, year: 2010, approximate: false});
  });

  it('keeps approximate: true (Massala, about 6 547 inhabitants)', () => {
    expect(one(massala()).partner!.population).to.deep.equal({value: 6547, year: 2009, approximate: true});
  });

  it('reads a bare non-negative integer (Chatila, 18 000) as { value, approximate: false }', () => {
    expect(one(chatila()).partner!.population).to.deep.equal({value: 18000, approximate: false});
  });

  it('accepts zero and the largest safe integer', () => {
    expect(one(variant(chatila(), {population: 0})).partner!.population).to.deep.equal({value: 0, approximate: false});
    expect(one(variant(chatila(), {population: {value: Number.MAX_SAFE_INTEGER}})).problems).to.deep.equal([]);
  });

  it('drops a wrong bare population (negative, "NaN", 1e400 = Infinity, a float, too big, a boolean) and keeps the card', () => {
    const cases: [unknown, string][] = [
      [-18000, '-18000'],
      ['NaN', 'NaN'],
      ['18000', '18000'],
      [18000.5, '18000.5'],
      [Number.MAX_SAFE_INTEGER + 1, String(Number.MAX_SAFE_INTEGER + 1)],
      [true, 'true'],
      [[18000], '[18000]'],
    ];
    for (const [population, shown] of cases) {
      const {partner, problems} = one(variant(chatila(), {population}));
      expect(partner, String(population)).to.not.equal(undefined);
      expect(partner).to.not.have.property('population');
      expect(problems).to.deep.equal([{path: 'partners[0].population', code: 'integer', skipped: false, value: shown}]);
    }
  });

  it('drops 1e400 from the feed text (JSON.parse makes it Infinity)', () => {
    const text = JSON.stringify(feedOf(chatila())).replace('"population":18000', '"population":1e400');
    expect(text).to.contain('1e400');
    const result = parseFeedText(text, BASE, {now: NOW});
    if (!result?.ok) throw new Error('not a feed');
    expect(result.feed.partners[0]).to.not.have.property('population');
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({path: 'partners[0].population', code: 'integer', skipped: false});
  });

  it('drops a population object whose value is wrong ({value:"many"}, negative, a float, missing) with the problem at population.value', () => {
    const cases: [Json, string | undefined][] = [
      [{value: 'many'}, 'many'],
      [{value: -1, year: 2010}, '-1'],
      [{value: 41810.7, year: 2010}, '41810.7'],
      [{value: null}, 'null'],
      [{year: 2010}, undefined],
    ];
    for (const [population, shown] of cases) {
      const {partner, problems} = one(variant(oranienburg(), {population}));
      expect(partner).to.not.have.property('population');
      const expected: Problem = {path: 'partners[0].population.value', code: 'integer', skipped: false};
      expect(problems, JSON.stringify(population)).to.deep.equal([shown === undefined ? expected : {...expected, value: shown}]);
    }
  });

  it('drops only the year of a population whose year is out of range (1799, 3000, "2010") and keeps the value', () => {
    for (const [year, shown] of [[1799, '1799'], [3000, '3000'], ['2010', '2010'], [2010.5, '2010.5']] as const) {
      const {partner, problems} = one(variant(oranienburg(), {population: {value: 41810, year}}));
      expect(partner!.population, String(year)).to.deep.equal({value: 41810, approximate: false});
      expect(problems).to.deep.equal([{path: 'partners[0].population.year', code: 'year', skipped: false, value: shown}]);
    }
  });

  it('reports an approximate flag that is not a boolean and reads it as false', () => {
    const {partner, problems} = one(variant(massala(), {population: {value: 6547, year: 2009, approximate: 'yes'}}));
    expect(partner!.population).to.deep.equal({value: 6547, year: 2009, approximate: false});
    expect(problems).to.deep.equal([{path: 'partners[0].population.approximate', code: 'boolean', skipped: false, value: 'yes'}]);
  });

  it('treats a null population as absent', () => {
    const {partner, problems} = one(variant(chatila(), {population: null}));
    expect(partner).to.not.have.property('population');
    expect(problems).to.deep.equal([]);
  });
});

describe('parseFeed: since and years', () => {
  it('accepts 1800, the first year', () => {
    expect(one(variant(oranienburg(), {since: 1800})).partner!.since).to.equal(1800);
  });

  it('drops 1799, the year before the first', () => {
    const {partner, problems} = one(variant(oranienburg(), {since: 1799}));
    expect(partner).to.not.have.property('since');
    expect(problems).to.deep.equal([{path: 'partners[0].since', code: 'year', skipped: false, value: '1799'}]);
  });

  it('accepts next year (a twinning already voted) and drops the year after', () => {
    expect(one(variant(oranienburg(), {since: 2026})).problems).to.deep.equal([]);
    const {partner, problems} = one(variant(oranienburg(), {since: 2027}));
    expect(partner).to.not.have.property('since');
    expect(problems).to.deep.equal([{path: 'partners[0].since', code: 'year', skipped: false, value: '2027'}]);
  });

  it('takes "next year" from the clock when no now option is given', () => {
    const next = new Date().getFullYear() + 1;
    const accepted = parseFeed(feedOf(variant(oranienburg(), {since: next})), BASE);
    const refused = parseFeed(feedOf(variant(oranienburg(), {since: next + 1})), BASE);
    expect(accepted.ok && accepted.problems).to.deep.equal([]);
    expect(refused.ok && refused.problems.map((p) => p.code)).to.deep.equal(['year']);
  });

  it('drops since 3000, "1964-xx", "1964", 1964.5 and keeps the card', () => {
    for (const [since, shown] of [[3000, '3000'], ['1964-xx', '1964-xx'], ['1964', '1964'], [1964.5, '1964.5'], [{year: 1964}, '{"year":1964}']] as const) {
      const {partner, problems} = one(variant(oranienburg(), {since}));
      expect(partner!.id).to.equal('oranienburg');
      expect(partner).to.not.have.property('since');
      expect(problems, JSON.stringify(since)).to.deep.equal([{path: 'partners[0].since', code: 'year', skipped: false, value: shown}]);
    }
  });
});

describe('parseFeed: kind', () => {
  it('defaults to twinning (jumelage) when kind is absent', () => {
    expect(one(variant(oranienburg(), {kind: undefined})).partner!.kind).to.equal('twinning');
  });

  it('keeps each of twinning, cooperation and friendship', () => {
    expect(KINDS).to.deep.equal(['twinning', 'cooperation', 'friendship']);
    for (const kind of KINDS) {
      const {partner, problems} = one(variant(rasJebel(), {kind}));
      expect(problems).to.deep.equal([]);
      expect(partner!.kind).to.equal(kind);
    }
  });

  it('reports an unknown kind ("jumelage", "Cooperation", 1) and falls back to twinning, keeping the card', () => {
    for (const kind of ['jumelage', 'Cooperation', 1]) {
      const {partner, problems} = one(variant(rasJebel(), {kind}));
      expect(partner!.kind).to.equal('twinning');
      expect(problems).to.deep.equal([{path: 'partners[0].kind', code: 'kind', skipped: false, value: String(kind)}]);
    }
  });
});

describe('parseFeed: themes', () => {
  it('keeps known theme ids in their order (Ras Jebel)', () => {
    const {partner, problems} = one(rasJebel());
    expect(problems).to.deep.equal([]);
    expect(partner!.themes).to.deep.equal(['institutions', 'environment', 'water', 'energy', 'waste']);
    expect(THEMES).to.have.length(9);
  });

  it('keeps unknown theme ids as given, without a problem', () => {
    const {partner, problems} = one(variant(rasJebel(), {themes: ['water', 'sport', 'jeunesse']}));
    expect(problems).to.deep.equal([]);
    expect(partner!.themes).to.deep.equal(['water', 'sport', 'jeunesse']);
  });

  it('defaults to no themes', () => {
    expect(one(chatila()).partner!.themes).to.deep.equal([]);
  });

  it('drops themes that are not an array (a string, an object) and keeps the card with no themes', () => {
    for (const themes of ['water', {water: true}, 3]) {
      const {partner, problems} = one(variant(rasJebel(), {themes}));
      expect(partner!.themes).to.deep.equal([]);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({path: 'partners[0].themes', code: 'themes', skipped: false});
    }
  });

  it('drops non-string and blank entries, each reported at themes[i], and keeps the others', () => {
    const {partner, problems} = one(variant(rasJebel(), {themes: ['water', 12, '', null, 'energy', {id: 'waste'}]}));
    expect(partner!.themes).to.deep.equal(['water', 'energy']);
    expect(problems).to.deep.equal([
      {path: 'partners[0].themes[1]', code: 'themes', skipped: false, value: '12'},
      {path: 'partners[0].themes[2]', code: 'themes', skipped: false, value: ''},
      {path: 'partners[0].themes[3]', code: 'themes', skipped: false, value: 'null'},
      {path: 'partners[0].themes[5]', code: 'themes', skipped: false, value: '{"id":"waste"}'},
    ]);
  });
});

describe('parseFeed: location', () => {
  it('keeps a location within ±90 latitude and ±180 longitude, edges included', () => {
    expect(one(sesto()).partner!.location).to.deep.equal({lat: 43.8319, lon: 11.1996});
    for (const location of [{lat: 90, lon: 180}, {lat: -90, lon: -180}, {lat: 0, lon: 0}]) {
      const {partner, problems} = one(variant(sesto(), {location}));
      expect(problems).to.deep.equal([]);
      expect(partner!.location).to.deep.equal(location);
    }
  });

  it('drops a location out of range, incomplete or of the wrong type, and keeps the card', () => {
    for (const location of [
      {lat: 90.0001, lon: 11},
      {lat: 43, lon: -180.5},
      {lat: 443.8319, lon: 11.1996},
      {lat: 43.8319},
      {lat: '43.8319', lon: '11.1996'},
      [43.8319, 11.1996],
      '43.8319,11.1996',
    ]) {
      const {partner, problems} = one(variant(sesto(), {location}));
      expect(partner!.id).to.equal('sesto-fiorentino');
      expect(partner, JSON.stringify(location)).to.not.have.property('location');
      expect(problems).to.deep.equal([
        {path: 'partners[0].location', code: 'location', skipped: false, value: JSON.stringify(location).replace(/^"|"$/g, '')},
      ]);
    }
  });
});

describe('parseFeed: text fields', () => {
  it('keeps a plain string text as given (Chatila summary)', () => {
    const {partner} = one(chatila());
    expect(partner!.summary).to.equal(
      'Chatila est un camp de réfugiés palestiniens situé à Beyrouth, installé depuis 1948, et placé sous la protection de l’UNRWA.'
    );
  });

  it('keeps a localized text as given, every translation, unresolved (Sesto Fiorentino region)', () => {
    const {partner} = one(sesto());
    expect(partner!.region).to.deep.equal({fr: 'Toscane', de: 'Toskana', it: 'Toscana', pl: 'Toskania', pt: 'Toscana', en: 'Tuscany'});
  });

  it('accepts language tags with subtags in any case (pt-BR, zh-Hant, de-CH-1996)', () => {
    const region = {'pt-BR': 'Toscana', 'zh-Hant': '托斯卡尼', 'de-CH-1996': 'Toskana', EN: 'Tuscany'};
    const {partner, problems} = one(variant(sesto(), {region}));
    expect(problems).to.deep.equal([]);
    expect(partner!.region).to.deep.equal(region);
  });

  it('drops an empty or blank optional text (region "", summary "  ") with a text problem', () => {
    const {partner, problems} = one(variant(sesto(), {region: '', summary: '  '}));
    expect(partner).to.not.have.property('region');
    expect(partner).to.not.have.property('summary');
    expect(problems).to.deep.equal([
      {path: 'partners[0].region', code: 'text', skipped: false, value: ''},
      {path: 'partners[0].summary', code: 'text', skipped: false, value: '  '},
    ]);
  });

  it('drops an optional text of the wrong type (number, array, boolean)', () => {
    for (const [region, shown] of [[12, '12'], [['Toscane'], '["Toscane"]'], [true, 'true']] as const) {
      const {partner, problems} = one(variant(sesto(), {region}));
      expect(partner).to.not.have.property('region');
      expect(problems).to.deep.equal([{path: 'partners[0].region', code: 'text', skipped: false, value: shown}]);
    }
  });

  it('drops a wrong translation (non-string, blank, key that is not a language tag) and keeps the others', () => {
    const region = {fr: 'Toscane', de: 12, it: '', 'not a tag': 'Toscana', en: 'Tuscany'};
    const {partner, problems} = one(variant(sesto(), {region}));
    expect(partner!.region).to.deep.equal({fr: 'Toscane', en: 'Tuscany'});
    expect(problems).to.deep.equal([
      {path: 'partners[0].region.de', code: 'text', skipped: false, value: '12'},
      {path: 'partners[0].region.it', code: 'text', skipped: false, value: ''},
      {path: 'partners[0].region.not a tag', code: 'text', skipped: false, value: 'Toscana'},
    ]);
  });

  it('drops a localized text with no valid translation ({} or all wrong)', () => {
    const {partner, problems} = one(variant(sesto(), {summary: {}}));
    expect(partner).to.not.have.property('summary');
    expect(problems).to.deep.equal([{path: 'partners[0].summary', code: 'text', skipped: false, value: '{}'}]);
  });

  it('applies the same rules to image.alt and city.name', () => {
    const {feed, problems} = ok({
      version: 1,
      city: {name: {fr: 'Bagnolet', de: 5}},
      partners: [variant(oranienburg(), {image: {src: 'https://example.org/o.jpg', alt: ''}})],
    });
    expect(feed.city).to.deep.equal({name: {fr: 'Bagnolet'}});
    expect(feed.partners[0].image).to.deep.equal({src: 'https://example.org/o.jpg'});
    expect(problems).to.deep.equal([
      {path: 'city.name.de', code: 'text', skipped: false, value: '5'},
      {path: 'partners[0].image.alt', code: 'text', skipped: false, value: ''},
    ]);
  });

  it('returns localized texts that cannot be changed afterwards', () => {
    const region = one(sesto()).partner!.region as Record<string, string>;
    expect(Object.isFrozen(region)).to.equal(true);
  });
});

describe('resolveText', () => {
  const region = {fr: 'Brandebourg', de: 'Brandenburg', 'pt-PT': 'Brandemburgo', en: 'Brandenburg (en)'};

  it('returns a plain string as is, without a language', () => {
    expect(resolveText('Chatila', 'de')).to.deep.equal({text: 'Chatila'});
  });

  it('takes the exact tag first, in any case', () => {
    expect(resolveText(region, 'de')).to.deep.equal({text: 'Brandenburg', lang: 'de'});
    expect(resolveText(region, 'pt-pt')).to.deep.equal({text: 'Brandemburgo', lang: 'pt-PT'});
    expect(resolveText({'pt-BR': 'BR', pt: 'PT'}, 'pt-BR')).to.deep.equal({text: 'BR', lang: 'pt-BR'});
  });

  it('then the primary language of the locale (de-AT → de)', () => {
    expect(resolveText(region, 'de-AT')).to.deep.equal({text: 'Brandenburg', lang: 'de'});
    expect(resolveText({'pt-BR': 'BR', pt: 'PT'}, 'pt-AO')).to.deep.equal({text: 'PT', lang: 'pt'});
  });

  it('then any tag with the same primary language (pt-BR → pt-PT)', () => {
    expect(resolveText(region, 'pt-BR')).to.deep.equal({text: 'Brandemburgo', lang: 'pt-PT'});
    expect(resolveText(region, 'pt')).to.deep.equal({text: 'Brandemburgo', lang: 'pt-PT'});
  });

  it('then French', () => {
    expect(resolveText(region, 'pl')).to.deep.equal({text: 'Brandebourg', lang: 'fr'});
    expect(resolveText({it: 'Toscana', FR: 'Toscane'}, 'pl')).to.deep.equal({text: 'Toscane', lang: 'FR'});
  });

  it('then the first value', () => {
    expect(resolveText({it: 'Toscana', de: 'Toskana'}, 'pl')).to.deep.equal({text: 'Toscana', lang: 'it'});
  });

  it('resolves texts as the parser keeps them (Sopot summary in Polish, German falls back to French)', () => {
    const {partner} = one(sopot());
    expect(resolveText(partner!.summary!, 'pl').text).to.equal('Kurort nad Bałtykiem, między Gdańskiem a Gdynią.');
    expect(resolveText(partner!.summary!, 'de').text).to.equal('Station balnéaire sur la mer Baltique, entre Gdańsk et Gdynia.');
  });
});

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
    const {partner, problems} = one(variant(oranienburg(), {feed: 'oranienburg.json'}), null);
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
