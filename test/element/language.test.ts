import {expect, oneEvent} from '@open-wc/testing';
import '../../src/element/define.js';
import {matchLanguage} from '../../src/core/language.js';
import {languageOf} from '../../src/element/language.js';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';

const BAGNOLET = '/demo/feeds/bagnolet.json';
let bagnolet: unknown;

const shadow = (el: Element) => el.shadowRoot!;
const cardOf = (el: Element, id: string) =>
  shadow(el).querySelector<HTMLElement>(`[part="card"][data-id="${id}"]`)!;
const part = (card: Element, name: string) =>
  card.querySelector(`[part="${name}"]`)?.textContent?.trim() ?? '';

async function render(lang: string | null, feed: unknown = bagnolet, parent: Element = document.body) {
  const el = document.createElement('twin-cities') as TwinCitiesElement;
  if (lang !== null) el.setAttribute('lang', lang);
  el.feed = feed;
  const done = oneEvent(el, 'load');
  parent.append(el);
  await done;
  return el;
}

/** A one-partner feed with the given population, for plural checks. */
const withPopulation = (value: number, approximate = false) => ({
  version: 1,
  partners: [{id: 'p', name: 'Sopot', country: 'PL', population: approximate ? {value, approximate} : value}],
});

/** A count as the card writes it: the language's digits, a no-break space, the word. */
const counted = (lang: string, n: number, word: string) => `${new Intl.NumberFormat(lang).format(n)}\u00a0${word}`;

const LINK = {fr: 'Lire la suite', de: 'Weiterlesen', it: 'Scopri di più', pl: 'Czytaj więcej', pt: 'Ler mais', en: 'Read more'};

before(async () => {
  bagnolet = await (await fetch(BAGNOLET)).json();
});

afterEach(() => {
  for (const el of document.querySelectorAll('twin-cities')) el.remove();
  document.documentElement.lang = 'fr';
});

describe('language resolution', () => {
  it('maps a regional tag to its supported primary and keeps the region for Intl', () => {
    expect(matchLanguage('de-AT')).to.deep.equal({locale: 'de', tag: 'de-AT'});
    expect(matchLanguage('pt_PT')).to.deep.equal({locale: 'pt', tag: 'pt-PT'});
    expect(matchLanguage('en-GB')).to.deep.equal({locale: 'en', tag: 'en-GB'});
  });

  it('does not match unsupported or malformed tags', () => {
    for (const tag of ['es', 'ar', 'xx', 'garbage!', '', '-']) expect(matchLanguage(tag)).to.be.undefined;
  });

  it('takes the element lang, then the closest ancestor, then <html lang>', () => {
    document.documentElement.lang = 'it';
    const outer = document.createElement('section');
    outer.lang = 'pl';
    const el = document.createElement('twin-cities');
    outer.append(el);
    document.body.append(outer);
    expect(languageOf(el).locale).to.equal('pl');
    el.lang = 'de-CH';
    expect(languageOf(el)).to.deep.equal({locale: 'de', tag: 'de-CH'});
    outer.removeAttribute('lang');
    el.removeAttribute('lang');
    expect(languageOf(el).locale).to.equal('it');
    outer.remove();
  });

  it('falls back to French, messages and formats alike, for an unsupported lang', async () => {
    const el = await render('es');
    const card = cardOf(el, 'oranienburg');
    expect(part(card, 'link')).to.equal('Lire la suite');
    expect(part(card, 'country')).to.equal(new Intl.DisplayNames('fr', {type: 'region'}).of('DE'));
    expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('fr');
  });

  it('uses navigator.languages when no element has a lang', () => {
    document.documentElement.removeAttribute('lang');
    const el = document.createElement('twin-cities');
    document.body.append(el);
    const expected = navigator.languages.map((l) => matchLanguage(l)).find(Boolean)?.locale ?? 'fr';
    expect(languageOf(el).locale).to.equal(expected);
  });
});

