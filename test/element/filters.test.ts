/**
 * The `filters` toolbar: each control, their combinations, the live count, the
 * "no match" message and its button, paging of the filtered list, focus, and the
 * six languages.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {cleanPage, shadow} from './element-helpers.js';
import {choose, count, explore, exploreFeed, ids, part, parts, search, speak, toggleTheme} from './explore-feed.js';

cleanPage();

const NBSP = '\u00a0';
const values = (el: Element, name: string) => parts<HTMLOptionElement>(el, name).length
  ? [...part<HTMLSelectElement>(el, name).querySelectorAll('option')].map((o) => o.value)
  : [];
const labels = (el: Element, name: string) =>
  [...part<HTMLSelectElement>(el, name).querySelectorAll('option')].map((o) => o.textContent!.trim());

describe('filters: the toolbar', () => {
  it('is not there without the attribute', async () => {
    const {el} = await explore({});
    expect(part(el, 'filters')).to.equal(null);
    expect(ids(el)).to.have.length(10);
  });

  it('has a labelled search box, two selects and a checkbox per theme present, as first met', async () => {
    const {el} = await explore({filters: ''});
    const box = part<HTMLInputElement>(el, 'search') as HTMLInputElement;
    expect(box.type).to.equal('search');
    expect(box.labels![0].textContent).to.contain('Rechercher');
    expect((part<HTMLSelectElement>(el, 'filter-country') as HTMLSelectElement).labels![0].textContent).to.contain('Pays');
    expect((part<HTMLSelectElement>(el, 'filter-kind') as HTMLSelectElement).labels![0].textContent).to.contain('Type');
    const themes = parts<HTMLInputElement>(el, 'filter-theme') as HTMLInputElement[];
    expect(themes.map((t) => t.value)).to.deep.equal(['culture', 'education', 'water', 'energy', 'environment']);
    expect(themes.map((t) => t.type)).to.deep.equal(Array(5).fill('checkbox'));
    expect(themes[0].labels![0].textContent!.trim()).to.equal('Culture et patrimoine');
    expect(shadow(el).querySelector('fieldset legend')!.textContent).to.equal('Thèmes');
  });

  it('offers only the countries present, by name in the display language, after an empty "all"', async () => {
    const {el} = await explore({filters: ''});
    expect(values(el, 'filter-country')).to.deep.equal(['', 'DE', 'FR', 'ML', 'PL', 'SI', 'TN']);
    expect(labels(el, 'filter-country')).to.deep.equal(['Tous', 'Allemagne', 'France', 'Mali', 'Pologne', 'Slovénie', 'Tunisie']);
    await speak(el, 'en');
    expect(values(el, 'filter-country')).to.deep.equal(['', 'FR', 'DE', 'ML', 'PL', 'SI', 'TN']);
    expect(labels(el, 'filter-country')[0]).to.equal('All');
  });

  it('offers only the kinds present, with their labels', async () => {
    const {el} = await explore({filters: ''});
    expect(values(el, 'filter-kind')).to.deep.equal(['', 'twinning', 'cooperation', 'friendship']);
    expect(labels(el, 'filter-kind')).to.deep.equal(['Tous', 'Jumelage', 'Coopération décentralisée', 'Pacte d’amitié']);
    const feed = exploreFeed();
    const twinnings = {...feed, partners: feed.partners.filter((p) => !p.kind)};
    const {el: other} = await explore({filters: ''}, twinnings);
    expect(values(other, 'filter-kind')).to.deep.equal(['', 'twinning']);
    expect(parts(other, 'filter-theme').map((t) => (t as HTMLInputElement).value)).to.deep.equal(['culture', 'education']);
  });

  it('leaves load’s detail as it is without filters', async () => {
    const {detail} = await explore({filters: '', sort: 'name', map: ''});
    expect(detail).to.deep.equal({partners: 10, problems: [], problemCount: 0});
  });
});

describe('filters: searching', () => {
  it('finds a name without its accents or case', async () => {
    const {el} = await explore({filters: ''});
    await search(el, 'LODZ');
    expect(ids(el)).to.deep.equal(['lodz']);
    await search(el, 'evry');
    expect(ids(el)).to.deep.equal(['evry']);
  });

  it('looks in the region and the summary as the display language shows them', async () => {
    const {el} = await explore({filters: ''});
    await search(el, 'energie');
    expect(ids(el)).to.deep.equal(['ras-jebel']);
    await search(el, 'brandebourg');
    expect(ids(el)).to.deep.equal(['oranienburg']);
    await speak(el, 'de');
    expect(ids(el)).to.deep.equal([]);
    await search(el, 'brandenburg');
    expect(ids(el)).to.deep.equal(['oranienburg']);
  });

  it('wants every word, in any order', async () => {
    const {el} = await explore({filters: ''});
    await search(el, 'berlin portes');
    expect(ids(el)).to.deep.equal(['oranienburg']);
    await search(el, 'berlin lodz');
    expect(ids(el)).to.deep.equal([]);
    await search(el, '   ');
    expect(ids(el)).to.have.length(10);
  });

  it('keeps the focus and the caret in the search box while the user types', async () => {
    const {el} = await explore({filters: '', 'page-size': '0'});
    const box = part<HTMLInputElement>(el, 'search') as HTMLInputElement;
    box.focus();
    await sendKeys({type: 'ras j'});
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(box);
    expect(box.value).to.equal('ras j');
    expect(box.selectionStart).to.equal(5);
    expect(ids(el)).to.deep.equal(['ras-jebel']);
    await sendKeys({press: 'Backspace'});
    await sendKeys({press: 'Backspace'});
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(box);
    expect(box.value).to.equal('ras');
    expect(ids(el)).to.deep.equal(['ras-jebel']);
  });
});

describe('filters: selects, themes and their combinations', () => {
  it('keeps one country, or one kind', async () => {
    const {el} = await explore({filters: ''});
    await choose(el, 'filter-country', 'DE');
    expect(ids(el)).to.deep.equal(['oranienburg', 'leipzig', 'essen', 'zwickau']);
    await choose(el, 'filter-country', '');
    await choose(el, 'filter-kind', 'cooperation');
    expect(ids(el)).to.deep.equal(['ras-jebel', 'massala', 'maribor']);
  });

  it('keeps partners with any of the ticked themes', async () => {
    const {el} = await explore({filters: ''});
    await toggleTheme(el, 'water');
    expect(ids(el)).to.deep.equal(['ras-jebel', 'massala']);
    await toggleTheme(el, 'culture');
    expect(ids(el)).to.deep.equal(['oranienburg', 'lodz', 'ras-jebel', 'massala']);
    await toggleTheme(el, 'water');
    expect(ids(el)).to.deep.equal(['oranienburg', 'lodz']);
  });

  it('combines country, kind, themes and words', async () => {
    const {el} = await explore({filters: ''});
    await choose(el, 'filter-country', 'DE');
    await choose(el, 'filter-kind', 'twinning');
    expect(ids(el)).to.deep.equal(['oranienburg', 'leipzig', 'zwickau']);
    await toggleTheme(el, 'education');
    expect(ids(el)).to.deep.equal(['oranienburg', 'leipzig']);
    await search(el, 'berlin');
    expect(ids(el)).to.deep.equal(['oranienburg']);
  });

  it('works with sort: the filtered list keeps the sorted order', async () => {
    const {el} = await explore({filters: '', sort: 'since'});
    await choose(el, 'filter-country', 'DE');
    expect(ids(el)).to.deep.equal(['leipzig', 'oranienburg', 'zwickau', 'essen']);
  });

  it('starts over with every new feed', async () => {
    const {el} = await explore({filters: ''});
    await search(el, 'lodz');
    await choose(el, 'filter-kind', 'twinning');
    el.feed = exploreFeed();
    await new Promise((r) => el.addEventListener('load', r, {once: true}));
    await el.updateComplete;
    expect(ids(el)).to.have.length(10);
    expect((part<HTMLInputElement>(el, 'search') as HTMLInputElement).value).to.equal('');
    expect((part<HTMLSelectElement>(el, 'filter-kind') as HTMLSelectElement).value).to.equal('');
  });
});

describe('filters: the count, no match, paging', () => {
  it('says in a polite status how many partners match, of how many', async () => {
    const {el} = await explore({filters: ''});
    const status = part(el, 'count');
    expect(status.getAttribute('role')).to.equal('status');
    expect(count(el)).to.equal(`Villes partenaires affichées${NBSP}: 10 sur 10`);
    await choose(el, 'filter-country', 'FR');
    expect(part(el, 'count')).to.equal(status);
    expect(count(el)).to.equal(`Villes partenaires affichées${NBSP}: 2 sur 10`);
  });

  it('says when nothing matches, with a button that clears every filter and puts the focus in the search box', async () => {
    const {el} = await explore({filters: ''});
    await choose(el, 'filter-kind', 'friendship');
    await toggleTheme(el, 'water');
    await search(el, 'zzz');
    expect(ids(el)).to.deep.equal([]);
    expect(part(el, 'no-match').textContent).to.equal('Aucune ville partenaire ne correspond à ces filtres.');
    expect(count(el)).to.equal(`Villes partenaires affichées${NBSP}: 0 sur 10`);
    const clear = part<HTMLButtonElement>(el, 'clear') as HTMLButtonElement;
    expect(clear.textContent!.trim()).to.equal('Effacer les filtres');
    clear.focus();
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(ids(el)).to.have.length(10);
    expect(part(el, 'no-match')).to.equal(null);
    const box = part<HTMLInputElement>(el, 'search') as HTMLInputElement;
    expect(box.value).to.equal('');
    expect(shadow(el).activeElement).to.equal(box);
    expect((part<HTMLSelectElement>(el, 'filter-kind') as HTMLSelectElement).value).to.equal('');
    expect(parts<HTMLInputElement>(el, 'filter-theme').some((t) => (t as HTMLInputElement).checked)).to.equal(false);
  });

  it('pages the filtered list with page-size', async () => {
    const {el} = await explore({filters: '', 'page-size': '2'});
    await choose(el, 'filter-country', 'DE');
    expect(ids(el)).to.deep.equal(['oranienburg', 'leipzig']);
    part<HTMLButtonElement>(el, 'more').click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['oranienburg', 'leipzig', 'essen', 'zwickau']);
    expect(part(el, 'more')).to.equal(null);
    await choose(el, 'filter-country', '');
    expect(ids(el)).to.deep.equal(['oranienburg', 'lodz']);
    expect(part(el, 'more')).not.to.equal(null);
  });
});

describe('filters: languages and accessibility', () => {
  const words: Record<string, [string, string, string]> = {
    de: ['Suchen', '10 von 10 Partnerstädten angezeigt', 'Alle'],
    en: ['Search', 'Showing 10 of 10 partner towns', 'All'],
    it: ['Cerca', 'Città partner visualizzate: 10 su 10', 'Tutti'],
    pl: ['Szukaj', 'Wyświetlono 10 z 10 miast partnerskich', 'Wszystkie'],
    pt: ['Pesquisar', 'Cidades parceiras mostradas: 10 de 10', 'Todos'],
  };
  for (const [lang, [label, found, all]] of Object.entries(words)) {
    it(`speaks ${lang}`, async () => {
      const {el} = await explore({filters: '', lang});
      expect((part<HTMLInputElement>(el, 'search') as HTMLInputElement).labels![0].textContent).to.contain(label);
      expect(count(el)).to.equal(found);
      expect(labels(el, 'filter-kind')[0]).to.equal(all);
    });
  }

  it('is accessible, with and without a match', async () => {
    const {el} = await explore({filters: ''});
    await expect(el).to.be.accessible();
    await search(el, 'zzz');
    await expect(el).to.be.accessible();
  });
});
