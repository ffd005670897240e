/**
 * What the element-level robustness tests share: mounting an element with a source,
 * recording its events, reading its shadow DOM, the expected event sequences, and a
 * check that nothing escapes to the page (`checkThePage`).
 *
 * Fixtures live in test/fixtures/robustness/ (served as static files by the test
 * server); the fault routes (/api/…) come from test/server/routes.mjs.
 */
import {expect} from '@open-wc/testing';
import '../../src/element/define.js';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';

export const FIX = '/test/fixtures/robustness/';
export const TYPES = ['loadstart', 'load', 'error', 'loadend'] as const;
export type Via = 'src' | 'inline' | 'feed';

export interface Rec {
  readonly type: string;
  readonly detail: any;
  readonly bubbles: boolean;
  readonly isCustom: boolean;
}

/** Elements `attach` added to the page; `checkThePage` removes them after each test. */
const mounted: Element[] = [];

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function record(el: Element): Rec[] {
  const events: Rec[] = [];
  for (const type of TYPES) {
    el.addEventListener(type, (e) =>
      events.push({
        type,
        detail: (e as CustomEvent).detail,
        bubbles: e.bubbles,
        isCustom: e instanceof CustomEvent,
      })
    );
  }
  return events;
}

/** Resolves at the first `loadend`, or fails after `ms` with the events seen so far. */
export function loadend(el: Element, events: Rec[], ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no loadend within ${ms} ms; events: ${events.map((e) => e.type).join(', ') || 'none'}`)),
      ms
    );
    el.addEventListener('loadend', () => (clearTimeout(timer), resolve()), {once: true});
  });
}

/**
 * Creates an element, lets `setup` give it a source, records its events and
 * attaches it. Loading starts a task later, so a `loadend` listener added after
 * this returns misses nothing.
 */
export function attach(setup: (el: TwinCitiesElement) => void): {el: TwinCitiesElement; events: Rec[]} {
  const el = document.createElement('twin-cities') as TwinCitiesElement;
  el.setAttribute('page-size', '0');
  el.lang = 'fr';
  setup(el);
  const events = record(el);
  document.body.append(el);
  mounted.push(el);
  return {el, events};
}

/** `attach`, then wait for loadend. */
export async function mount(
  setup: (el: TwinCitiesElement) => void,
  {wait = 5000}: {wait?: number} = {}
): Promise<{el: TwinCitiesElement; events: Rec[]}> {
  const attached = attach(setup);
  await loadend(attached.el, attached.events, wait);
  return attached;
}

export function inline(el: Element, text: string): void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
}

export async function text(file: string): Promise<string> {
  const response = await fetch(FIX + file);
  return response.text();
}

/** Gives `el` the fixture `file` (whose content is `body`) by one of the three routes. */
export function give(el: TwinCitiesElement, via: Via, file: string, body: string): void {
  if (via === 'src') el.src = FIX + file;
  else if (via === 'inline') inline(el, body);
  else el.feed = JSON.parse(body);
}

export const root = (el: Element) => el.shadowRoot!;
export const status = (el: Element) => root(el).querySelector<HTMLElement>('[part="status"]');
export const cards = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="card"]')];
export const ids = (el: Element) => cards(el).map((c) => c.dataset.id);
export const card = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`[part="card"][data-id="${id}"]`)!;
export const types = (events: Rec[]) => events.map((e) => e.type);

export function expectSequence(events: Rec[], outcome: 'load' | 'error'): void {
  expect(types(events)).to.deep.equal(['loadstart', outcome, 'loadend']);
  for (const e of events) expect(e.bubbles, `${e.type} bubbles`).to.equal(false);
  expect(events[1].isCustom, `${outcome} is a CustomEvent`).to.equal(true);
}

/** The error state: one error event of `kind`, an alert saying the same as the event. */
export function expectError(el: Element, events: Rec[], kind: string, says?: RegExp): any {
  expectSequence(events, 'error');
  const {detail} = events[1];
  expect(detail.kind).to.equal(kind);
  const alert = status(el);
  expect(alert, 'a status message').to.exist;
  expect(alert!.getAttribute('role')).to.equal('alert');
  expect(alert!.textContent!.trim()).to.equal(detail.message);
  expect(detail.message.length).to.be.greaterThan(10);
  if (says) expect(detail.message).to.match(says);
  expect(cards(el)).to.have.length(0);
  return detail;
}

/**
 * Call once, at the end of a test file. Removes the elements `attach` added after
 * each test and, since nothing may escape an element, records the exceptions and
 * unhandled rejections that reach the window and the element events that reach
 * the document while the file's tests run (root hooks apply wherever they are
 * declared), then checks that there were none.
 */
export function checkThePage(): void {
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
  });

  const escaped: string[] = [];
  const bubbled: string[] = [];
  const onWindowError = (e: ErrorEvent) => escaped.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => escaped.push(`unhandledrejection: ${String(e.reason)}`);
  const onBubble = (e: Event) => {
    if ((e.target as Element | null)?.localName === 'twin-cities') bubbled.push(e.type);
  };

  before(() => {
    window.addEventListener('error', onWindowError);
    window.addEventListener('unhandledrejection', onRejection);
    for (const type of TYPES) document.addEventListener(type, onBubble);
  });

  after(() => {
    window.removeEventListener('error', onWindowError);
    window.removeEventListener('unhandledrejection', onRejection);
    for (const type of TYPES) document.removeEventListener(type, onBubble);
  });

  describe('robustness: the page', () => {
    it('no element event bubbled to the document', () => {
      expect(bubbled).to.deep.equal([]);
    });

    it('no exception or unhandled rejection reached the window', async () => {
      await sleep(50);
      expect(escaped).to.deep.equal([]);
    });
  });
}
