import {expect} from '@open-wc/testing';
import {$, $$, listed, studio, submit, textOf, until, WIKIDATA} from './studio-helpers.js';

const requests = async (): Promise<URLSearchParams[]> =>
  ((await (await fetch('/wikidata/requests', {cache: 'no-store'})).json()) as string[]).map((q) => new URLSearchParams(q));
const otherHost = () => (location.hostname === 'localhost' ? '127.0.0.1' : 'localhost');

describe('studio: a published feed', () => {
  it('opens a feed by its URL to edit it', async () => {
    const el = await studio();
    submit(el, 'feed-url', new URL('/api/cors?file=demo/feeds/bagnolet.json', location.href).href);
    await until(() => listed(el).length > 0, 'the partners');
    expect(listed(el)).to.include('Oranienburg');
    expect(el.dirty).to.equal(false);
  });

  it('explains a site that does not let other sites read its feed, in plain words', async () => {
    const el = await studio();
    const url = `${location.protocol}//${otherHost()}:${location.port}/api/no-cors?file=demo/feeds/bagnolet.json`;
    submit(el, 'feed-url', url);
    await until(() => el.shadowRoot!.querySelector('#start-status[role=alert]'), 'an alert');
    expect(textOf(el, '#start-status')).to.contain('Access-Control-Allow-Origin');
    expect(textOf(el, '#start-status')).to.contain('importez-le');
  });

  it('says a missing feed is missing, and what is not a feed', async () => {
    const el = await studio();
    submit(el, 'feed-url', new URL('/api/status/404', location.href).href);
    await until(() => textOf(el, '#start-status').includes('404'), 'the 404');
    submit(el, 'feed-url', new URL('/api/html', location.href).href);
    await until(() => textOf(el, '#start-status').includes('JSON'), 'not JSON');
    submit(el, 'feed-url', 'www.colombes.fr/jumelages.json');
    await until(() => textOf(el, '#start-status').includes('https://'), 'a full address asked for');
  });
});

describe('studio: Wikidata', () => {
  beforeEach(() => fetch('/wikidata/requests-reset', {cache: 'no-store'}));

  it('finds the town, shows candidates with description and country, and drafts its twins', async () => {
    const el = await studio();
    submit(el, 'wikidata-town', 'Colombes');
    const button = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-qid="Q900001"]'), 'the candidates');
    await until(() => button.textContent!.includes('(France)'), 'the country');
    expect(button.textContent!.replace(/\s+/g, ' ')).to.contain('Colombes — commune française des Hauts-de-Seine (France)');
    expect($$(el, 'button[data-qid]').map((b) => b.dataset.qid)).to.deep.equal(['Q900001', 'Q900030']);
    button.click();
    await until(() => listed(el).length === 4, 'four drafts');
    expect(listed(el)).to.deep.equal(['Frankenthal', 'Sopot', 'Viana do Castelo', 'Legnano']);
    const feed = el.feed as any;
    expect(feed.city).to.deep.include({country: 'FR', location: {lat: 48.9225, lon: 2.2522}});
    expect(feed.partners[0]).to.deep.equal({
      id: 'frankenthal',
      name: {fr: 'Frankenthal', de: 'Frankenthal (Pfalz)', it: 'Frankenthal', pl: 'Frankenthal (Pfalz)', pt: 'Frankenthal', en: 'Frankenthal'},
      country: 'DE',
      population: {value: 48561, year: 2022},
      since: 1959,
      url: 'https://fr.wikipedia.org/wiki/Frankenthal_(Palatinat)',
      location: {lat: 49.5333, lon: 8.35},
    });
    expect($$(el, 'ol.partners .badge.draft').length).to.equal(4);
    // Legnano: Wikidata gives no country; the form says what is missing.
    $<HTMLButtonElement>(el, '[data-key] button[aria-label="Modifier Legnano"]').click();
    await el.updateComplete;
    expect(textOf(el, '.draft-note')).to.contain('Pays');
    expect(textOf(el, '.draft-note')).to.contain('Population');
    $(el, 'button[name=checked]').click();
    await until(() => el.shadowRoot!.activeElement?.id === 'editor-heading', 'focus kept in the form');
    expect($$(el, 'ol.partners .badge.draft').length).to.equal(3);
    const asked = await requests();
    expect(asked.every((q) => q.get('origin') === '*' && q.get('format') === 'json')).to.equal(true);
    expect(asked.filter((q) => q.get('action') === 'wbgetentities').every((q) => q.get('ids')!.split('|').length <= 50)).to.equal(true);
    // One request for the four twins, not one each.
    expect(asked.filter((q) => q.get('ids') === 'Q900002|Q900003|Q900004|Q900005').length).to.equal(1);
  });

  it('keeps what the editor typed: the town name field, the list, the town', async () => {
    const el = await studio();
    el.feed = {version: 1, city: {name: 'Colombes (92)', url: 'https://www.colombes.fr/'}, partners: [{id: 'ras-jebel', name: 'Ras Jebel', country: 'TN'}]};
    submit(el, 'wikidata-town', 'colombes');
    (await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-qid="Q900001"]'), 'the candidates')).click();
    await until(() => listed(el).length === 5, 'the drafts after the partner');
    expect(listed(el)[0]).to.equal('Ras Jebel');
    const city = (el.feed as any).city;
    expect(city.name).to.equal('Colombes (92)');
    expect(city.country).to.equal('FR');
    expect($<HTMLInputElement>(el, 'input[name=wikidata-town]').value).to.equal('colombes');
  });

  it('says so when no town matches, when the town has no twin, and when Wikidata is unreachable', async () => {
    const el = await studio();
    submit(el, 'wikidata-town', 'Atlantide');
    await until(() => textOf(el, '#wikidata-status').includes('Atlantide'), 'no result');
    expect($(el, '#wikidata-status').getAttribute('role')).to.equal('alert');
    submit(el, 'wikidata-town', 'Saint-Essai');
    (await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-qid="Q900020"]'), 'the candidate')).click();
    await until(() => textOf(el, '#wikidata-status').includes('aucune ville jumelle'), 'no P190');
    expect(listed(el)).to.deep.equal([]);
    expect((el.feed as any).city.name.fr).to.equal('Saint-Essai');
    el.setAttribute('wikidata', 'http://127.0.0.1:9/w/api.php');
    submit(el, 'wikidata-town', 'Colombes');
    await until(() => textOf(el, '#wikidata-status').includes('injoignable'), 'the network error');
    expect(textOf(el, '#wikidata-status')).to.contain('127.0.0.1:9');
    expect($<HTMLInputElement>(el, 'input[name=wikidata-town]').value).to.equal('Colombes');
    el.setAttribute('wikidata', WIKIDATA);
  });

  it('searches in the interface language', async () => {
    const el = await studio('pl');
    submit(el, 'wikidata-town', 'Colombes');
    await until(() => el.shadowRoot!.querySelector('button[data-qid]'), 'the candidates');
    // A Polish search has its own URL: never an answer from the browser's cache.
    const search = (await requests()).filter((q) => q.get('action') === 'wbsearchentities').at(-1);
    expect(search!.get('language')).to.equal('pl');
    expect(search!.get('uselang')).to.equal('pl');
  });
});