describe('six languages', () => {
  for (const lang of ['fr', 'de', 'it', 'pl', 'pt', 'en'] as const) {
    it(`renders a card in ${lang}: link, country, population and since`, async () => {
      const el = await render(lang);
      const card = cardOf(el, 'oranienburg');
      expect(part(card, 'link')).to.equal(LINK[lang]);
      expect(part(card, 'country')).to.equal(new Intl.DisplayNames(lang, {type: 'region'}).of('DE'));
      expect(part(card, 'population')).to.contain(new Intl.NumberFormat(lang).format(41810));
      expect(part(card, 'population')).to.contain('2010');
      expect(part(card, 'since')).to.contain('1964');
      expect(card.querySelector('[part="link"]')!.getAttribute('aria-label')).to.contain('Oranienburg');
    });
  }

  it('writes the relation line (kind and year) naturally in French, German and Polish', async () => {
    const relation = (el: Element) => cardOf(el, 'oranienburg').querySelector('[part="since"]')!.parentElement!.textContent;
    expect(relation(await render('fr'))).to.equal('Jumelage depuis 1964');
    expect(relation(await render('de'))).to.equal('Städtepartnerschaft seit 1964');
    expect(relation(await render('pl'))).to.equal('Partnerstwo miast od 1964\u00a0r.');
  });

  it('says "Environ" for an approximate population, with its census year', async () => {
    const el = await render('fr');
    const expected = `Environ ${counted('fr', 52000, 'habitants')} (2008)`;
    expect(part(cardOf(el, 'akbou'), 'population')).to.equal(expected);
  });

  it('formats numbers and countries with the full tag: de-AT, pt-PT vs pt', async () => {
    const at = await render('de-AT');
    expect(part(cardOf(at, 'oranienburg'), 'population')).to.contain(
      new Intl.NumberFormat('de-AT').format(41810)
    );
    const colombes = await (await fetch('/demo/feeds/colombes.json')).json();
    const ptPT = await render('pt-PT', colombes);
    const ptBR = await render('pt', colombes);
    const polandPT = new Intl.DisplayNames('pt-PT', {type: 'region'}).of('PL');
    const polandBR = new Intl.DisplayNames('pt', {type: 'region'}).of('PL');
    expect(part(cardOf(ptPT, 'sopot'), 'country')).to.equal(polandPT);
    expect(part(cardOf(ptBR, 'sopot'), 'country')).to.equal(polandBR);
    expect(polandPT).to.not.equal(polandBR);
  });

  it('labels kinds and themes in the display language', async () => {
    const colombes = await (await fetch('/demo/feeds/colombes.json')).json();
    const el = await render('de', colombes);
    const card = cardOf(el, 'ras-jebel');
    expect(part(card, 'kind')).to.not.equal('Coopération décentralisée');
    expect(part(card, 'themes')).to.not.contain('Eau et assainissement');
  });
});

describe('plurals', () => {
  const polish: [number, string][] = [
    [1, 'mieszkaniec'],
    [2, 'mieszkańców'],
    [22, 'mieszkańców'],
    [41822, 'mieszkańców'],
    [5, 'mieszkańców'],
    [12, 'mieszkańców'],
    [18000, 'mieszkańców'],
    [41810, 'mieszkańców'],
  ];
  for (const [n, word] of polish) {
    it(`writes ${n} ${word} in Polish`, async () => {
      const el = await render('pl', withPopulation(n));
      expect(part(cardOf(el, 'p'), 'population')).to.equal(counted('pl', n, word));
    });
  }

  it('writes 2 and 22 mieszkańców after "Około" too', async () => {
    for (const n of [2, 22, 41822]) {
      const el = await render('pl', withPopulation(n, true));
      expect(part(cardOf(el, 'p'), 'population')).to.equal(`Około ${counted('pl', n, 'mieszkańców')}`);
    }
  });

  it('writes exact millions "di abitanti" in Italian, approximate ones too', async () => {
    const exact = await render('it', withPopulation(1000000));
    expect(part(cardOf(exact, 'p'), 'population')).to.equal(counted('it', 1000000, 'di abitanti'));
    const about = await render('it', withPopulation(2000000, true));
    expect(part(cardOf(about, 'p'), 'population')).to.equal(`Circa ${counted('it', 2000000, 'di abitanti')}`);
    const other = await render('it', withPopulation(2500000, true));
    expect(part(cardOf(other, 'p'), 'population')).to.equal(`Circa ${counted('it', 2500000, 'abitanti')}`);
  });

  it('writes 0 habitantes in Portuguese, as in pt-PT', async () => {
    for (const lang of ['pt', 'pt-BR', 'pt-PT']) {
      const el = await render(lang, withPopulation(0));
      expect(part(cardOf(el, 'p'), 'population')).to.equal(counted(lang, 0, 'habitantes'));
    }
  });

  for (const [lang, about] of [
    ['fr', 'Environ'],
    ['de', 'Etwa'],
    ['it', 'Circa'],
    ['pl', 'Około'],
    ['pt', 'Cerca de'],
    ['en', 'About'],
  ]) {
    it(`starts an approximate population with a capital in ${lang}: ${about} …`, async () => {
      const el = await render(lang, withPopulation(6547, true));
      expect(part(cardOf(el, 'p'), 'population')).to.match(new RegExp(`^${about} ${new Intl.NumberFormat(lang).format(6547)}\u00a0`));
    });
  }

  for (const [lang, one, other] of [
    ['fr', 'habitant', 'habitants'],
    ['de', 'Einwohner', 'Einwohner'],
    ['it', 'abitante', 'abitanti'],
    ['pt', 'habitante', 'habitantes'],
    ['en', 'inhabitant', 'inhabitants'],
  ]) {
    it(`writes 1 ${one} and 2 ${other} in ${lang}`, async () => {
      const a = await render(lang, withPopulation(1));
      expect(part(cardOf(a, 'p'), 'population')).to.equal(counted(lang, 1, one));
      const b = await render(lang, withPopulation(2));
      expect(part(cardOf(b, 'p'), 'population')).to.equal(counted(lang, 2, other));
    });
  }
});

