import {expect} from '@open-wc/testing';
import {
  articleOf,
  batches,
  candidatesOf,
  cityOf,
  countryItemOf,
  draftOf,
  entitiesOf,
  entitiesUrl,
  isoCodeOf,
  itemId,
  labelsOf,
  locationOf,
  populationOf,
  searchUrl,
  twinsOf,
} from '../../src/core/wikidata.js';

/** The recorded answers the studio's tests are served (test/fixtures/wikidata/). */
const entities: Record<string, any> = await (await fetch('/test/fixtures/wikidata/entities.json')).json();
const searches: Record<string, any[]> = await (await fetch('/test/fixtures/wikidata/search.json')).json();
const colombes = entities.Q900001;
const codes = new Map([['Q142', 'FR'], ['Q183', 'DE'], ['Q36', 'PL'], ['Q45', 'PT']]);

describe('Wikidata answers → town and partner drafts', () => {
  it('asks wbsearchentities in the interface language, with origin=* and format=json', () => {
    const url = new URL(searchUrl('https://www.wikidata.org/w/api.php', 'Colombes', 'de'));
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      action: 'wbsearchentities', search: 'Colombes', language: 'de', uselang: 'de', type: 'item', limit: '10',
      format: 'json', origin: '*',
    });
  });

  it('asks wbgetentities for at most 50 ids, labels in the six languages', () => {
    const url = new URL(entitiesUrl('https://www.wikidata.org/w/api.php', ['Q1', 'Q2'], 'labels|claims|sitelinks/urls'));
    expect(url.searchParams.get('ids')).to.equal('Q1|Q2');
    expect(url.searchParams.get('languages')).to.equal('fr|de|it|pl|pt|en');
    expect(url.searchParams.get('origin')).to.equal('*');
    const ids = Array.from({length: 120}, (_, i) => `Q${i + 1}`);
    expect(batches(ids).map((b) => b.length)).to.deep.equal([50, 50, 20]);
    expect(() => entitiesUrl('https://www.wikidata.org/w/api.php', ids, 'claims')).to.throw(RangeError);
  });

  it('reads a Q-id typed by the editor, and nothing else as one', () => {
    expect(itemId(' q90 ')).to.equal('Q90');
    expect(itemId('Colombes')).to.equal(undefined);
    expect(itemId('Q0')).to.equal(undefined);
  });

  it('lists search hits as candidates with label and description; no hit is an empty list', () => {
    const answer = {search: searches.colombes};
    expect(candidatesOf(answer)).to.deep.equal([
      {qid: 'Q900001', label: 'Colombes', description: 'commune française des Hauts-de-Seine'},
      {qid: 'Q900030', label: 'gare de Colombes', description: 'gare ferroviaire française'},
    ]);
    expect(candidatesOf({searchinfo: {search: 'x'}, search: []})).to.deep.equal([]);
    expect(candidatesOf({error: {code: 'badvalue'}})).to.equal(undefined);
  });

  it('leaves out missing items of a wbgetentities answer', () => {
    const found = entitiesOf({entities: {Q900001: colombes, Q9: {id: 'Q9', missing: ''}}});
    expect([...found!.keys()]).to.deep.equal(['Q900001']);
  });

  it('makes the town the city: names, country from P17 then P297, location', () => {
    expect(countryItemOf(colombes)).to.equal('Q142');
    expect(isoCodeOf(entities.Q142)).to.equal('FR');
    expect(cityOf(colombes, codes)).to.deep.equal({
      name: {fr: 'Colombes', de: 'Colombes', it: 'Colombes', pl: 'Colombes', pt: 'Colombes', en: 'Colombes'},
      country: 'FR',
      location: {lat: 48.9225, lon: 2.2522},
    });
  });

  it('takes each P190 once, with P580 as since, leaving out deprecated and novalue statements', () => {
    expect(twinsOf(colombes)).to.deep.equal([
      {qid: 'Q900002', since: 1959},
      {qid: 'Q900003'},
      {qid: 'Q900004', since: 1977},
      {qid: 'Q900005'},
    ]);
    expect(twinsOf(entities.Q900020)).to.deep.equal([]);
  });

  it('drafts a partner: names in six languages, country, latest population with its year, since, article, location, id', () => {
    const draft = draftOf({qid: 'Q900002', since: 1959}, entities.Q900002, codes, new Set());
    expect(draft.partner).to.deep.equal({
      id: 'frankenthal',
      name: {fr: 'Frankenthal', de: 'Frankenthal (Pfalz)', it: 'Frankenthal', pl: 'Frankenthal (Pfalz)', pt: 'Frankenthal', en: 'Frankenthal'},
      country: 'DE',
      population: {value: 48561, year: 2022},
      since: 1959,
      url: 'https://fr.wikipedia.org/wiki/Frankenthal_(Palatinat)',
      location: {lat: 49.5333, lon: 8.35},
    });
    expect(draft.missing).to.deep.equal([]);
  });

  it('takes the English article when there is no French one, and builds it from the title without sitelinks/urls', () => {
    expect(articleOf(entities.Q900003)).to.equal('https://en.wikipedia.org/wiki/Sopot');
    expect(articleOf({sitelinks: {enwiki: {site: 'enwiki', title: 'Viana do Castelo'}}})).to.equal(
      'https://en.wikipedia.org/wiki/Viana_do_Castelo'
    );
  });

  it('points out what Wikidata does not give, and keeps ids unique', () => {
    const taken = new Set(['legnano']);
    const draft = draftOf({qid: 'Q900005'}, entities.Q900005, codes, taken);
    expect(draft.partner.id).to.equal('legnano-2');
    expect(draft.partner).to.not.have.property('country');
    expect(draft.missing).to.deep.equal(['country', 'population', 'since', 'url', 'location']);
  });

  it('reads the preferred population, else the latest census; ignores deprecated values and odd amounts', () => {
    expect(populationOf(entities.Q900003)).to.deep.equal({value: 35286, year: 2020});
    const statement = (amount: string, year: string, rank = 'normal') => ({
      rank,
      mainsnak: {snaktype: 'value', datavalue: {value: {amount, unit: '1'}}},
      qualifiers: {P585: [{snaktype: 'value', datavalue: {value: {time: `+${year}-01-01T00:00:00Z`}}}]},
    });
    const town = {claims: {P1082: [statement('+100', '2001'), statement('+900', '2024', 'deprecated'), statement('-5', '2023'), statement('+200', '2011')]}};
    expect(populationOf(town)).to.deep.equal({value: 200, year: 2011});
  });

  it('ignores hostile shapes: no claims, wrong types, coordinates off the globe or out of range', () => {
    expect(labelsOf({labels: {fr: {value: 42}}})).to.equal(undefined);
    expect(locationOf({claims: {P625: [{rank: 'normal', mainsnak: {snaktype: 'value', datavalue: {value: {latitude: 95, longitude: 2}}}}]}})).to.equal(undefined);
    expect(twinsOf({claims: {P190: 'Q1'}})).to.deep.equal([]);
    expect(isoCodeOf({claims: {P297: [{rank: 'normal', mainsnak: {snaktype: 'value', datavalue: {value: 'ZZ'}}}]}})).to.equal(undefined);
    expect(cityOf(null, codes)).to.deep.equal({});
  });
});
