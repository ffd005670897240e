/**
 * Robustness, element level, how it comes in: size and time caps, failing networks,
 * races between sources, and the events around each load (loadstart → load|error →
 * loadend, without bubbling).
 */
import {expect} from '@open-wc/testing';
import {
  FIX,
  sleep,
  loadend,
  attach,
  mount,
  text,
  give,
  root,
  status,
  ids,
  card,
  types,
  expectSequence,
  expectError,
  checkThePage,
} from './robustness-helpers.js';


/* ---------- 3. size and time caps ---------- */

describe('robustness: size and time caps', () => {
  it('over 5 MB announced by Content-Length → invalid', async () => {
    const {el, events} = await mount((el) => (el.src = '/api/big-declared?mb=6'));
    expectError(el, events, 'invalid', /5\u00a0Mo/);
  });

  it('over 5 MB while streaming (no Content-Length) → invalid', async () => {
    const {el, events} = await mount((el) => (el.src = '/api/big?mb=6'), {wait: 8000});
    expectError(el, events, 'invalid', /5\u00a0Mo/);
  });

  it('a 50 KB gzip body that inflates to 50 MB → invalid: the cap counts what is read, not what was sent', async () => {
    const sent = await fetch('/api/gzip-bomb?mb=50', {method: 'HEAD'});
    expect(Number(sent.headers.get('Content-Length')), 'the test server sends a small body').to.be.below(200_000);
    const {el, events} = await mount((el) => (el.src = '/api/gzip-bomb?mb=50'), {wait: 8000});
    expectError(el, events, 'invalid', /5\u00a0Mo/);
  });

  it('a 4 MB feed (under the cap) loads', async () => {
    const {el, events} = await mount((el) => (el.src = '/api/big?mb=4'), {wait: 8000});
    expectSequence(events, 'load');
    expect(events[1].detail.partners).to.equal(0);
    expect(status(el)!.getAttribute('role')).to.equal('status');
  });

  it('timeout="200" on a hanging server → timeout (long before the default 15 s)', async () => {
    const {el, events} = await mount((el) => {
      el.setAttribute('timeout', '200');
      el.src = '/api/hang';
    });
    expectError(el, events, 'timeout', /\/api\/hang/);
  });

  it('the timeout also bounds a slow answer', async () => {
    const {el, events} = await mount((el) => {
      el.setAttribute('timeout', '150');
      el.src = '/api/delay?ms=1500&file=demo/feeds/colombes.json';
    });
    expectError(el, events, 'timeout');
  });
});

/* ---------- 4. network faults ---------- */

const otherHost = () => (location.hostname === 'localhost' ? '127.0.0.1' : 'localhost');

describe('robustness: network faults', () => {
  for (const code of [404, 410, 403, 500, 503]) {
    it(`HTTP ${code} → http error with status ${code}`, async () => {
      const {el, events} = await mount((el) => (el.src = `/api/status/${code}`));
      const detail = expectError(el, events, 'http', new RegExp(`${code}`));
      expect(detail.status).to.equal(code);
      expect(detail.message).to.contain(`/api/status/${code}`);
    });
  }

  it('a refused connection (127.0.0.1:9) → network, mentioning Access-Control-Allow-Origin', async () => {
    const {el, events} = await mount((el) => (el.src = 'http://127.0.0.1:9/feed.json'));
    const detail = expectError(el, events, 'network', /Access-Control-Allow-Origin/);
    expect(detail.status).to.equal(undefined);
  });

  it('a closed ordinary port (127.0.0.1:1) → network', async () => {
    const {el, events} = await mount((el) => (el.src = 'http://127.0.0.1:1/feed.json'));
    expectError(el, events, 'network', /Access-Control-Allow-Origin/);
  });

  it('a CORS refusal → network, mentioning Access-Control-Allow-Origin', async () => {
    const url = `${location.protocol}//${otherHost()}:${location.port}/api/no-cors?file=demo/feeds/bagnolet.json`;
    const {el, events} = await mount((el) => (el.src = url));
    const detail = expectError(el, events, 'network', /Access-Control-Allow-Origin/);
    expect(detail.message).to.contain(otherHost());
  });

  it('a redirect to another origin that allows it: the feed loads, relative URLs resolve there', async () => {
    const host = otherHost();
    const src = `/api/redirect?host=${host}&to=${encodeURIComponent('/api/cors?file=test/fixtures/robustness/relative-urls.json')}`;
    const {el, events} = await mount((el) => (el.src = src));
    expectSequence(events, 'load');
    const link = root(el).querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(new URL(link.href).host).to.equal(`${host}:${location.port}`);
  });

  it('a redirect to another origin that does not allow it → network', async () => {
    const src = `/api/redirect?host=${otherHost()}&to=${encodeURIComponent('/api/no-cors?file=demo/feeds/bagnolet.json')}`;
    const {el, events} = await mount((el) => (el.src = src));
    expectError(el, events, 'network', /Access-Control-Allow-Origin/);
  });

  it('a src that is not a URL → network', async () => {
    const {el, events} = await mount((el) => (el.src = 'http://[not a host/feed.json'));
    expectError(el, events, 'network');
  });

  it('a javascript: src → network error, and nothing runs', async () => {
    const {el, events} = await mount((el) => (el.src = 'javascript:window.__pwned=3'));
    expectError(el, events, 'network');
    await sleep(50);
    expect((window as any).__pwned).to.equal(undefined);
  });

  it('markup in the src shows as text in the error message', async () => {
    const src = '/api/status/404?<img src=x onerror="window.__pwned=4">';
    const {el, events} = await mount((el) => (el.src = src));
    expectError(el, events, 'http');
    expect(status(el)!.textContent).to.contain('<img src=x onerror="window.__pwned=4">');
    expect(root(el).querySelectorAll('img')).to.have.length(0);
    await sleep(50);
    expect((window as any).__pwned).to.equal(undefined);
  });

  it('a body that is not UTF-8 (Windows-1252) loads, with replacement characters', async () => {
    const {el, events} = await mount((el) => (el.src = FIX + 'windows-1252.json'));
    expectSequence(events, 'load');
    expect(ids(el)).to.deep.equal(['latin1']);
    expect(card(el, 'latin1').querySelector('[part="name"]')!.textContent).to.contain('\uFFFD');
  });

  it('an HTML page served with 200 → parse', async () => {
    const {el, events} = await mount((el) => (el.src = '/api/html'));
    expectError(el, events, 'parse', /JSON/);
  });
});

