/**
 * Unit tests of the feed parser (`src/core/feed.ts`), one rule per test, against
 * docs/feed.md: the optional fields (population, since, kind, themes, location, texts) and resolveText. The fixtures are the real partner towns of Bagnolet
 * and Colombes (`demo/feeds/`, see `feed-helpers.ts`).
 */
import {expect} from '@open-wc/testing';
import {parseFeed, parseFeedText, resolveText, KINDS, THEMES, type FeedProblem} from '../../src/core/feed.js';
import {type Json, BASE, NOW, oranienburg, sesto, chatila, massala, rasJebel, sopot, variant, feedOf, ok, one} from './feed-helpers.js';

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

  it('drops a population object whose value is wrong ({value:"many"}, negative, a float) with an integer problem at population.value', () => {
    const cases: [Json, string][] = [
      [{value: 'many'}, 'many'],
      [{value: -1, year: 2010}, '-1'],
      [{value: 41810.7, year: 2010}, '41810.7'],
    ];
    for (const [population, value] of cases) {
      const {partner, problems} = one(variant(oranienburg(), {population}));
      expect(partner).to.not.have.property('population');
      const expected: FeedProblem = {path: 'partners[0].population.value', code: 'integer', skipped: false, value};
      expect(problems, JSON.stringify(population)).to.deep.equal([expected]);
    }
  });

  it('drops a population object without a value ({year: 2010}, {value: null}) with a required problem', () => {
    for (const population of [{year: 2010}, {value: null}]) {
      const {partner, problems} = one(variant(oranienburg(), {population}));
      expect(partner).to.not.have.property('population');
      expect(problems, JSON.stringify(population)).to.deep.equal([
        {path: 'partners[0].population.value', code: 'required', skipped: false},
      ]);
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
  it('keeps a plain string text as given (Chatila summary, written without its language)', () => {
    const summary = 'Chatila est un camp de réfugiés palestiniens situé à Beyrouth.';
    const {partner} = one(variant(chatila(), {summary}));
    expect(partner!.summary).to.equal(summary);
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
