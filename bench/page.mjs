/**
 * The in-page half of the benchmark: bench/run.mjs opens bench/page.html and calls
 * `window.bench.*` with page.evaluate; every function returns raw samples (ms,
 * bytes, counts) and run.mjs does the statistics.
 *
 * Timing points, all `performance.now()`:
 *   t0     just before `el.feed = data` (element) or before building the HTML string (vanilla);
 *   load   the element's `load` event (vanilla: right after `innerHTML`) — script work only;
 *   raf    the next `requestAnimationFrame` callback after that — the "cards painted";
 *   paint  a task posted from that rAF callback — runs after the frame's style, layout
 *          and paint, so it also counts the browser laying out the new cards.
 */
import '../dist/twin-cities.js';

const stage = document.getElementById('stage');
const feeds = new Map();

/** Full collections until the heap stops shrinking (weak callbacks need more than one). */
async function gc() {
  if (typeof window.gc !== 'function') return;
  let last = Infinity;
  for (let i = 0; i < 5; i++) {
    window.gc();
    await task();
    const used = performance.memory.usedJSHeapSize;
    if (used >= last) break;
    last = used;
  }
}
const raf = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const task = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Time to the next rAF and to the task after that frame, from `t0`. */
async function frame(t0) {
  await raf();
  const tRaf = performance.now();
  await task();
  return {raf: tRaf - t0, paint: performance.now() - t0};
}

/** Lets the previous run's garbage and layout settle before the next measurement. */
async function quiet() {
  await gc();
  await raf();
  await task();
  await sleep(0);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Resolves with the `load` event's detail; rejects on `error` or after 60 s. */
function nextLoad(el) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no load event within 60 s')), 60000);
    el.addEventListener('load', (e) => (clearTimeout(timer), resolve(e.detail)), {once: true});
    el.addEventListener(
      'error',
      (e) => (clearTimeout(timer), reject(new Error(`error event: ${JSON.stringify(e.detail)}`))),
      {once: true}
    );
  });
}

/** Every node under `root` (elements, text, comments), and the elements alone. */
function countNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let nodes = 0;
  let elements = 0;
  while (walker.nextNode()) {
    nodes++;
    if (walker.currentNode.nodeType === Node.ELEMENT_NODE) elements++;
  }
  return {nodes, elements};
}

const cardsOf = (root) => root.querySelectorAll('[part="card"]');

/**
 * When the update that a change just asked for completes. `lang` reaches the element
 * through a MutationObserver, a microtask queued before this one: by the time this
 * `then` runs, the update is requested and `updateComplete` waits for it.
 */
const settled = (el) => Promise.resolve().then(() => el.updateComplete).then(() => performance.now());

// ---------------------------------------------------------------------------
// Vanilla baseline: the same cards (same tags, classes, parts and stylesheet) from
// one template string and one innerHTML, into a shadow root.

const LABELS = {
  fr: {
    kind: {twinning: 'Jumelage', cooperation: 'Coopération décentralisée', friendship: 'Amitié'},
    since: [' depuis ', ''],
    theme: {
      institutions: 'Appui institutionnel', environment: 'Environnement', water: 'Eau et assainissement',
      energy: 'Énergies renouvelables', waste: 'Gestion des déchets', culture: 'Culture et patrimoine',
      education: 'Éducation, jeunesse et sport', inclusion: 'Inclusion et action sociale',
      'social-economy': 'Économie sociale et solidaire',
    },
    inhabitants: {one: 'habitant', other: 'habitants', many: 'habitants'},
    about: 'environ',
    readMore: 'Lire la suite',
    readMoreLabel: 'Lire la suite : ',
  },
  pl: {
    kind: {twinning: 'Partnerstwo miast', cooperation: 'Współpraca zdecentralizowana', friendship: 'Przyjaźń'},
    since: [' od ', '\u00a0r.'],
    theme: {
      institutions: 'Wsparcie instytucjonalne', environment: 'Środowisko', water: 'Woda i kanalizacja',
      energy: 'Energia odnawialna', waste: 'Gospodarka odpadami', culture: 'Kultura i dziedzictwo',
      education: 'Edukacja, młodzież i sport', inclusion: 'Integracja i pomoc społeczna',
      'social-economy': 'Ekonomia społeczna i solidarna',
    },
    inhabitants: {one: 'mieszkaniec', few: 'mieszkańców', many: 'mieszkańców', other: 'mieszkańca'},
    about: 'około',
    readMore: 'Czytaj dalej',
    readMoreLabel: 'Czytaj dalej: ',
  },
};

const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Feed text in `lang`: the tag, then `fr`, then the first value; `lang` set when foreign. */
function text(value, lang) {
  if (typeof value === 'string') return {text: value};
  if (lang in value) return {text: value[lang]};
  if ('fr' in value) return {text: value.fr, lang: lang === 'fr' ? undefined : 'fr'};
  const [first, t] = Object.entries(value)[0];
  return {text: t, lang: first};
}
const langAttr = (t) => (t.lang ? ` lang="${escape(t.lang)}"` : '');

