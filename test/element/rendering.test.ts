/**
 * What <twin-cities> renders (README, API and Parts): its states and their
 * accessibility, the cards, updates that touch them, and "show more" pages.
 */
import {expect, oneEvent} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';
import {BAGNOLET, shadow, cards, status, bagnolet, create, loaded, cleanPage} from './element-helpers.js';

cleanPage();

/** On a dark page declaring `scheme`, the cards are dark and pass axe. */
async function expectDarkCards(scheme: string): Promise<void> {
  document.documentElement.style.colorScheme = scheme;
  document.body.style.background = '#0d1117';
  try {
    const {el} = await loaded((el) => (el.src = BAGNOLET));
    expect(getComputedStyle(cards(el)[0]).backgroundColor).to.equal('rgb(28, 33, 40)');
    await expect(el).to.be.accessible();
  } finally {
    document.documentElement.style.colorScheme = '';
    document.body.style.background = '';
  }
}

describe('<twin-cities> states', () => {
  it('shows a loading status and aria-busy while it fetches', async () => {
    const {el} = create((el) => (el.src = `/api/delay?ms=300&file=${BAGNOLET.slice(1)}`));
    await oneEvent(el, 'loadstart');
    await el.updateComplete;
    expect(status(el)!.getAttribute('role')).to.equal('status');
    expect(status(el)!.textContent).to.contain('Chargement');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await oneEvent(el, 'loadend');
    expect(el.hasAttribute('aria-busy')).to.be.false;
  });

  it('shows the empty state for a feed without partners', async () => {
    const {el} = await loaded((el) => (el.feed = {version: 1, partners: []}));
    expect(status(el)!.getAttribute('role')).to.equal('status');
    expect(status(el)!.textContent).to.contain('Aucune ville partenaire');
  });

  it('shows the error in a role="alert" status that names the URL', async () => {
    const {el} = await loaded((el) => (el.src = '/demo/feeds/broken.json'));
    expect(status(el)!.getAttribute('role')).to.equal('alert');
    expect(status(el)!.textContent).to.contain('/demo/feeds/broken.json');
    expect(status(el)!.textContent).to.contain('JSON');
  });

  for (const [state, setup] of [
    ['loaded', (el: TwinCitiesElement) => (el.src = BAGNOLET)],
    ['empty', (el: TwinCitiesElement) => (el.feed = {version: 1, partners: []})],
    ['error', (el: TwinCitiesElement) => (el.src = '/api/status/500')],
  ] as const) {
    it(`is accessible when ${state}`, async () => {
      const {el} = await loaded(setup);
      await expect(el).to.be.accessible();
    });
  }

  it('switches to dark colors that stay readable on a page with a dark mode, when the system is dark', async function () {
    // Media emulation goes through the Chrome DevTools Protocol, which Firefox lacks.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    await emulateMedia({colorScheme: 'dark'});
    try {
      await expectDarkCards('light dark');
    } finally {
      await emulateMedia({colorScheme: 'light'});
    }
  });

  it('uses dark colors on a page that is dark only (color-scheme: dark), whatever the system', async () => {
    await expectDarkCards('dark');
  });

  it('keeps light colors on a light page when the system is dark, "show more" included', async function () {
    if (navigator.userAgent.includes('Firefox')) this.skip();
    await emulateMedia({colorScheme: 'dark'});
    try {
      document.body.style.background = '#fff';
      const {el} = await loaded((el) => {
        el.setAttribute('page-size', '2');
        el.style.setProperty('--twin-cities-accent', '#00563f');
        el.src = BAGNOLET;
      });
      expect(getComputedStyle(cards(el)[0]).backgroundColor).to.equal('rgb(255, 255, 255)');
      const more = shadow(el).querySelector<HTMLElement>('[part="more"]')!;
      expect(getComputedStyle(more).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(more).color).to.equal('rgb(0, 86, 63)');
      await expect(el).to.be.accessible();
    } finally {
      document.body.style.background = '';
      await emulateMedia({colorScheme: 'light'});
    }
  });

  it('shows a long summary whole, however wide the text spacing (WCAG 1.4.12)', async () => {
    const summary = 'Une longue présentation de la ville partenaire. '.repeat(12);
    const {el} = await loaded((el) => {
      el.style.width = '320px';
      el.feed = {version: 1, partners: [{id: 'x', name: 'Sopot', country: 'PL', summary}]};
    });
    const node = shadow(el).querySelector<HTMLElement>('[part="summary"]')!;
    node.style.cssText = 'line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em';
    expect(node.scrollHeight).to.be.at.most(node.clientHeight + 1);
    expect(node.textContent).to.equal(summary);
  });

  it('is accessible while loading', async () => {
    const {el} = create((el) => (el.src = '/api/hang'));
    await oneEvent(el, 'loadstart');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<twin-cities> cards', () => {
  it('renders the cards as a list with headings at heading-level', async () => {
    const {el} = await loaded((el) => {
      el.headingLevel = 2;
      el.src = BAGNOLET;
    });
    // The list holds the cards and nothing else (no template markers between them).
    const list = shadow(el).querySelector('ul')!;
    expect([...list.childNodes]).to.deep.equal(cards(el));
    expect(cards(el)[0].tagName).to.equal('LI');
    expect(shadow(el).querySelectorAll('h2[part="name"]')).to.have.length(6);
  });

  it('falls back to level 3 for a heading-level outside 1 to 6', async () => {
    const {el} = await loaded((el) => {
      el.setAttribute('heading-level', '9');
      el.src = BAGNOLET;
    });
    expect(shadow(el).querySelectorAll('h3[part="name"]')).to.have.length(6);
  });

  it('writes "Lire la suite" with an accessible name that includes the partner', async () => {
    const {el} = await loaded((el) => (el.src = BAGNOLET));
    const link = cards(el)[1].querySelector('[part="link"]')!;
    expect(link.textContent!.trim()).to.equal('Lire la suite');
    expect(link.getAttribute('aria-label')).to.contain('Oranienburg');
  });

  it('shows country, region, population, since, summary and themes', async () => {
    const {el} = await loaded((el) => (el.src = BAGNOLET));
    const card = cards(el)[1];
    const part = (name: string) => card.querySelector(`[part="${name}"]`)?.textContent?.trim();
    expect(part('country')).to.equal('Allemagne');
    expect(part('region')).to.equal('Brandebourg');
    expect(part('population')).to.equal(
      `${new Intl.NumberFormat('fr').format(41810)}\u00a0habitants (2010)`
    );
    expect(part('since')).to.equal('1964');
    expect(card.querySelector('[part="since"]')!.parentElement!.textContent).to.equal('Jumelage depuis 1964');
    expect(part('summary')).to.contain('Berlin');
    expect(part('kind')).to.equal('Jumelage');
    expect(part('themes')).to.contain('Culture et patrimoine');
  });

  it('omits the population part when the feed has none', async () => {
    const {el} = await loaded((el) => (el.src = BAGNOLET));
    expect(cards(el)[5].querySelector('[part="population"]')).to.be.null;
  });

  it('renders the image with its alt text and lazy loading', async () => {
    const {el} = await loaded(
      (el) =>
        (el.feed = {
          version: 1,
          partners: [
            {
              id: 'oranienburg',
              name: 'Oranienburg',
              country: 'DE',
              image: {src: 'https://example.org/o.jpg', alt: {fr: 'Le château', de: 'Das Schloss'}},
            },
          ],
        })
    );
    const img = shadow(el).querySelector('img[part="image"]') as HTMLImageElement;
    expect(img.alt).to.equal('Le château');
    expect(img.getAttribute('loading')).to.equal('lazy');
  });
});

describe('<twin-cities> updates', () => {
  it('leaves the cards untouched when an unrelated property changes', async () => {
    const {el} = await loaded((el) => (el.src = BAGNOLET));
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(shadow(el), {subtree: true, childList: true, characterData: true, attributes: true});
    el.timeout = 5000;
    el.loading = 'lazy';
    await el.updateComplete;
    observer.disconnect();
    expect(records).to.be.empty;
  });

  it('re-renders in a new language without loading the feed again', async () => {
    const {el, events} = await loaded((el) => (el.src = BAGNOLET));
    el.setAttribute('lang', 'pl');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(cards(el)).to.have.length(6);
    expect(cards(el)[0].querySelector('[part="link"]')!.textContent!.trim()).to.equal('Czytaj więcej');
    expect(events).to.deep.equal(['loadstart', 'load', 'loadend']);
  });

  it('keeps the cards already shown when "show more" adds a page', async () => {
    const {el} = await loaded((el) => {
      el.pageSize = 2;
      el.feed = bagnolet;
    });
    const first = cards(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await el.updateComplete;
    expect(cards(el).slice(0, 2)).to.deep.equal(first);
  });
});

describe('<twin-cities> pages', () => {
  const many = (n: number) => ({
    version: 1,
    partners: Array.from({length: n}, (_, i) => ({id: `p${i}`, name: `Ville ${i}`, country: 'DE'})),
  });

  it('renders page-size cards and a "show more" button', async () => {
    const {el} = await loaded((el) => {
      el.pageSize = 2;
      el.feed = bagnolet;
    });
    expect(cards(el)).to.have.length(2);
    const more = shadow(el).querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.textContent!.trim()).to.equal('Afficher plus');
  });

  it('adds the next page, focuses its first card and announces the count', async () => {
    const {el} = await loaded((el) => {
      el.pageSize = 2;
      el.feed = bagnolet;
    });
    shadow(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(cards(el)).to.have.length(4);
    expect(shadow(el).activeElement).to.equal(cards(el)[2]);
    expect(shadow(el).textContent).to.contain('4 sur 6');
  });

  it('renders the first 100 cards of a 10 000-partner feed', async () => {
    const {el} = await loaded((el) => (el.feed = many(10000)));
    expect(cards(el)).to.have.length(100);
    expect(shadow(el).textContent).to.not.contain('Ville 100');
  });

  it('fits a 250 px sidebar (or a page zoomed to 200%) without scrolling sideways', async () => {
    const {el} = await loaded((el) => {
      el.style.width = '250px';
      el.feed = bagnolet;
    });
    for (const card of cards(el)) expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    const [first, second] = cards(el);
    expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().bottom - 1);
  });

  it('renders every card with page-size="0"', async () => {
    const {el} = await loaded((el) => {
      el.setAttribute('page-size', '0');
      el.feed = many(150);
    });
    expect(cards(el)).to.have.length(150);
    expect(shadow(el).querySelector('[part="more"]')).to.be.null;
  });
});