describe('language at run time', () => {
  it('re-renders when the element lang changes', async () => {
    const el = await render('fr');
    el.setAttribute('lang', 'de');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(part(cardOf(el, 'oranienburg'), 'link')).to.equal('Weiterlesen');
  });

  it('re-renders when <html lang> changes', async () => {
    document.documentElement.lang = 'fr';
    const el = await render(null);
    document.documentElement.lang = 'it';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(part(cardOf(el, 'oranienburg'), 'link')).to.equal('Scopri di più');
  });

  it('renders three elements in fr, de and pl on one page at the same time', async () => {
    const [fr, de, pl] = await Promise.all([render('fr'), render('de'), render('pl')]);
    expect(part(cardOf(fr, 'sesto-fiorentino'), 'link')).to.equal('Lire la suite');
    expect(part(cardOf(de, 'sesto-fiorentino'), 'link')).to.equal('Weiterlesen');
    expect(part(cardOf(pl, 'sesto-fiorentino'), 'link')).to.equal('Czytaj więcej');
  });

  it('writes the load problems in the display language', async () => {
    const el = document.createElement('twin-cities') as TwinCitiesElement;
    el.lang = 'de';
    el.feed = {version: 1, partners: [{id: 'x', name: 'X', country: 'ZZ'}]};
    const loaded = oneEvent(el, 'load');
    document.body.append(el);
    const {detail} = await loaded;
    expect(detail.problems[0].path).to.equal('partners[0].country');
    expect(detail.problems[0].message).to.contain('ZZ');
    expect(detail.problems[0].message).to.not.contain('n’est pas');
  });
});

describe('feed text in several languages', () => {
  it('resolves localized text for the element language and marks foreign text with lang', async () => {
    const el = await render('de');
    const sesto = cardOf(el, 'sesto-fiorentino');
    const summary = sesto.querySelector('[part="summary"]')!;
    expect(summary.getAttribute('lang')).to.equal('fr');
    const oranienburg = cardOf(el, 'oranienburg');
    expect(part(oranienburg, 'summary')).to.equal('Am Stadtrand von Berlin, im Land Brandenburg.');
    expect(oranienburg.querySelector('[part="summary"]')!.hasAttribute('lang')).to.be.false;
  });

  it('marks every French-only summary of the demo feeds as French in a Polish page', async () => {
    for (const url of [BAGNOLET, '/demo/feeds/colombes.json']) {
      const feed = await (await fetch(url)).json();
      const el = await render('pl', feed);
      el.setAttribute('page-size', '0');
      await el.updateComplete;
      const withSummary = feed.partners.filter((p: {summary?: unknown}) => p.summary !== undefined);
      expect(withSummary.length).to.be.greaterThan(0);
      for (const partner of withSummary) {
        const summary = cardOf(el, partner.id).querySelector('[part="summary"]')!;
        const expected = 'pl' in partner.summary ? null : 'fr';
        expect(summary.getAttribute('lang'), partner.id).to.equal(expected);
      }
      el.remove();
    }
  });

  it('is accessible in every language', async () => {
    for (const lang of ['fr', 'de', 'it', 'pl', 'pt', 'en']) {
      const el = await render(lang);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });
});