function vanillaHTML(feed, lang) {
  const L = LABELS[lang];
  const countries = new Intl.DisplayNames(lang, {type: 'region', fallback: 'code'});
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  let html = '';
  for (const p of feed.partners) {
    const name = text(p.name, lang);
    const kind = p.kind ?? 'twinning';
    html += `<li part="card" class="card" data-id="${escape(p.id)}">`;
    if (p.image) {
      const alt = p.image.alt ? text(p.image.alt, lang) : {text: ''};
      html += `<img part="image" alt="${escape(alt.text)}"${langAttr(alt)} width="640" height="360" loading="lazy" decoding="async" referrerpolicy="no-referrer" src="${escape(p.image.src)}">`;
    }
    html += '<div class="body">';
    html += `<h3 part="name" class="name" dir="auto"${langAttr(name)} title="${escape(name.text)}">${escape(name.text)}</h3>`;
    html += '<p class="where">';
    if (p.region) {
      const region = text(p.region, lang);
      html += `<span part="region" dir="auto"${langAttr(region)}>${escape(region.text)}</span><span class="sep">, </span>`;
    }
    html += `<span part="country">${escape(countries.of(p.country.toUpperCase()))}</span></p>`;
    html += `<p class="relation"><span part="kind">${L.kind[kind]}</span>`;
    if (p.since !== undefined) html += `${L.since[0]}<span part="since">${p.since}</span>${L.since[1]}`;
    html += '</p>';
    if (p.population !== undefined) {
      const pop = typeof p.population === 'number' ? {value: p.population} : p.population;
      let s = `${numbers.format(pop.value)} ${L.inhabitants[plurals.select(pop.value)] ?? L.inhabitants.other}`;
      if (pop.approximate) s = `${L.about} ${s}`;
      if (pop.year !== undefined) s += ` (${pop.year})`;
      html += `<p part="population">${escape(s)}</p>`;
    }
    if (p.summary) {
      const summary = text(p.summary, lang);
      html += `<p part="summary" dir="auto"${langAttr(summary)}>${escape(summary.text)}</p>`;
    }
    if (p.themes?.length) {
      html += '<ul part="themes" class="themes">';
      for (const t of p.themes) html += `<li>${escape(L.theme[t] ?? t)}</li>`;
      html += '</ul>';
    }
    if (p.url) {
      html += `<a part="link" class="link" href="${escape(p.url)}" aria-label="${escape(L.readMoreLabel + name.text)}">${L.readMore}</a>`;
    }
    html += '</div></li>';
  }
  return `<div class="root" lang="${lang}"><ul class="cards" role="list">${html}</ul><p class="visually-hidden" role="status"></p></div>`;
}

/** A host with the element's own stylesheet adopted, so layout and style cost the same. */
function vanillaHost() {
  const host = document.createElement('div');
  const root = host.attachShadow({mode: 'open'});
  const Element = customElements.get('twin-cities');
  root.adoptedStyleSheets = (Element.elementStyles ?? [])
    .map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet))
    .filter(Boolean);
  stage.append(host);
  return host;
}

// ---------------------------------------------------------------------------
// The variants of one first render. Each creates its host, waits for it to be idle,
// then times; the caller removes the host.

async function newElement(pageSize) {
  const el = document.createElement('twin-cities');
  el.setAttribute('lang', 'fr');
  if (pageSize !== undefined) el.setAttribute('page-size', String(pageSize));
  stage.append(el);
  await el.updateComplete;
  return el;
}

async function elementRender(n, pageSize) {
  const data = structuredClone(feeds.get(n));
  const el = await newElement(pageSize);
  await quiet();
  const loaded = nextLoad(el);
  const t0 = performance.now();
  el.feed = data;
  const detail = await loaded;
  const load = performance.now() - t0;
  const times = await frame(t0);
  check(detail.partners === n, `load detail says ${detail.partners} partners, feed has ${n}`);
  const expected = pageSize === 0 ? n : Math.min(n, pageSize ?? 100);
  const cards = cardsOf(el.shadowRoot).length;
  check(cards === expected, `element (page-size ${pageSize ?? 'default'}) rendered ${cards} cards, expected ${expected}`);
  if (expected < n) check(el.shadowRoot.querySelector('[part="more"]'), 'no "show more" button');
  return {host: el, sample: {load, ...times}};
}

async function vanillaRender(n, lang = 'fr') {
  const data = structuredClone(feeds.get(n));
  const host = vanillaHost();
  await quiet();
  const t0 = performance.now();
  host.shadowRoot.innerHTML = vanillaHTML(data, lang);
  const load = performance.now() - t0;
  const times = await frame(t0);
  const cards = cardsOf(host.shadowRoot).length;
  check(cards === n, `vanilla rendered ${cards} cards, expected ${n}`);
  return {host, sample: {load, ...times}};
}

