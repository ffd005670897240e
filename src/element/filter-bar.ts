/**
 * The `filters` toolbar: a search box, a country and a kind select, theme
 * checkboxes and a polite count. Every control has a visible label; the element
 * keeps the state and renders the bar again as it changes, so the control in use
 * stays the same node and keeps the focus. Call it while rendering (msg()).
 * Templates written without indentation: it would ship in the bundle.
 */
import {html} from 'lit';
import type {Choices, Filters} from './filters.js';
import {allText, countryFilterText, kindFilterText, kindLabel, searchText, themeLabel, themesFilterText} from '../i18n/messages.js';

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

export function filterBar(choices: Choices, f: Filters, count: string, set: (change: Partial<Filters>) => void) {
  const select = (key: 'country' | 'kind', label: string, options: readonly (readonly [string, string])[]) =>
    html`<label class="field">${label}<select part="filter-${key}" @change=${(e: Event) => set({[key]: valueOf(e)})}><option value="" .selected=${!f[key]}>${allText()}</option>${options.map(([v, text]) => html`<option value=${v} .selected=${v === f[key]}>${text}</option>`)}</select></label>`;
  const toggle = (e: Event) => {
    const {value, checked} = e.target as HTMLInputElement;
    set({themes: checked ? [...f.themes, value] : f.themes.filter((t) => t !== value)});
  };
  return html`<div part="filters" class="filters"><label class="field">${searchText()}<input part="search" type="search" .value=${f.query} @input=${(e: Event) => set({query: valueOf(e)})}></label>${select('country', countryFilterText(), choices.countries)}${select('kind', kindFilterText(), choices.kinds.map((k) => [k, kindLabel(k)] as const))}${choices.themes.length ? html`<fieldset class="themes"><legend>${themesFilterText()}</legend>${choices.themes.map((t) => html`<label><input part="filter-theme" type="checkbox" value=${t} .checked=${f.themes.includes(t)} @change=${toggle}> ${themeLabel(t)}</label>`)}</fieldset>` : ''}<p part="count" role="status">${count}</p></div>`;
}
