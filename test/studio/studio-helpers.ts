/**
 * What the studio's browser tests share: a studio on the page (its own storage key,
 * the local Wikidata stand-in), files handed to its import control as a browser
 * would, its shadow DOM read by the stable control names, and the downloads it makes.
 */
import {fixture, html} from '@open-wc/testing';
import '../../src/studio/define.js';
import type {TwinCitiesStudio} from '../../src/studio/studio.js';
import type {TwinCitiesElement} from '../../src/element/twin-cities.js';

export const WIKIDATA = new URL('/wikidata/w/api.php', location.href).href;

let count = 0;

/** A fresh studio, speaking `lang`, keeping its work under a key no other test uses. */
export async function studio(lang = 'fr', key = `studio-test-${Date.now()}-${count++}`): Promise<TwinCitiesStudio> {
  const el = await fixture<TwinCitiesStudio>(html`<twin-cities-studio lang=${lang} storage-key=${key} wikidata=${WIKIDATA}></twin-cities-studio>`);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: TwinCitiesStudio, selector: string) => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
export const $$ = <T extends Element = HTMLElement>(el: TwinCitiesStudio, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const textOf = (el: TwinCitiesStudio, selector: string) => $(el, selector).textContent!.replace(/\s+/g, ' ').trim();

/** Waits until `test` holds (rendering, requests), or fails after a while. */
export async function until<T>(test: () => T | undefined | false | null, what = 'the condition'): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = test();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Picks a file in the import control, as the file dialog does. */
export async function pick(el: TwinCitiesStudio, name: string, bytes: Uint8Array | string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type=file][name=import]');
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes as BlobPart], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
}

/** The partners' names in the list, in order. */
export const listed = (el: TwinCitiesStudio) => $$(el, 'ol.partners li .name').map((n) => n.textContent!.trim());

/** The preview element, once it shows `count` cards. */
export async function previewCards(el: TwinCitiesStudio, count: number) {
  const preview = $<TwinCitiesElement>(el, 'twin-cities');
  return until(() => {
    const cards = [...preview.shadowRoot!.querySelectorAll('[part="card"]')];
    return cards.length === count && cards;
  }, `${count} cards in the preview`);
}

/** Catches what the studio downloads instead of handing it to the browser. */
export function catchDownloads(el: TwinCitiesStudio): {name: string; text: string}[] {
  const files: {name: string; text: string}[] = [];
  el.deliver = (text, name) => files.push({name, text});
  return files;
}

/** Types into an input, as a keyboard would (one input event with the whole value). */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

/** A form's submit, as pressing Enter in its field does. */
export function submit(el: TwinCitiesStudio, name: string, value: string): void {
  const input = $<HTMLInputElement>(el, `form input[name="${name}"]`);
  input.value = value;
  input.form!.requestSubmit();
}
