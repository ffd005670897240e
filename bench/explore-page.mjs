/**
 * The in-page half of bench/explore.mjs: a keystroke in the `filters` search box,
 * against the same filtering done by hand (fold, filter, innerHTML of the cards of
 * bench/page.mjs), and the map drawn for a feed whose partners are all located.
 * Each function takes one sample and returns ms; timings run to the task after the
 * next frame (style, layout and paint included), as in bench/page.mjs.
 */
import {vanillaHTML, vanillaHost} from './page.mjs';

const stage = document.getElementById('stage');
const feeds = new Map();
/** What a user types, then deletes: every keystroke re-renders the list. */
const KEYSTROKES = ['b', 'be', 'ber', 'berg', 'ber', 'be', 'b', ''];

const raf = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const task = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
async function painted(t0) {
  await raf();
  await task();
  return performance.now() - t0;
}
async function quiet() {
  if (typeof window.gc === 'function') window.gc();
  await raf();
  await task();
}
function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** As src/core/fold.ts folds, by hand. */
const PLAIN = {ł: 'l', ø: 'o', đ: 'd', ß: 'ss'};
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[łøđß]/g, (c) => PLAIN[c]);
const textOf = (v) => (v === undefined ? '' : typeof v === 'string' ? v : (v.fr ?? Object.values(v)[0]));

async function newElement(n, attributes) {
  const el = document.createElement('twin-cities');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = new Promise((resolve) => el.addEventListener('load', resolve, {once: true}));
  el.feed = structuredClone(feeds.get(n));
  stage.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

async function type(el, query) {
  const box = el.shadowRoot.querySelector('[part="search"]');
  const t0 = performance.now();
  box.value = query;
  box.dispatchEvent(new Event('input'));
  return painted(t0);
}

window.explore = {
  async prepare(ns) {
    for (const n of ns) feeds.set(n, await (await fetch(`/feeds/${n}.json`)).json());
    // The map case: every partner located, spread over Europe and Africa.
    const all = structuredClone(feeds.get(200));
    all.partners.forEach((p, i) => (p.location ??= {lat: 60 - ((i * 7) % 60), lon: -10 + ((i * 13) % 50)}));
    feeds.set('map', all);
    return KEYSTROKES.length;
  },

  /** One sample: the mean of the keystrokes of KEYSTROKES, element or vanilla. */
  async keystrokes(n, variant, pageSize) {
    const times = [];
    if (variant === 'element') {
      const el = await newElement(n, {lang: 'fr', filters: '', 'page-size': String(pageSize)});
      for (const query of KEYSTROKES) {
        await quiet();
        times.push(await type(el, query));
      }
      check(el.shadowRoot.querySelectorAll('[part="card"]').length === (pageSize ? Math.min(pageSize, n) : n), 'wrong card count after the keystrokes');
      el.remove();
    } else {
      const feed = structuredClone(feeds.get(n));
      const host = vanillaHost();
      host.shadowRoot.innerHTML = vanillaHTML(feed, 'fr');
      // Folded once, as the element does: the hand-written page is as careful.
      const haystacks = feed.partners.map((p) => fold(`${textOf(p.name)}\n${textOf(p.region)}\n${textOf(p.summary)}`));
      for (const query of KEYSTROKES) {
        await quiet();
        const t0 = performance.now();
        const words = fold(query).split(/\s+/).filter(Boolean);
        const partners = feed.partners.filter((_, i) => words.every((w) => haystacks[i].includes(w)));
        host.shadowRoot.innerHTML = vanillaHTML({partners}, 'fr');
        times.push(await painted(t0));
      }
      check(host.shadowRoot.querySelectorAll('[part="card"]').length === n, 'vanilla: wrong card count after the keystrokes');
      host.remove();
    }
    return times.reduce((a, b) => a + b, 0) / times.length;
  },

  /** One sample: `map` turned on for a loaded element (its module already imported). */
  async map() {
    const el = await newElement('map', {lang: 'fr'});
    await quiet();
    el.map = true;
    await el.updateComplete;
    // The first time, the module is imported: wait for it, then time a fresh drawing.
    for (let i = 0; i < 200 && !el.shadowRoot.querySelector('svg[part="map"]'); i++) await new Promise((r) => setTimeout(r, 10));
    el.remove();
    const again = await newElement('map', {lang: 'fr'});
    await quiet();
    const t1 = performance.now();
    again.map = true;
    await again.updateComplete;
    const ms = await painted(t1);
    const markers = again.shadowRoot.querySelectorAll('[part="marker"]').length;
    check(markers === 200, `the map has ${markers} markers, expected 200`);
    again.remove();
    return {ms};
  },
};
window.exploreReady = true;
