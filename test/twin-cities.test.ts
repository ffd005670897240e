import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/define.js';
import type {TwinCitiesElement} from '../src/twin-cities.js';

const BAGNOLET = '/demo/feeds/bagnolet.json';
const COLOMBES = '/demo/feeds/colombes.json';

const shadow = (el: Element) => el.shadowRoot!;
const cards = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part="card"]')];
const names = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="name"]')].map((n) => n.textContent!.trim());
const status = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="status"]');

let bagnolet: {partners: {id: string}[]};
before(async () => {
  document.documentElement.lang = 'fr';
  bagnolet = await (await fetch(BAGNOLET)).json();
});

/** Creates an element, records every load event it fires, then connects it. */
function create(setup: (el: TwinCitiesElement) => void = () => {}) {
  const el = document.createElement('twin-cities');
  const events: string[] = [];
  for (const type of ['loadstart', 'load', 'error', 'loadend']) {
    el.addEventListener(type, () => events.push(type));
  }
  setup(el);
  document.body.append(el);
  return {el, events};
}

async function loaded(setup: (el: TwinCitiesElement) => void) {
  const {el, events} = create(setup);
  await oneEvent(el, 'loadend');
  return {el, events};
}

afterEach(() => {
  for (const el of document.querySelectorAll('twin-cities')) el.remove();
});

describe('<twin-cities> data sources', () => {
  it('renders one card per partner of the feed at src, in feed order', async () => {
    const {el} = await loaded((el) => (el.src = BAGNOLET));
    expect(names(el)).to.deep.equal([
      'Sesto Fiorentino',
      'Oranienburg',
      'Chatila',
      'Massala',
      'Akbou',
      'Le Robert',
    ]);
  });

  it('renders an inline <script type="application/json"> feed', async () => {
    const el = await fixture<TwinCitiesElement>(html`<twin-cities
      ><script type="application/json">
        {"version": 1, "partners": [{"id": "sopot", "name": "Sopot", "country": "PL"}]}
      </script></twin-cities
    >`);
    await oneEvent(el, 'loadend');
    expect(names(el)).to.deep.equal(['Sopot']);
  });

  it('renders a feed object set on the feed property', async () => {
    const {el} = await loaded((el) => (el.feed = bagnolet));
    expect(cards(el)).to.have.length(6);
  });

  it('prefers the feed property over src, and src over the inline feed', async () => {
    const inline = document.createElement('script');
    inline.type = 'application/json';
    inline.textContent = JSON.stringify({version: 1, partners: [{id: 'a', name: 'Inline', country: 'FR'}]});
    const {el} = await loaded((el) => {
      el.append(inline.cloneNode(true));
      el.src = COLOMBES;
    });
    expect(names(el)[0]).to.equal('Frankenthal');
    el.feed = {version: 1, partners: [{id: 'p', name: 'Property', country: 'FR'}]};
    await oneEvent(el, 'loadend');
    expect(names(el)).to.deep.equal(['Property']);
  });

  it('picks up an inline feed that a CMS adds after the element', async () => {
    const {el} = create();
    await el.updateComplete;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"version":1,"partners":[{"id":"akbou","name":"Akbou","country":"DZ"}]}';
    const done = oneEvent(el, 'loadend');
    el.append(script);
    await done;
    expect(names(el)).to.deep.equal(['Akbou']);
  });

  it('says so when it has no feed at all', async () => {
    const {el} = create();
    await el.updateComplete;
    expect(status(el)!.textContent).to.contain('src');
  });

  it('resolves partner URLs against the feed URL', async () => {
    const {el} = await loaded((el) => (el.src = BAGNOLET));
    const link = shadow(el).querySelector('a[part="link"]') as HTMLAnchorElement;
    expect(link.href).to.equal('https://www.ville-bagnolet.fr/jumelage/sesto-fiorentino');
  });
});

