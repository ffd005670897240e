/**
 * The `map` attribute, from the sources (the test server sends the element's
 * import of twin-cities-map.js to src/map/): markers, the town, lines, names,
 * focus, filters and languages. The built file, the strict CSP page and a missing
 * map file are in map-file.test.ts.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {cleanPage, shadow} from './element-helpers.js';
import {choose, explore, exploreFeed, ids, part, parts, speak} from './explore-feed.js';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';

cleanPage();

/** Waits for the map's module and its first drawing. */
async function withMap(el: TwinCitiesElement) {
  for (let i = 0; i < 100 && !shadow(el).querySelector('svg[part~="map"], p[part~="map"]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  return part<SVGSVGElement>(el, 'map');
}

const markerNames = (el: Element) => parts(el, 'marker').map((m) => m.getAttribute('aria-label'));
const LOCATED = ['Oranienburg', 'Łódź', 'Ras Jebel', 'Évry', 'Leipzig', 'Lyon', 'Zwickau', 'Maribor'];

describe('map', () => {
  it('is not there, and not loaded, without the attribute', async () => {
    const {el} = await explore({});
    expect(part(el, 'map')).to.equal(null);
    expect(shadow(el).querySelector('.map-place')).to.equal(null);
  });

  it('draws an SVG with a marker per located partner, in list order, named by the partner', async () => {
    const {el} = await explore({map: ''});
    const map = await withMap(el);
    expect(map.localName).to.equal('svg');
    expect(markerNames(el)).to.deep.equal(LOCATED);
    expect(map.getAttribute('aria-label')).to.equal('Carte des villes partenaires\u00a0: 8');
    expect(map.getAttribute('role')).to.equal('group');
    // Above the cards.
    expect(map.compareDocumentPosition(part(el, 'card')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(part(el, 'land').getAttribute('d')!.length).to.be.greaterThan(1000);
  });

  it('draws the town itself, not as a marker, with a line to each partner', async () => {
    const {el} = await explore({map: ''});
    await withMap(el);
    const home = part(el, 'home');
    expect(home.closest('[part~="marker"]')).to.equal(null);
    expect(home.getAttribute('aria-hidden')).to.equal('true');
    expect(part(el, 'lines').getAttribute('d')!.match(/M/g)).to.have.length(LOCATED.length);
  });

  it('draws neither town nor lines when the feed does not say where the town is', async () => {
    const feed = exploreFeed();
    const {el} = await explore({map: ''}, {...feed, city: {name: 'Bagnolet'}});
    await withMap(el);
    expect(parts(el, 'marker')).to.have.length(LOCATED.length);
    expect(part(el, 'home')).to.equal(null);
    expect(part(el, 'lines')).to.equal(null);
  });

  it('draws nothing, and leaves no empty place, when no partner shown has a location', async () => {
    const feed = exploreFeed();
    const {el} = await explore({map: ''}, {...feed, partners: feed.partners.filter((p) => !p.location)});
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="map"], .map-place')).to.equal(null);
    expect(ids(el)).to.deep.equal(['massala', 'essen']);
  });

  it('fits the partners inside the view', async () => {
    const {el} = await explore({map: ''});
    const map = await withMap(el);
    const [, , width, height] = map.getAttribute('viewBox')!.split(' ').map(Number);
    for (const dot of shadow(el).querySelectorAll('[part~="marker"] .dot, [part~="home"]')) {
      const [x, y] = [Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy'))];
      expect(x).to.be.within(0, width);
      expect(y).to.be.within(0, height);
    }
  });

  it('puts the focus on a partner’s card when its marker is activated, showing as many pages as it takes', async () => {
    const {el} = await explore({map: '', 'page-size': '2'});
    await withMap(el);
    expect(ids(el)).to.deep.equal(['oranienburg', 'lodz']);
    const maribor = parts(el, 'marker').find((m) => m.getAttribute('aria-label') === 'Maribor')!;
    maribor.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, composed: true}));
    await el.updateComplete;
    await el.updateComplete;
    expect(ids(el)).to.have.length(10);
    const card = shadow(el).activeElement as HTMLElement;
    expect(card.dataset.id).to.equal('maribor');
    expect(card.getAttribute('part')).to.equal('card');
  });

  it('is reached with Tab and activated with Enter', async () => {
    const {el} = await explore({map: '', 'page-size': '0'});
    await withMap(el);
    const [first] = parts(el, 'marker');
    (first as unknown as SVGAElement).focus();
    expect(shadow(el).activeElement).to.equal(first);
    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement!.getAttribute('aria-label')).to.equal('Łódź');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    await el.updateComplete;
    expect((shadow(el).activeElement as HTMLElement).dataset.id).to.equal('lodz');
  });

  it('shows the partners the filters keep', async () => {
    const {el} = await explore({map: '', filters: ''});
    await withMap(el);
    await choose(el, 'filter-country', 'DE');
    expect(markerNames(el)).to.deep.equal(['Oranienburg', 'Leipzig', 'Zwickau']);
    expect(part(el, 'map').getAttribute('aria-label')).to.equal('Carte des villes partenaires\u00a0: 3');
    await choose(el, 'filter-country', 'ML');
    expect(part(el, 'map')).to.equal(null);
    expect(ids(el)).to.deep.equal(['massala']);
  });

  it('keeps the same drawing when nothing it shows changed', async () => {
    const {el} = await explore({map: '', 'page-size': '2'});
    const map = await withMap(el);
    part<HTMLButtonElement>(el, 'more').click();
    await el.updateComplete;
    expect(part(el, 'map')).to.equal(map);
  });

  it('speaks the display language', async () => {
    const {el} = await explore({map: '', lang: 'de'});
    const map = await withMap(el);
    expect(map.getAttribute('aria-label')).to.equal('Karte der Partnerstädte: 8');
    await speak(el, 'pl');
    expect(part(el, 'map').getAttribute('aria-label')).to.equal('Mapa miast partnerskich: 8');
  });

  it('turns dark on a page that is dark, as the cards do', async () => {
    const {el} = await explore({map: ''});
    const map = await withMap(el);
    const sea = () => getComputedStyle(map).backgroundColor;
    const land = () => getComputedStyle(part(el, 'land')).fill;
    expect([sea(), land()]).to.deep.equal(['rgb(232, 241, 248)', 'rgb(221, 229, 214)']);
    document.documentElement.style.colorScheme = 'dark';
    try {
      expect([sea(), land()]).to.deep.equal(['rgb(15, 27, 38)', 'rgb(42, 51, 45)']);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('is accessible, with the filters', async () => {
    const {el} = await explore({map: '', filters: ''});
    await withMap(el);
    await expect(el).to.be.accessible();
  });
});
