/**
 * A hostile feed or partner cannot make the element work or remember without
 * bound: each test is a page that froze or swelled before, and must now get its
 * events within the test's usual time limit (the limit only stops a frozen page;
 * nothing here measures time).
 */
import {expect, oneEvent} from '@open-wc/testing';
import '../../src/element/define.js';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';
import type {LoadDetail, ReciprocityDetail} from '../../src/element/events.js';

const colombes = {version: 1, city: {name: 'Colombes', country: 'FR'}};

const json = (value: unknown) =>
  new Response(JSON.stringify(value), {headers: {'Content-Type': 'application/json'}});

/** Connects an element and resolves with it and its `reciprocity` event's detail. */
async function check(setup: (el: TwinCitiesElement) => void) {
  const el = document.createElement('twin-cities') as TwinCitiesElement;
  el.reciprocal = true;
  setup(el);
  const done = oneEvent(el, 'reciprocity');
  document.body.append(el);
  const {detail} = await done;
  return {el, detail: detail as ReciprocityDetail};
}

const marks = (el: Element) => el.shadowRoot!.querySelectorAll('[part="reciprocity"]');

afterEach(() => {
  for (const el of document.querySelectorAll('twin-cities')) el.remove();
});

describe('<twin-cities reciprocal> and a hostile partner', () => {
  it('stays responsive for a partner entry whose feed URL is a million slashes, and says it does not list us', async () => {
    const hostile = {
      version: 1,
      partners: [{id: 'x', name: 'X', country: 'FR', feed: `https://e.example/${'/'.repeat(1_000_000)}a`}],
    };
    const {detail} = await check((el) => {
      el.fetch = async () => json(hostile);
      el.feed = {...colombes, partners: [{id: 'evil', name: 'Evil', country: 'DE', feed: 'https://evil.example/feed.json'}]};
    });
    expect(detail).to.deep.equal({checked: 1, reciprocal: 0, missing: ['evil'], unreachable: [], unchecked: []});
  });

  it('reads the first 50 partner feeds, in feed order, and lists the others as unchecked, with no mark', async () => {
    const requested: string[] = [];
    // 80 partners, every fourth without a feed: 60 with one.
    const partners = Array.from({length: 80}, (_, i) => ({
      id: `p${i}`,
      name: `Stadt ${i}`,
      country: 'DE',
      ...(i % 4 !== 3 && {feed: `https://p${i}.example/feed.json`}),
    }));
    const withFeed = partners.filter((p) => p.feed !== undefined);
    const {el, detail} = await check((el) => {
      el.pageSize = 0;
      el.fetch = async (request) => {
        requested.push(new URL(request.url).hostname);
        return json({version: 1, partners: [{id: 'colombes', name: 'Colombes', country: 'FR'}]});
      };
      el.feed = {...colombes, partners};
    });
    expect(detail.checked).to.equal(50);
    expect(detail.reciprocal).to.equal(50);
    expect(detail.unchecked).to.deep.equal(withFeed.slice(50).map((p) => p.id));
    expect([...requested].sort()).to.deep.equal(withFeed.slice(0, 50).map((p) => `${p.id}.example`).sort());
    expect(marks(el).length).to.equal(50);
    for (const {id} of withFeed.slice(50)) {
      expect(el.shadowRoot!.querySelector(`[part="card"][data-id="${id}"] [part="reciprocity"]`), id).to.equal(null);
    }
  });

  it('keeps no partner feed in the page\'s shared requests: a second check reads them again', async () => {
    const reads = new Map<string, number>();
    const {el} = await check((el) => {
      el.fetch = async (request) => {
        const path = new URL(request.url).pathname;
        reads.set(path, (reads.get(path) ?? 0) + 1);
        if (path === '/jumelages.json') {
          return json({...colombes, partners: [{id: 'sopot', name: 'Sopot', country: 'PL', feed: '/sopot.json'}]});
        }
        return json({version: 1, partners: []});
      };
      el.src = '/jumelages.json';
    });
    const again = oneEvent(el, 'reciprocity');
    el.reload();
    await again;
    expect(reads.get('/jumelages.json')).to.equal(2);
    expect(reads.get('/sopot.json')).to.equal(2);
  });

  it('sends no Referer and no cookie with a feed or a partner feed request', async () => {
    document.cookie = 'twin-cities-test=1; path=/';
    try {
      const {el, detail} = await check((el) => {
        el.src = '/api/anonymous?own';
      });
      const name = el.shadowRoot!.querySelector('[part="card"] [part="name"]')?.textContent?.trim();
      expect(name).to.equal('Colombes');
      expect(detail.checked).to.equal(0);

      const {detail: partner} = await check((el) => {
        el.feed = {...colombes, partners: [{id: 'p', name: 'P', country: 'DE', feed: '/api/anonymous?partner'}]};
      });
      expect(partner).to.include({checked: 1, reciprocal: 1});
    } finally {
      document.cookie = 'twin-cities-test=; path=/; max-age=0';
    }
  });
});

describe('<twin-cities> and a feed of millions of problems', () => {
  it('describes the first 1 000 problems in load and counts them all', async () => {
    const el = document.createElement('twin-cities') as TwinCitiesElement;
    el.feed = {version: 1, partners: [{id: 'a', name: 'A', country: 'FR', themes: new Array(2_400_000).fill(0)}]};
    const loaded = oneEvent(el, 'load');
    document.body.append(el);
    const {detail} = (await loaded) as CustomEvent<LoadDetail>;
    expect(detail.partners).to.equal(1);
    expect(detail.problemCount).to.equal(2_400_000);
    expect(detail.problems.length).to.equal(1000);
    expect(detail.problems[0].path).to.equal('partners[0].themes[0]');
    expect(detail.problems[999].path).to.equal('partners[0].themes[999]');
    expect(detail.problems[0].message).to.be.a('string').and.not.equal('');
  });

  it('gives problemCount equal to the problems listed when there are fewer than 1 000', async () => {
    const el = document.createElement('twin-cities') as TwinCitiesElement;
    el.feed = {version: 1, partners: [{id: 'a', name: 'A', country: 'FR', url: 'javascript:alert(1)'}]};
    const loaded = oneEvent(el, 'load');
    document.body.append(el);
    const {detail} = (await loaded) as CustomEvent<LoadDetail>;
    expect(detail.problemCount).to.equal(1);
    expect(detail.problems.map((p) => p.path)).to.deep.equal(['partners[0].url']);
  });
});
