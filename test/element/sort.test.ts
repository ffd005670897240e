/**
 * The `sort` attribute: feed order by default, then by name, by the country's
 * name and by year, with the display language's collation.
 */
import {expect} from '@open-wc/testing';
import {cleanPage, names} from './element-helpers.js';
import {explore, exploreFeed, ids, speak} from './explore-feed.js';

cleanPage();

const ORDER_FR = ['Essen', 'Évry', 'Leipzig', 'Łódź', 'Lyon', 'Maribor', 'Massala', 'Oranienburg', 'Ras Jebel', 'Zwickau'];

describe('sort', () => {
  it('keeps the feed’s order by default, and for a value it does not know', async () => {
    const feedOrder = exploreFeed().partners.map((p) => p.id);
    const {el} = await explore({});
    expect(ids(el)).to.deep.equal(feedOrder);
    el.setAttribute('sort', 'population');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(feedOrder);
  });

  it('sorts by name with the French collation: Évry among the E’s, Łódź among the L’s', async () => {
    const {el} = await explore({sort: 'name'});
    expect(names(el)).to.deep.equal(ORDER_FR);
  });

  it('sorts Łódź after the other L’s in Polish, where Ł is a letter of its own', async () => {
    const {el} = await explore({sort: 'name', lang: 'pl'});
    expect(names(el)).to.deep.equal(['Essen', 'Évry', 'Leipzig', 'Lyon', 'Łódź', 'Maribor', 'Massala', 'Oranienburg', 'Ras Jebel', 'Zwickau']);
  });

  it('follows a change of language and of the attribute', async () => {
    const {el} = await explore({sort: 'name', lang: 'pl'});
    await speak(el, 'fr');
    expect(names(el)).to.deep.equal(ORDER_FR);
    el.sort = 'feed';
    await el.updateComplete;
    expect(ids(el)[0]).to.equal('oranienburg');
  });

  it('sorts by the country’s name in the display language, then by name', async () => {
    const {el} = await explore({sort: 'country'});
    // Allemagne, France, Mali, Pologne, Slovénie, Tunisie
    expect(ids(el)).to.deep.equal(['essen', 'leipzig', 'oranienburg', 'zwickau', 'evry', 'lyon', 'massala', 'lodz', 'maribor', 'ras-jebel']);
    await speak(el, 'en');
    // France, Germany, Mali, Poland, Slovenia, Tunisia
    expect(ids(el).slice(0, 3)).to.deep.equal(['evry', 'lyon', 'essen']);
  });

  it('sorts by year, oldest first, with the undated at the end', async () => {
    const {el} = await explore({sort: 'since'});
    expect(ids(el)).to.deep.equal(['leipzig', 'oranienburg', 'lyon', 'lodz', 'zwickau', 'maribor', 'massala', 'ras-jebel', 'essen', 'evry']);
  });

  it('pages the sorted list', async () => {
    const {el} = await explore({sort: 'name', 'page-size': '3'});
    expect(names(el)).to.deep.equal(ORDER_FR.slice(0, 3));
  });
});