describe('<twin-cities> events', () => {
  for (const [label, setup] of [
    ['src', (el: TwinCitiesElement) => (el.src = BAGNOLET)],
    ['feed property', (el: TwinCitiesElement) => (el.feed = bagnolet)],
    [
      'inline feed',
      (el: TwinCitiesElement) => {
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = JSON.stringify(bagnolet);
        el.append(s);
      },
    ],
  ] as const) {
    it(`fires loadstart, load, loadend for a ${label}`, async () => {
      const {events} = await loaded(setup);
      expect(events).to.deep.equal(['loadstart', 'load', 'loadend']);
    });
  }

  it('reports the number of valid partners and the problems in load', async () => {
    const feed = {
      version: 1,
      partners: [
        {id: 'sopot', name: 'Sopot', country: 'PL', url: 'javascript:alert(1)'},
        {id: 'x', name: 'Nowhere', country: 'ZZ'},
      ],
    };
    const {el} = create();
    el.feed = feed;
    const {detail} = await oneEvent(el, 'load');
    expect(detail.partners).to.equal(1);
    expect(detail.problems.map((p: {path: string}) => p.path)).to.deep.equal([
      'partners[0].url',
      'partners[1].country',
    ]);
    expect(detail.problems[0].message).to.be.a('string').and.not.be.empty;
  });

  it('fires error with kind and status for a 404, then loadend', async () => {
    const {el, events} = create((el) => (el.src = '/api/status/404'));
    const error = oneEvent(el, 'error');
    await oneEvent(el, 'loadend');
    const {detail} = await error;
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(404);
    expect(detail.message).to.contain('/api/status/404');
    expect(events).to.deep.equal(['loadstart', 'error', 'loadend']);
  });

  it('does not bubble its events', async () => {
    let bubbled = 0;
    const count = () => bubbled++;
    for (const type of ['loadstart', 'load', 'loadend']) document.addEventListener(type, count);
    await loaded((el) => (el.src = BAGNOLET));
    for (const type of ['loadstart', 'load', 'loadend']) document.removeEventListener(type, count);
    expect(bubbled).to.equal(0);
  });
});

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
      document.documentElement.style.colorScheme = 'light dark';
      document.body.style.background = '#0d1117';
      const {el} = await loaded((el) => (el.src = BAGNOLET));
      const card = cards(el)[0];
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(28, 33, 40)');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
      await emulateMedia({colorScheme: 'light'});
    }
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

describe('<twin-cities> network', () => {
  it('gives up after timeout milliseconds with a timeout error', async () => {
    const {el} = create((el) => {
      el.timeout = 150;
      el.src = '/api/hang';
    });
    const {detail} = await oneEvent(el, 'error');
    expect(detail.kind).to.equal('timeout');
  });

  it('shows only the newest src when an older answer comes last', async () => {
    const slow = `/api/delay?ms=400&file=${COLOMBES.slice(1)}`;
    const {el, events} = create((el) => (el.src = slow));
    await oneEvent(el, 'loadstart');
    el.src = BAGNOLET;
    await oneEvent(el, 'loadend');
    await new Promise((r) => setTimeout(r, 500));
    expect(names(el)[0]).to.equal('Sesto Fiorentino');
    expect(events.filter((e) => e === 'load')).to.have.length(1);
  });

  it('reload() fetches src again', async () => {
    let requests = 0;
    const {el} = await loaded((el) => {
      el.fetch = (request) => {
        requests++;
        return window.fetch(request);
      };
      el.src = '/demo/feeds/colombes.json?reload';
    });
    el.reload();
    await oneEvent(el, 'loadend');
    expect(requests).to.equal(2);
    expect(cards(el)).to.have.length(5);
  });

  it('makes one request for several elements with the same src', async () => {
    await fetch('/api/count-reset');
    const src = `/api/count?file=${BAGNOLET.slice(1)}`;
    const loads = [1, 2, 3].map(() => {
      const {el} = create((el) => (el.src = src));
      return oneEvent(el, 'load');
    });
    await Promise.all(loads);
    expect(await (await fetch(`/api/count-value?file=${BAGNOLET.slice(1)}`)).json()).to.equal(1);
  });

  it('fetches nothing with loading="lazy" until it nears the viewport', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.prepend(spacer);
    let requests = 0;
    const {el} = create((el) => {
      el.loading = 'lazy';
      el.fetch = (request) => {
        requests++;
        return window.fetch(request);
      };
      el.src = `${BAGNOLET}?lazy`;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(requests).to.equal(0);
    expect(status(el)!.textContent).to.contain('Chargement');
    const done = oneEvent(el, 'load');
    el.scrollIntoView();
    await done;
    expect(requests).to.equal(1);
    spacer.remove();
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
      `${new Intl.NumberFormat('fr').format(41810)} habitants (2010)`
    );
    expect(part('since')).to.equal('Jumelée depuis 1964');
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

describe('twin-cities definition', () => {
  it('tolerates the built bundle being loaded twice', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    // Two URLs, two module instances: like a CMS page with the snippet twice.
    await import('/dist/twin-cities.js?copy=1' as string);
    await import('/dist/twin-cities.js?copy=2' as string);
    window.removeEventListener('error', onError);
    expect(errors).to.be.empty;
    expect(customElements.get('twin-cities')).to.exist;
  });
});
