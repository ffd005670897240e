import {expect, oneEvent} from '@open-wc/testing';
import '../../src/element/define.js';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';

const shadow = (el: Element) => el.shadowRoot!;
const mark = (el: Element, id: string) =>
  shadow(el)
    .querySelector(`[part="card"][data-id="${id}"] [part="reciprocity"]`)
    ?.textContent?.trim();

/** Connects an element and resolves with it and its `reciprocity` event's detail. */
async function check(setup: (el: TwinCitiesElement) => void) {
  const el = document.createElement('twin-cities') as TwinCitiesElement;
  el.reciprocal = true;
  setup(el);
  const done = oneEvent(el, 'reciprocity');
  document.body.append(el);
  const {detail} = await done;
  return {el, detail};
}

afterEach(() => {
  for (const el of document.querySelectorAll('twin-cities')) el.remove();
});

describe('<twin-cities reciprocal>', () => {
  it('marks who lists Colombes back, who does not, and reports the unreachable feed', async () => {
    const {el, detail} = await check((el) => {
      el.lang = 'fr';
      el.src = '/demo/feeds/colombes.json';
    });
    expect(detail).to.deep.equal({checked: 3, reciprocal: 1, missing: ['sopot'], unreachable: ['ras-jebel'], unchecked: []});
    expect(mark(el, 'frankenthal')).to.equal('Partenariat affiché par les deux villes');
    expect(mark(el, 'sopot')).to.equal('Sopot ne mentionne pas encore ce partenariat');
    expect(mark(el, 'ras-jebel')).to.be.undefined;
    expect(mark(el, 'viana-do-castelo')).to.be.undefined;
  });

  it('recognizes a partner that points at this feed by URL, in German', async () => {
    const {el, detail} = await check((el) => {
      el.lang = 'de';
      el.src = '/demo/feeds/bagnolet.json';
    });
    expect(detail.reciprocal).to.equal(1);
    expect(mark(el, 'oranienburg')).to.equal('Von beiden Städten aufgeführt');
  });

  it('takes the URL a redirect ends at as the feed\'s own, for relative URLs and matching', async () => {
    const {el, detail} = await check((el) => {
      el.lang = 'fr';
      el.src = '/api/redirect?to=/demo/feeds/bagnolet.json';
    });
    expect(detail).to.include({checked: 1, reciprocal: 1});
    expect(mark(el, 'oranienburg')).to.equal('Partenariat affiché par les deux villes');
  });

  it('reads nothing and marks nothing without the attribute', async () => {
    const requested: string[] = [];
    const el = document.createElement('twin-cities') as TwinCitiesElement;
    el.fetch = (request) => {
      requested.push(new URL(request.url).pathname);
      return window.fetch(request);
    };
    el.src = '/demo/feeds/colombes.json?plain';
    const loaded = oneEvent(el, 'load');
    document.body.append(el);
    await loaded;
    await new Promise((r) => setTimeout(r, 300));
    expect(requested).to.deep.equal(['/demo/feeds/colombes.json']);
    expect(shadow(el).querySelector('[part="reciprocity"]')).to.be.null;
  });

  it('checks nothing for a feed that gives neither its URL nor its city', async () => {
    const {detail} = await check(
      (el) =>
        (el.feed = {
          version: 1,
          partners: [{id: 'sopot', name: 'Sopot', country: 'PL', feed: '/demo/feeds/sopot.json'}],
        })
    );
    expect(detail).to.deep.equal({checked: 0, reciprocal: 0, missing: [], unreachable: [], unchecked: []});
  });

  it('reads at most 4 partner feeds at a time', async () => {
    let open = 0;
    let most = 0;
    const partners = Array.from({length: 9}, (_, i) => ({
      id: `p${i}`,
      name: `Ville ${i}`,
      country: 'DE',
      feed: `/api/delay?ms=150&file=demo/feeds/sopot.json&n=${i}`,
    }));
    const {detail} = await check((el) => {
      el.fetch = async (request) => {
        open++;
        most = Math.max(most, open);
        try {
          const response = await window.fetch(request);
          await response.clone().text();
          return response;
        } finally {
          open--;
        }
      };
      el.feed = {version: 1, city: {name: 'Colombes', country: 'FR'}, partners};
    });
    expect(detail.checked).to.equal(9);
    expect(most).to.equal(4);
  });

  it('starts checking when the attribute is added after the cards show', async () => {
    const el = document.createElement('twin-cities') as TwinCitiesElement;
    el.src = '/demo/feeds/colombes.json';
    const loaded = oneEvent(el, 'load');
    document.body.append(el);
    await loaded;
    const done = oneEvent(el, 'reciprocity');
    el.reciprocal = true;
    const {detail} = await done;
    expect(detail.missing).to.deep.equal(['sopot']);
  });

  it('is accessible with its marks', async () => {
    const {el} = await check((el) => (el.src = '/demo/feeds/colombes.json'));
    await expect(el).to.be.accessible();
  });
});