/* ---------- races ---------- */

const BAGNOLET = ['sesto-fiorentino', 'oranienburg', 'chatila', 'massala', 'akbou', 'le-robert'];
const COLOMBES = ['frankenthal', 'sopot', 'viana-do-castelo', 'ras-jebel', 'gueule-tapee-fass-colobane'];
let unique = 0;
/** A fresh URL each time, so the page's shared cache never answers. */
const delayed = (ms: number, file: string) => `/api/delay?ms=${ms}&file=${file}&n=${unique++}`;

describe('robustness: races', () => {
  it('reload() during a load abandons the earlier one: one load, one loadend', async () => {
    const {el, events} = attach((el) => (el.src = delayed(400, 'demo/feeds/bagnolet.json')));
    await new Promise((r) => el.addEventListener('loadstart', r, {once: true}));
    await sleep(50);
    el.reload();
    await loadend(el, events);
    await sleep(600); // the first request would have answered by now
    expect(types(events)).to.deep.equal(['loadstart', 'loadstart', 'load', 'loadend']);
    expect(ids(el)).to.deep.equal(BAGNOLET);
  });

  it('three rapid src changes (the first ones slow) show only the last feed, with one load', async () => {
    const {el, events} = attach((el) => (el.src = delayed(600, 'demo/feeds/colombes.json')));
    await sleep(40);
    el.src = delayed(400, 'demo/feeds/colombes.json');
    await sleep(40);
    el.src = delayed(0, 'demo/feeds/bagnolet.json');
    await loadend(el, events);
    await sleep(800); // both slow answers have arrived
    expect(types(events).filter((t) => t !== 'loadstart')).to.deep.equal(['load', 'loadend']);
    expect(types(events).at(-1)).to.equal('loadend');
    expect(ids(el)).to.deep.equal(BAGNOLET);
  });

  it('three src changes in one task: one loadstart, one load, the last feed', async () => {
    const {el, events} = attach(() => {});
    el.src = delayed(300, 'demo/feeds/colombes.json');
    el.src = delayed(200, 'demo/feeds/colombes.json');
    el.src = delayed(0, 'demo/feeds/bagnolet.json');
    await loadend(el, events);
    await sleep(450);
    expect(types(events)).to.deep.equal(['loadstart', 'load', 'loadend']);
    expect(ids(el)).to.deep.equal(BAGNOLET);
  });

  it('a slow newer src wins over a fast older one that was replaced', async () => {
    const {el, events} = attach((el) => (el.src = delayed(150, 'demo/feeds/bagnolet.json')));
    await sleep(40);
    el.src = delayed(400, 'demo/feeds/colombes.json');
    await loadend(el, events);
    await sleep(100);
    expect(types(events).filter((t) => t !== 'loadstart')).to.deep.equal(['load', 'loadend']);
    expect(ids(el)).to.deep.equal(COLOMBES);
  });

  it('the feed property set during a src load wins, and the src answer is dropped', async () => {
    const {el, events} = attach((el) => (el.src = delayed(300, 'demo/feeds/bagnolet.json')));
    await sleep(40);
    el.feed = {version: 1, partners: [{id: 'prop', name: 'Property', country: 'PL'}]};
    await loadend(el, events);
    await sleep(400);
    expect(types(events).filter((t) => t !== 'loadstart')).to.deep.equal(['load', 'loadend']);
    expect(ids(el)).to.deep.equal(['prop']);
  });

  it('removing the element during a load fires nothing more', async () => {
    const {el, events} = attach((el) => (el.src = delayed(200, 'demo/feeds/bagnolet.json')));
    await new Promise((r) => el.addEventListener('loadstart', r, {once: true}));
    el.remove();
    await sleep(350);
    expect(types(events)).to.deep.equal(['loadstart']);
  });
});

/* ---------- events and the page ---------- */

describe('robustness: events and the page', () => {
  for (const via of ['src', 'inline', 'feed'] as const) {
    it(`via ${via}: loadstart → load → loadend, then loadstart → error → loadend`, async () => {
      const good = await text('empty-partners.json');
      const {events} = await mount((el) => give(el, via, 'empty-partners.json', good));
      expectSequence(events, 'load');
      const bad = await text('version-2.json');
      const second = await mount((el) => give(el, via, 'version-2.json', bad));
      expectSequence(second.events, 'error');
    });
  }
});

checkThePage();
