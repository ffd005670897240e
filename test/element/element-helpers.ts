/**
 * What the element's behaviour tests share: the demo feeds, shadow DOM readers,
 * and an element created, recorded and connected in one call. `cleanPage()`
 * puts the page in French and removes every element after each test.
 */
import {oneEvent} from '@open-wc/testing';
import '../../src/element/define.js';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';

export const BAGNOLET = '/demo/feeds/bagnolet.json';
export const COLOMBES = '/demo/feeds/colombes.json';

export const shadow = (el: Element) => el.shadowRoot!;
export const cards = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part="card"]')];
export const names = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="name"]')].map((n) => n.textContent!.trim());
export const status = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="status"]');

/** The demo feed of Bagnolet, as its town would publish it. */
export const bagnolet: {partners: {id: string}[]} = await (await fetch(BAGNOLET)).json();

/** Creates an element, records every load event it fires, then connects it. */
export function create(setup: (el: TwinCitiesElement) => void = () => {}) {
  const el = document.createElement('twin-cities');
  const events: string[] = [];
  for (const type of ['loadstart', 'load', 'error', 'loadend']) {
    el.addEventListener(type, () => events.push(type));
  }
  setup(el);
  document.body.append(el);
  return {el, events};
}

/** `create`, then wait for loadend. */
export async function loaded(setup: (el: TwinCitiesElement) => void) {
  const {el, events} = create(setup);
  await oneEvent(el, 'loadend');
  return {el, events};
}

/** Call once per test file: a French page before the tests, no element left after each. */
export function cleanPage(): void {
  before(() => {
    document.documentElement.lang = 'fr';
  });
  afterEach(() => {
    for (const el of document.querySelectorAll('twin-cities')) el.remove();
  });
}
