/**
 * The element's life in a page that changes around it: moved or re-inserted while
 * it loads or waits, a language changed inside a shadow root, attributes set to
 * odd values, cards rebuilt under a keyboard user's focus, a page still being
 * parsed, and an element with its own fetch() among elements that share requests.
 */
import {expect, oneEvent} from '@open-wc/testing';
import '../../src/element/define.js';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';

const BAGNOLET = '/demo/feeds/bagnolet.json';
const slow = (ms: number, tag: string) => `/api/delay?ms=${ms}&file=demo/feeds/bagnolet.json&n=${tag}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something, or fails after `ms`. */
async function until<T>(probe: () => T | undefined, ms = 5000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(25)) {
    const found = probe();
    if (found !== undefined) return found;
  }
  throw new Error(`nothing after ${ms} ms`);
}

const shadow = (el: Element) => el.shadowRoot!;
const cards = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part="card"]')];
const status = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="status"]');
const readMore = (el: Element) => shadow(el).querySelector('[part="link"]')?.textContent?.trim();

function element(setup: (el: TwinCitiesElement) => void = () => {}): {el: TwinCitiesElement; events: string[]} {
  const el = document.createElement('twin-cities') as TwinCitiesElement;
  const events: string[] = [];
  for (const type of ['loadstart', 'load', 'error', 'loadend', 'reciprocity']) {
    el.addEventListener(type, () => events.push(type));
  }
  setup(el);
  return {el, events};
}

/** A `<div>` in the body, with `lang` when given; removed after each test. */
function box(lang?: string): HTMLDivElement {
  const div = document.body.appendChild(document.createElement('div'));
  div.className = 'lifecycle';
  if (lang) div.lang = lang;
  return div;
}

/** A feed of `count` partners, enough to see page sizes. */
const many = (count: number) => ({
  version: 1,
  partners: Array.from({length: count}, (_, i) => ({id: `p${i}`, name: `Ville ${i}`, country: 'DE'})),
});

before(() => {
  document.documentElement.lang = 'fr';
});

afterEach(() => {
  document.documentElement.lang = 'fr';
  for (const node of document.querySelectorAll('.lifecycle, twin-cities, iframe')) node.remove();
});

describe('<twin-cities> moved or re-inserted', () => {
  it('moved to another parent while it loads: it loads again and ends with load and loadend', async () => {
    const {el, events} = element((el) => (el.src = slow(300, 'moved')));
    box().append(el);
    await oneEvent(el, 'loadstart');
    box().append(el);
    await oneEvent(el, 'loadend');
    expect(events.slice(-2)).to.deep.equal(['load', 'loadend']);
    expect(cards(el)).to.have.length(6);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('removed, then added again while it loads: it loads', async () => {
    const {el} = element((el) => (el.src = slow(300, 'readded')));
    const parent = box();
    parent.append(el);
    await oneEvent(el, 'loadstart');
    el.remove();
    await sleep(50);
    parent.append(el);
    await oneEvent(el, 'loadend');
    expect(cards(el)).to.have.length(6);
  });

  it('lazy and moved before it is seen: it still loads once scrolled into view', async () => {
    const {el, events} = element((el) => {
      el.setAttribute('loading', 'lazy');
      el.src = `${BAGNOLET}?lazy-moved`;
    });
    const far = box();
    far.style.marginTop = '300vh';
    far.append(el);
    await sleep(100);
    const other = box();
    other.style.marginTop = '300vh';
    other.append(el);
    await sleep(100);
    expect(events, 'nothing before it is seen').to.deep.equal([]);
    const done = oneEvent(el, 'loadend');
    el.scrollIntoView();
    await done;
    expect(cards(el)).to.have.length(6);
  });

  it('moved into a German part of the page, or re-added after <html lang> changed: it speaks the new language', async () => {
    const {el} = element((el) => (el.src = BAGNOLET));
    box('de').append(el);
    await oneEvent(el, 'loadend');
    expect(readMore(el)).to.equal('Weiterlesen');
    box('pl').append(el);
    await el.updateComplete;
    expect(readMore(el)).to.equal('Czytaj więcej');
    const outside = box();
    el.remove();
    document.documentElement.lang = 'it';
    outside.append(el);
    await el.updateComplete;
    expect(readMore(el)).to.equal('Scopri di più');
  });

  it('with no feed yet and moved: it still picks up an inline feed added later', async () => {
    const {el} = element();
    box().append(el);
    await el.updateComplete;
    box().append(el);
    await el.updateComplete;
    const done = oneEvent(el, 'loadend');
    el.innerHTML = '<script type="application/json">{"version": 1, "partners": [{"id": "sopot", "name": "Sopot", "country": "PL"}]}</script>';
    await done;
    expect(cards(el)).to.have.length(1);
  });
});

describe('<twin-cities> moved into an iframe', () => {
  /** A same-origin frame whose page is in German. */
  async function germanFrame(): Promise<Document> {
    const frame = document.body.appendChild(document.createElement('iframe'));
    const ready = new Promise((r) => frame.addEventListener('load', r, {once: true}));
    frame.srcdoc = '<!doctype html><html lang="de"><title>Rahmen</title><body></body></html>';
    await ready;
    return frame.contentDocument!;
  }

  it('first connected in the frame: styled cards, in the frame\'s language', async () => {
    const doc = await germanFrame();
    const {el} = element((el) => (el.src = new URL(BAGNOLET, location.href).href));
    doc.body.append(el);
    await oneEvent(el, 'loadend');
    expect(cards(el)).to.have.length(6);
    expect(getComputedStyle(cards(el)[0]).display).to.equal('flex');
    expect(readMore(el)).to.equal('Weiterlesen');
  });

  it('moved there once loaded: it keeps its styles and takes the frame\'s language', async () => {
    const {el} = element((el) => (el.src = BAGNOLET));
    box('fr').append(el);
    await oneEvent(el, 'loadend');
    const doc = await germanFrame();
    doc.body.append(el);
    await el.updateComplete;
    expect(getComputedStyle(cards(el)[0]).display).to.equal('flex');
    expect(readMore(el)).to.equal('Weiterlesen');
  });
});

describe('<twin-cities> inside a shadow root', () => {
  it('follows its own lang and an ancestor\'s lang set inside the shadow root', async () => {
    const host = box();
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML = '<section lang="de"></section>';
    const section = root.querySelector('section')!;
    const {el} = element((el) => (el.src = BAGNOLET));
    section.append(el);
    await oneEvent(el, 'loadend');
    expect(readMore(el)).to.equal('Weiterlesen');
    el.setAttribute('lang', 'pl');
    await sleep(0);
    await el.updateComplete;
    expect(readMore(el)).to.equal('Czytaj więcej');
    el.removeAttribute('lang');
    section.lang = 'it';
    await sleep(0);
    await el.updateComplete;
    expect(readMore(el)).to.equal('Scopri di più');
  });
});

describe('<twin-cities> attribute values', () => {
  it('page-size="" and a removed page-size mean the default, 100 cards', async () => {
    const {el} = element((el) => {
      el.setAttribute('page-size', '');
      el.feed = many(150);
    });
    box().append(el);
    await oneEvent(el, 'loadend');
    expect(cards(el)).to.have.length(100);
    el.setAttribute('page-size', '10');
    await el.updateComplete;
    expect(cards(el), 'a new page size applies to the cards shown').to.have.length(10);
    el.removeAttribute('page-size');
    await el.updateComplete;
    expect(cards(el)).to.have.length(100);
  });

  it('timeout="" means the default 15 s, not "wait forever"', () => {
    const {el} = element((el) => el.setAttribute('timeout', ''));
    expect(el.timeout).to.equal(15000);
  });

  it('a timeout past what timers can hold still waits for a slow answer', async () => {
    const {el, events} = element((el) => {
      el.setAttribute('timeout', '3000000000');
      el.src = slow(200, 'huge-timeout');
    });
    box().append(el);
    await oneEvent(el, 'loadend');
    expect(events).to.deep.equal(['loadstart', 'load', 'loadend']);
  });

  it('loading="LAZY" is lazy, as for <img>', async () => {
    const {el, events} = element((el) => {
      el.setAttribute('loading', 'LAZY');
      el.src = `${BAGNOLET}?lazy-caps`;
    });
    const far = box();
    far.style.marginTop = '300vh';
    far.append(el);
    await sleep(200);
    expect(events).to.deep.equal([]);
  });
});

describe('<twin-cities> keeps the keyboard focus', () => {
  it('on the same link when the language changes', async () => {
    const {el} = element((el) => (el.src = BAGNOLET));
    box('fr').append(el);
    await oneEvent(el, 'loadend');
    const link = shadow(el).querySelector<HTMLElement>('[data-id="sesto-fiorentino"] [part="link"]')!;
    link.focus();
    el.lang = 'de';
    await sleep(0);
    await el.updateComplete;
    const active = shadow(el).activeElement as HTMLElement | null;
    expect(active?.getAttribute('part')).to.equal('link');
    expect(active?.closest<HTMLElement>('[part="card"]')?.dataset.id).to.equal('sesto-fiorentino');
    expect(active?.textContent?.trim()).to.equal('Weiterlesen');
  });

  it('on the same link when the reciprocity marks arrive', async () => {
    const {el} = element((el) => {
      el.lang = 'fr';
      el.reciprocal = true;
      el.src = '/demo/feeds/colombes.json?focus';
      el.fetch = async (request) => {
        if (!request.url.includes('colombes.json')) await sleep(300);
        return window.fetch(request);
      };
    });
    box().append(el);
    await oneEvent(el, 'load');
    const link = shadow(el).querySelector<HTMLElement>('[data-id="sopot"] [part="link"]')!;
    link.focus();
    await oneEvent(el, 'reciprocity');
    const active = shadow(el).activeElement as HTMLElement | null;
    expect(active?.closest<HTMLElement>('[part="card"]')?.dataset.id).to.equal('sopot');
    expect(active?.closest('[part="card"]')?.querySelector('[part="reciprocity"]')).to.exist;
  });
});

describe('<twin-cities> with its own fetch()', () => {
  it('gets its own answer, not the copy other elements share', async () => {
    const url = `${BAGNOLET}?own-fetch`;
    const shared = element((el) => (el.src = url)).el;
    box().append(shared);
    await oneEvent(shared, 'loadend');
    const asked: string[] = [];
    const {el} = element((el) => {
      el.src = url;
      el.fetch = async (request) => {
        asked.push(request.url);
        return new Response(JSON.stringify(many(2)), {headers: {'Content-Type': 'application/json'}});
      };
    });
    box().append(el);
    await oneEvent(el, 'loadend');
    expect(asked).to.have.length(1);
    expect(cards(el)).to.have.length(2);
    expect(cards(shared)).to.have.length(6);
  });
});

describe('<twin-cities reciprocal> removed during the check', () => {
  it('stops reading partner feeds, fires nothing while away, and checks again once back', async () => {
    const aborted: string[] = [];
    let checking: () => void;
    const started = new Promise<void>((resolve) => (checking = resolve));
    const {el, events} = element((el) => {
      el.reciprocal = true;
      el.src = '/demo/feeds/colombes.json?away';
      el.fetch = async (request) => {
        if (!request.url.includes('colombes.json')) {
          request.signal.addEventListener('abort', () => aborted.push(request.url));
          checking();
          await sleep(300);
        }
        return window.fetch(request);
      };
    });
    const parent = box();
    parent.append(el);
    await started;
    el.remove();
    await sleep(500);
    expect(aborted.length, 'partner requests aborted').to.be.greaterThan(0);
    expect(events).to.not.include('reciprocity');
    const done = oneEvent(el, 'reciprocity');
    parent.append(el);
    const {detail} = await done;
    expect(detail.missing).to.deep.equal(['sopot']);
  });
});

describe('<twin-cities> given reciprocal while away from the page', () => {
  it('reads no partner feed until it is back, then checks', async () => {
    const asked: string[] = [];
    const {el} = element((el) => {
      el.src = '/demo/feeds/colombes.json?detached';
      el.fetch = (request) => (asked.push(new URL(request.url).pathname), window.fetch(request));
    });
    const parent = box();
    parent.append(el);
    await oneEvent(el, 'loadend');
    el.remove();
    el.reciprocal = true;
    await sleep(300);
    expect(asked).to.deep.equal(['/demo/feeds/colombes.json']);
    const done = oneEvent(el, 'reciprocity');
    parent.append(el);
    const {detail} = await done;
    expect(detail.missing).to.deep.equal(['sopot']);
  });
});

describe('<twin-cities> on a page still being parsed', () => {
  it('waits for an inline feed the parser has not finished writing', async () => {
    const frame = document.body.appendChild(document.createElement('iframe'));
    frame.src = `/api/streamed-page?id=${Math.random()}`;
    // Cards, or the error a half-read feed would give.
    const el = await until(() => {
      const found = frame.contentDocument?.querySelector('twin-cities');
      const settled = found?.shadowRoot && (cards(found).length > 0 || status(found)?.getAttribute('role') === 'alert');
      return settled ? found : undefined;
    });
    expect(status(el)?.getAttribute('role')).to.not.equal('alert');
    expect(cards(el).map((c) => c.dataset.id)).to.deep.equal(['sopot']);
  });
});