const VARIANTS = {
  element0: (n) => elementRender(n, 0),
  vanilla: (n) => vanillaRender(n),
  element100: (n) => elementRender(n, undefined),
};

// Each function below takes one sample and is one page.evaluate call from run.mjs:
// when it returns, nothing of that sample is reachable any more (a long async loop
// here kept earlier hosts alive in its suspended frame and skewed the heap numbers).

window.bench = {
  /** Fetches the generated feeds once; returns their sizes in bytes. */
  async prepare(ns) {
    const sizes = {};
    for (const n of ns) {
      const response = await fetch(`/feeds/${n}.json`);
      const text = await response.text();
      sizes[n] = text.length;
      feeds.set(n, JSON.parse(text));
    }
    return {sizes, gc: typeof window.gc === 'function', memory: !!performance.memory};
  },

  /** (a) One first render of `variant` (element0, vanilla, element100). */
  async firstRender(n, variant) {
    const {host, sample} = await VARIANTS[variant](n);
    host.remove();
    return sample;
  },

  /**
   * (b) Language switch fr → pl of a rendered element (page-size 0): set `lang`,
   * wait for `updateComplete`, then rAF. Before it, an unrelated attribute
   * (`timeout`) is changed: timed, and the card nodes must stay the same.
   */
  async langSwitchElement(n) {
    const pl = new Intl.DisplayNames('pl', {type: 'region', fallback: 'code'});
    const {host: el} = await elementRender(n, 0);
    await quiet();
    const first = cardsOf(el.shadowRoot)[0];

    // The rAF is requested in the same task as the change, as the vanilla side does:
    // awaiting a task first would let a frame (with its layout) run before the rAF.
    let t0 = performance.now();
    el.setAttribute('timeout', '20000');
    let updated = settled(el);
    let times = await frame(t0);
    const unrelated = {load: (await updated) - t0, ...times};
    check(cardsOf(el.shadowRoot)[0] === first, 'changing `timeout` replaced the card nodes');
    await quiet();

    t0 = performance.now();
    el.setAttribute('lang', 'pl');
    updated = settled(el);
    times = await frame(t0);
    const load = (await updated) - t0;
    const cards = cardsOf(el.shadowRoot);
    check(cards.length === n, `after fr → pl the element shows ${cards.length} cards, expected ${n}`);
    const code = feeds.get(n).partners.at(-1).country.toUpperCase();
    const shown = cards[cards.length - 1].querySelector('[part="country"]')?.textContent.trim();
    check(shown === pl.of(code), `after fr → pl the last card says "${shown}", expected "${pl.of(code)}"`);
    el.remove();
    return {element: {load, ...times}, unrelated};
  },

  /** (b) The vanilla side: a rendered French shadow root written again in Polish. */
  async langSwitchVanilla(n) {
    const {host} = await vanillaRender(n, 'fr');
    await quiet();
    const t0 = performance.now();
    host.shadowRoot.innerHTML = vanillaHTML(feeds.get(n), 'pl');
    const load = performance.now() - t0;
    const times = await frame(t0);
    host.remove();
    return {load, ...times};
  },

  /**
   * (c) JS heap retained by one rendered host of `variant` (usedJSHeapSize after
   * full gc, minus the same just before the host was created; the feed clone is
   * made before and kept through on both sides) and the nodes of its shadow root.
   */
  async memory(n, variant) {
    const data = (window.keepAlive = structuredClone(feeds.get(n)));
    await quiet();
    await gc();
    const before = performance.memory.usedJSHeapSize;
    let host;
    if (variant === 'vanilla') {
      host = vanillaHost();
      host.shadowRoot.innerHTML = vanillaHTML(data, 'fr');
    } else {
      host = await newElement(variant === 'element0' ? 0 : undefined);
      const loaded = nextLoad(host);
      host.feed = data;
      await loaded;
    }
    await raf();
    await task();
    await gc();
    const after = performance.memory.usedJSHeapSize;
    const sample = {heap: after - before, ...countNodes(host.shadowRoot)};
    host.remove();
    window.keepAlive = undefined;
    return sample;
  },

  /** (f) `count` elements with the same `src` on one page; resolves when all loaded. */
  async sameSrc(url, count) {
    const elements = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement('twin-cities');
      el.setAttribute('src', url);
      elements.push(el);
    }
    const loads = elements.map(nextLoad);
    stage.append(...elements);
    const details = await Promise.all(loads);
    const cards = elements.map((el) => cardsOf(el.shadowRoot).length);
    for (const el of elements) el.remove();
    return {partners: details.map((d) => d.partners), cards};
  },
};
window.benchReady = true;
