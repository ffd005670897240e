/**
 * Unit tests of the feed parser (`src/core/feed.ts`), one rule per test, against
 * docs/feed.md: the document and its required fields (id, name, country). The fixtures are the real partner towns of Bagnolet
 * and Colombes (`demo/feeds/`, see `feed-helpers.ts`).
 */
import {expect} from '@open-wc/testing';
import {parseFeed, parseFeedText} from '../../src/core/feed.js';
import {countryCount, isCountryCode} from '../../src/core/countries.js';
import {type Json, BASE, bagnolet, colombes, NOW, oranienburg, sesto, chatila, massala, variant, feedOf, ok, one, reason} from './feed-helpers.js';

describe('parseFeed: the document', () => {
  it('reads the Bagnolet demo feed: six partners, the city, no problems', () => {
    const {feed, problems} = ok(bagnolet);
    expect(problems).to.deep.equal([]);
    expect(feed.version).to.equal(1);
    expect(feed.city).to.deep.equal({
      name: 'Bagnolet',
      country: 'FR',
      url: 'https://www.ville-bagnolet.fr/',
      location: {lat: 48.8692, lon: 2.4169},
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
    expect(parseFeed({version: 1, partners: []}, BASE)).to.deep.equal({ok: true, feed: {version: 1, partners: []}, problems: [], problemCount: 0});
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
