/**
 * What the filters, sort and map tests share: a feed of real towns chosen for
 * what they exercise (Łódź and Évry for collation, partners with and without a
 * location, every kind, overlapping themes), and helpers to drive the toolbar.
 */
import {oneEvent} from '@open-wc/testing';
import {create, shadow} from './element-helpers.js';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';

const at = (lat: number, lon: number) => ({location: {lat, lon}});

export const exploreFeed = () => ({
  version: 1,
  city: {name: 'Bagnolet', country: 'FR', ...at(48.8692, 2.4169)},
  partners: [
    {id: 'oranienburg', name: 'Oranienburg', country: 'DE', region: {fr: 'Brandebourg', de: 'Brandenburg'}, since: 1964,
      summary: {fr: 'Aux portes de Berlin.', de: 'Am Stadtrand von Berlin.'}, themes: ['culture', 'education'], ...at(52.7545, 13.2369)},
    {id: 'lodz', name: 'Łódź', country: 'PL', region: {fr: 'Voïvodie de Łódź', pl: 'Województwo łódzkie'}, since: 1990,
      themes: ['culture'], ...at(51.7592, 19.456)},
    {id: 'ras-jebel', name: 'Ras Jebel', country: 'TN', kind: 'cooperation', since: 2021,
      summary: {fr: 'Coopération sur l’eau et l’énergie.'}, themes: ['water', 'energy'], ...at(37.215, 10.12)},
    {id: 'evry', name: 'Évry', country: 'FR', kind: 'friendship', ...at(48.6294, 2.4417)},
    {id: 'massala', name: 'Massala', country: 'ML', kind: 'cooperation', since: 2003, themes: ['water', 'education']},
    {id: 'leipzig', name: 'Leipzig', country: 'DE', since: 1962, themes: ['education'], ...at(51.3397, 12.3731)},
    {id: 'essen', name: 'Essen', country: 'DE', kind: 'friendship'},
    {id: 'lyon', name: 'Lyon', country: 'FR', since: 1980, ...at(45.764, 4.8357)},
    {id: 'zwickau', name: 'Zwickau', country: 'DE', since: 1990, ...at(50.7189, 12.4964)},
    {id: 'maribor', name: 'Maribor', country: 'SI', kind: 'cooperation', since: 1995, themes: ['environment'], ...at(46.5547, 15.6459)},
  ],
});

/** An element with the feed set, connected, once its cards show; `load`'s detail too. */
export async function explore(attributes: Record<string, string>, feed: object = exploreFeed()) {
  const {el} = create((e) => {
    for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
    e.feed = feed;
  });
  const event = (await oneEvent(el, 'load')) as CustomEvent;
  await el.updateComplete;
  return {el, detail: event.detail};
}

export const part = <T extends Element = HTMLElement>(el: Element, name: string) =>
  shadow(el).querySelector<T & HTMLElement>(`[part~="${name}"]`)!;
export const parts = <T extends Element = HTMLElement>(el: Element, name: string) =>
  [...shadow(el).querySelectorAll<T & HTMLElement>(`[part~="${name}"]`)];
export const ids = (el: Element) => parts(el, 'card').map((c) => c.dataset.id);
export const count = (el: Element) => part(el, 'count').textContent!.trim();

/** Types into the search box as a user does: value, then an input event. */
export async function search(el: TwinCitiesElement, text: string) {
  const box = part<HTMLInputElement>(el, 'search') as HTMLInputElement;
  box.value = text;
  box.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await el.updateComplete;
}

/** Picks an option of a select, as a user does. */
export async function choose(el: TwinCitiesElement, name: 'filter-country' | 'filter-kind', value: string) {
  const select = part<HTMLSelectElement>(el, name) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
  await el.updateComplete;
}

/** Ticks or unticks a theme. */
export async function toggleTheme(el: TwinCitiesElement, theme: string) {
  const box = parts<HTMLInputElement>(el, 'filter-theme').find((b) => (b as HTMLInputElement).value === theme) as HTMLInputElement;
  box.click();
  await el.updateComplete;
}

/** Changes the element's language and waits for the cards to follow (a mutation observer sees it). */
export async function speak(el: TwinCitiesElement, lang: string) {
  el.lang = lang;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}
