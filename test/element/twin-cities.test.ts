/**
 * <twin-cities> behaviour (README, API): where the feed comes from, the
 * events around each load, the network, and the definition.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';
import {BAGNOLET, COLOMBES, shadow, cards, names, status, bagnolet, create, loaded, cleanPage} from './element-helpers.js';

cleanPage();

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
