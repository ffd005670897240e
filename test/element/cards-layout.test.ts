/**
 * The card layouts (`layout="grid" | "list" | "compact"`): what each one shows, how
 * it follows the width it is given, and that it stays accessible in a light and a
 * dark page.
 */
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';
import {BAGNOLET, cards, cleanPage} from './element-helpers.js';

cleanPage();

const ALL_PARTS = ['image', 'name', 'region', 'country', 'kind', 'since', 'population', 'summary', 'themes', 'link'];
const COMPACT_PARTS = ['name', 'country', 'link'];

/** Bagnolet's feed (every partner has a picture), in `layout`, inside a box `width` wide. */
async function bagnoletIn(layout: string | null, width = '60rem') {
  const box = document.createElement('div');
  box.style.width = width;
  document.body.append(box);
  const el = document.createElement('twin-cities') as TwinCitiesElement;
  if (layout !== null) el.setAttribute('layout', layout);
  el.src = BAGNOLET;
  const done = oneEvent(el, 'loadend');
  box.append(el);
  await done;
  return el;
}

/** Oranienburg's card: it has every field of a feed. */
const oranienburg = (el: Element) => cards(el)[1];
const partOf = (card: Element, name: string) => card.querySelector<HTMLElement>(`[part="${name}"]`)!;
const shown = (card: Element) => ALL_PARTS.filter((name) => partOf(card, name).checkVisibility());
const box = (el: Element) => el.getBoundingClientRect();

afterEach(() => {
  for (const div of document.querySelectorAll('body > div')) div.remove();
});

describe('layouts: what each one shows', () => {
  for (const layout of [null, 'grid', 'list']) {
    it(`${layout ?? 'no layout attribute'}: the card shows every part of the feed`, async () => {
      const el = await bagnoletIn(layout);
      expect(shown(oranienburg(el))).to.deep.equal(ALL_PARTS);
    });
  }

  it('compact: name, country and link shown; the other parts are there, hidden', async () => {
    const el = await bagnoletIn('compact');
    const card = oranienburg(el);
    expect(shown(card)).to.deep.equal(COMPACT_PARTS);
    for (const name of ALL_PARTS) expect(partOf(card, name), name).to.exist;
    // "Brandebourg, Allemagne" loses its region and its comma: the line reads "Allemagne".
    expect(partOf(card, 'country').parentElement!.innerText.trim()).to.equal('Allemagne');
  });

  it('reads the layout in any case, and an unknown one as grid', async () => {
    const upper = await bagnoletIn('COMPACT');
    expect(shown(oranienburg(upper))).to.deep.equal(COMPACT_PARTS);
    const unknown = await bagnoletIn('mosaic');
    expect(shown(oranienburg(unknown))).to.deep.equal(ALL_PARTS);
  });

  it('has a layout property that reads and writes the attribute', async () => {
    const el = await bagnoletIn(null);
    expect(el.layout).to.equal('grid');
    el.layout = 'compact';
    expect(el.getAttribute('layout')).to.equal('compact');
    expect(shown(oranienburg(el))).to.deep.equal(COMPACT_PARTS);
    el.setAttribute('layout', 'List');
    expect(el.layout).to.equal('list');
    el.setAttribute('layout', 'mosaic');
    expect(el.layout).to.equal('grid');
  });

  it('compact: a page can show a hidden part again with ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = 'twin-cities::part(summary) { display: block; }';
    document.head.append(style);
    try {
      const el = await bagnoletIn('compact');
      expect(shown(oranienburg(el))).to.deep.equal(['name', 'country', 'summary', 'link']);
    } finally {
      style.remove();
    }
  });

  it('puts the parts in reading order: picture, name, where, relation, population, summary, themes, link', async () => {
    const card = oranienburg(await bagnoletIn('grid'));
    const tops = ['image', 'name', 'country', 'kind', 'population', 'summary', 'themes', 'link'].map(
      (name) => box(partOf(card, name)).top
    );
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    expect(box(partOf(card, 'kind')).top).to.equal(box(partOf(card, 'since')).top);
    expect(box(partOf(card, 'region')).top).to.equal(box(partOf(card, 'country')).top);
  });
});

describe('layouts follow the width they are given, not the window', () => {
  it('grid: several cards side by side in a wide box, one per row in a narrow one', async () => {
    const wide = await bagnoletIn('grid', '60rem');
    expect(box(cards(wide)[1]).top).to.equal(box(cards(wide)[0]).top);
    const narrow = await bagnoletIn('grid', '20rem');
    expect(box(cards(narrow)[1]).top).to.be.greaterThan(box(cards(narrow)[0]).bottom);
  });

  it('list: one card per row, the picture beside the text in a wide box', async () => {
    const el = await bagnoletIn('list', '60rem');
    const [first, second] = cards(el);
    expect(box(second).top).to.be.greaterThan(box(first).bottom);
    expect(box(partOf(first, 'image')).right).to.be.at.most(box(partOf(first, 'name')).left);
  });

  it('list: the picture above the text in a narrow box', async () => {
    const card = cards(await bagnoletIn('list', '20rem'))[0];
    expect(box(partOf(card, 'image')).bottom).to.be.at.most(box(partOf(card, 'name')).top);
  });

  it('compact: one card per row, even in a wide box', async () => {
    const el = await bagnoletIn('compact', '60rem');
    expect(box(cards(el)[1]).top).to.be.greaterThan(box(cards(el)[0]).bottom);
  });
});

describe('layouts: accessible in light and dark pages', () => {
  for (const layout of ['grid', 'list', 'compact']) {
    for (const scheme of ['light', 'dark']) {
      it(`${layout}, ${scheme}: axe finds nothing`, async () => {
        document.documentElement.style.colorScheme = scheme;
        document.body.style.background = scheme === 'dark' ? '#0d1117' : '#fff';
        try {
          const el = await bagnoletIn(layout);
          const background = getComputedStyle(cards(el)[0]).backgroundColor;
          expect(background).to.equal(scheme === 'dark' ? 'rgb(28, 33, 40)' : 'rgb(255, 255, 255)');
          // Every picture arrived (or was hidden), so axe sees the card as a visitor does.
          await waitUntil(() => cards(el).every((card) => partOf(card, 'image').complete), 'pictures still loading');
          await expect(el).to.be.accessible();
        } finally {
          document.documentElement.style.colorScheme = '';
          document.body.style.background = '';
        }
      });
    }
  }
});
