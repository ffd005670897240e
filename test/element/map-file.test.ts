/**
 * The BUILT files (`npm run build` first): dist/twin-cities.js imports
 * dist/twin-cities-map.js from beside itself, on the strict Content-Security-Policy
 * page of test/server/csp.mjs (no inline script or style, Trusted Types); and when
 * that file is missing (a 404), the cards show and the map's place says so.
 */
import {expect} from '@open-wc/testing';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** The CSP page in an iframe, once #explore has loaded and its map's place is filled. */
async function openPage(query: string) {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  frame.src = `/csp/page.html?policy=strict&explore=1&${query}`;
  document.body.append(frame);
  frames.push(frame);
  await new Promise((r) => frame.addEventListener('load', r, {once: true}));
  const win = frame.contentWindow as any;
  const el = () => frame.contentDocument!.getElementById('explore')!;
  for (let i = 0; i < 250; i++) {
    const root = el()?.shadowRoot;
    if (win.__csp?.events.explore?.some((e: any) => e.type === 'loadend') && root?.querySelector('[part~="map"]')) break;
    await sleep(20);
  }
  await sleep(50); // violation events are queued as tasks
  return {win, root: el().shadowRoot!};
}

describe('the map file', () => {
  it('loads from beside the bundle and draws under a strict CSP, with filters and sort', async () => {
    const {win, root} = await openPage('');
    expect(win.__csp.violations, 'CSP violations').to.deep.equal([]);
    expect(win.__csp.errors, 'errors in the page').to.deep.equal([]);
    const map = root.querySelector('[part~="map"]')!;
    expect(map.localName).to.equal('svg');
    // Bagnolet: five of six partners have a location; the town too.
    expect([...root.querySelectorAll('[part~="marker"]')].map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Akbou',
      'Chatila',
      'Le Robert',
      'Oranienburg',
      'Sesto Fiorentino',
    ]);
    expect(root.querySelector('[part~="home"]')).to.not.equal(null);
    // The map's constructed style sheet applies (no inline style needed).
    expect(win.getComputedStyle(root.querySelector('[part~="marker"] text')!).visibility).to.equal('hidden');
    expect(win.getComputedStyle(map).display).to.equal('block');
    expect(root.querySelectorAll('[part="card"]')).to.have.length(6);
    expect(root.querySelector('[part="filters"]')).to.not.equal(null);
  });

  it('when missing, leaves the cards as usual and says so in the map’s place', async () => {
    const {win, root} = await openPage('nomap=1');
    expect(win.__csp.events.explore.map((e: any) => e.type)).to.deep.equal(['loadstart', 'load', 'loadend']);
    const place = root.querySelector('[part~="map"]')!;
    expect(place.localName).to.equal('p');
    expect(place.textContent).to.equal('La carte n’a pas pu être chargée.');
    expect(root.querySelectorAll('[part="card"]')).to.have.length(6);
    expect(root.querySelector('[part~="marker"]')).to.equal(null);
  });
});
