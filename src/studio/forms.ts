/**
 * The forms: the town, and the open partner. Every field is labelled, checked by
 * the element's parser as it is typed, and described by its message (in the
 * interface language) when the parser refuses its value.
 */
import {html, nothing} from 'lit';
import {KINDS, THEMES} from '../core/feed.js';
import {LOCALES} from '../core/language.js';
import {lastYear} from '../core/limits.js';
import {kindLabel, problemText, themeLabel} from '../i18n/messages.js';
import {problemsAt, type FieldProblem} from './checks.js';
import {heading} from './heading.js';
import * as text from './messages.js';
import {decimalInput, integerInput, isObject, shown, textIn, valueAt, type Entry, type Json, type JsonObject} from './model.js';
import type {TwinCitiesStudio} from './studio.js';

type Key = number | 'city';
type Kind = 'text' | 'integer' | 'decimal' | 'country' | 'url';

const idOf = (key: Key, field: string) => `${key === 'city' ? 'city' : 'partner'}-${field.replace(/\./g, '-')}`;

const convert = (kind: Kind, typed: string): Json =>
  kind === 'integer' ? integerInput(typed) : kind === 'decimal' ? decimalInput(typed) : kind === 'country' ? typed.trim().toUpperCase() : typed;

function messages(id: string, problems: readonly FieldProblem[]) {
  if (problems.length === 0) return nothing;
  const maxYear = lastYear();
  return html`<p id=${id} class="error">${problems.map((p) => problemText(p.problem, maxYear)).join(' ')}</p>`;
}

interface Input {
  readonly key: Key;
  readonly field: string;
  readonly label: string;
  readonly kind: Kind;
  readonly data: JsonObject;
  readonly problems: readonly FieldProblem[];
  readonly lang?: string;
  readonly hint?: string;
  readonly multiline?: boolean;
}

function input(host: TwinCitiesStudio, spec: Input) {
  const id = idOf(spec.key, spec.field);
  const typed = host.typed.get(`${spec.key}:${spec.field}`);
  const stored = spec.lang === undefined ? valueAt(spec.data, spec.field) : textIn(spec.data, spec.field.replace(/\.[^.]+$/, ''), spec.lang);
  const value = typed ?? shown(stored);
  const described = [spec.hint ? `${id}-hint` : '', spec.problems.length ? `${id}-message` : ''].filter(Boolean).join(' ');
  const onInput = (e: Event) => {
    const typedText = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    host.setField(spec.key, spec.field, convert(spec.kind, typedText), typedText);
  };
  const attrs = {id, name: spec.field};
  return html`<div class="field">
    <label for=${id}>${spec.label}</label>
    ${spec.multiline
      ? html`<textarea id=${attrs.id} name=${attrs.name} rows="3" lang=${spec.lang ?? nothing} .value=${value}
          aria-invalid=${spec.problems.length ? 'true' : 'false'} aria-describedby=${described || nothing} @input=${onInput}></textarea>`
      : html`<input id=${attrs.id} name=${attrs.name} type=${spec.kind === 'url' ? 'url' : 'text'} lang=${spec.lang ?? nothing}
          inputmode=${spec.kind === 'integer' ? 'numeric' : spec.kind === 'decimal' ? 'decimal' : nothing} .value=${value}
          aria-invalid=${spec.problems.length ? 'true' : 'false'} aria-describedby=${described || nothing} @input=${onInput} />`}
    ${spec.hint ? html`<span id=${`${id}-hint`} class="hint">${spec.hint}</span>` : nothing}
    ${messages(`${id}-message`, spec.problems)}
  </div>`;
}

/** A text field in every language, side by side, plus any other language the feed already has. */
function texts(host: TwinCitiesStudio, key: Key, field: string, label: string, data: JsonObject, problems: readonly FieldProblem[], multiline = false) {
  const value = valueAt(data, field);
  const extra = isObject(value) ? Object.keys(value).filter((l) => !(LOCALES as readonly string[]).includes(l)) : [];
  const names = new Intl.DisplayNames([host.language.tag], {type: 'language'});
  const id = idOf(key, field);
  const own = problemsAt(problems, field);
  return html`<fieldset class="texts" aria-describedby=${own.length ? `${id}-message` : nothing}>
    <legend>${label}</legend>
    ${messages(`${id}-message`, own)}
    <div class="languages">
      ${[...LOCALES, ...extra].map((lang) =>
        input(host, {
          key, field: `${field}.${lang}`, lang, label: languageName(names, lang), kind: 'text', data, multiline,
          problems: problemsAt(problems, `${field}.${lang}`),
        })
      )}
    </div>
  </fieldset>`;
}

function languageName(names: Intl.DisplayNames, lang: string): string {
  try {
    return names.of(lang) ?? lang;
  } catch {
    return lang;
  }
}

function countryHint(host: TwinCitiesStudio, data: JsonObject): string | undefined {
  const code = typeof data.country === 'string' ? data.country.trim().toUpperCase() : '';
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  try {
    const name = new Intl.DisplayNames([host.language.tag], {type: 'region', fallback: 'none'}).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

function group(label: string, id: string, problems: readonly FieldProblem[], content: unknown) {
  return html`<fieldset aria-describedby=${problems.length ? `${id}-message` : nothing}>
    <legend>${label}</legend>
    ${messages(`${id}-message`, problems)} ${content}
  </fieldset>`;
}

export function renderTownForm(host: TwinCitiesStudio) {
  const data = host.work.city;
  const problems = host.checked.city;
  const key = 'city';
  return html`<section aria-labelledby="city-heading">
    ${heading(host.headingLevel, 2, text.cityHeading(), {id: 'city-heading'})}
    ${texts(host, key, 'name', text.nameLabel(), data, problems)}
    ${input(host, {key, field: 'country', label: text.countryLabel(), kind: 'country', data, problems: problemsAt(problems, 'country'), hint: countryHint(host, data)})}
    ${input(host, {key, field: 'url', label: text.websiteLabel(), kind: 'url', data, problems: problemsAt(problems, 'url')})}
    ${group(text.locationLabel(), idOf(key, 'location'), problemsAt(problems, 'location'), html`<div class="pair">
      ${input(host, {key, field: 'location.lat', label: text.latLabel(), kind: 'decimal', data, problems: []})}
      ${input(host, {key, field: 'location.lon', label: text.lonLabel(), kind: 'decimal', data, problems: []})}
    </div>`)}
  </section>`;
}

const MISSING_LABELS: Record<string, () => string> = {
  name: text.nameLabel,
  country: text.countryLabel,
  population: text.populationLabel,
  location: text.locationLabel,
  url: text.urlLabel,
  since: text.sinceLabel,
};

export function renderPartnerForm(host: TwinCitiesStudio) {
  const index = host.work.partners.findIndex((e) => e.key === host.selected);
  const e: Entry | undefined = host.work.partners[index];
  if (!e) return nothing;
  const {key, data} = e;
  const problems = host.checked.partners.get(index) ?? [];
  const at = (field: string, inside = false) => problemsAt(problems, field, inside);
  const kind = typeof data.kind === 'string' ? data.kind : 'twinning';
  const themes = Array.isArray(data.themes) ? data.themes.filter((t): t is string => typeof t === 'string') : [];
  const listed = [...THEMES, ...themes.filter((t) => !(THEMES as readonly string[]).includes(t))];
  const missing = e.draft?.missing.map((m) => (MISSING_LABELS[m] ?? (() => m))()).join(', ');
  return html`<section class="editor" aria-labelledby="editor-heading">
    ${heading(host.headingLevel, 2, text.editorHeading(host.nameOf(e)), {id: 'editor-heading', focusable: true})}
    ${e.draft
      ? html`<div class="draft-note">
          <p><span class="badge draft">${text.toCheckText()}</span> Wikidata ${e.draft.qid}.
            ${missing ? text.missingText(missing) : nothing}</p>
          <button type="button" name="checked" @click=${() => host.markChecked(key)}>${text.markCheckedText()}</button>
        </div>`
      : nothing}
    ${texts(host, key, 'name', text.nameLabel(), data, problems)}
    <div class="pair">
      ${input(host, {key, field: 'id', label: text.idLabel(), kind: 'text', data, problems: at('id')})}
      ${input(host, {key, field: 'country', label: text.countryLabel(), kind: 'country', data, problems: at('country'), hint: countryHint(host, data)})}
    </div>
    <div class="field">
      <label for="partner-kind">${text.kindLabelText()}</label>
      <select id="partner-kind" name="kind" aria-describedby=${at('kind').length ? 'partner-kind-message' : nothing}
        @change=${(ev: Event) => host.setField(key, 'kind', (ev.target as HTMLSelectElement).value)}>
        ${[...KINDS, ...((KINDS as readonly string[]).includes(kind) ? [] : [kind])].map(
          (k) => html`<option value=${k} ?selected=${k === kind}>${(KINDS as readonly string[]).includes(k) ? kindLabel(k as (typeof KINDS)[number]) : k}</option>`
        )}
      </select>
      ${messages('partner-kind-message', at('kind'))}
    </div>
    ${input(host, {key, field: 'since', label: text.sinceLabel(), kind: 'integer', data, problems: at('since')})}
    ${group(text.populationLabel(), 'partner-population', [...at('population'), ...at('population.approximate')], html`<div class="pair">
      ${input(host, {key, field: 'population.value', label: text.inhabitantsLabel(), kind: 'integer', data, problems: at('population.value')})}
      ${input(host, {key, field: 'population.year', label: text.censusYearLabel(), kind: 'integer', data, problems: at('population.year')})}
      <label class="check"><input type="checkbox" name="population.approximate" .checked=${valueAt(data, 'population.approximate') === true}
        @change=${(ev: Event) => host.setField(key, 'population.approximate', (ev.target as HTMLInputElement).checked || undefined)} />
        ${text.approximateLabel()}</label>
    </div>`)}
    ${texts(host, key, 'region', text.regionLabel(), data, problems)}
    ${texts(host, key, 'summary', text.summaryLabel(), data, problems, true)}
    ${group(text.themesLabel(), 'partner-themes', at('themes', true), html`<div class="themes">
      ${listed.map((t) => html`<label class="check"><input type="checkbox" name="themes" value=${t} .checked=${themes.includes(t)}
        @change=${(ev: Event) => host.toggleTheme(key, t, (ev.target as HTMLInputElement).checked)} /> ${themeLabel(t)}</label>`)}
    </div>`)}
    ${input(host, {key, field: 'url', label: text.urlLabel(), kind: 'url', data, problems: at('url')})}
    ${group(text.imageLabel(), 'partner-image', at('image'), html`
      ${input(host, {key, field: 'image.src', label: text.imageSrcLabel(), kind: 'url', data, problems: at('image.src')})}
      ${texts(host, key, 'image.alt', text.altLabel(), data, problems)}`)}
    ${group(text.locationLabel(), 'partner-location', at('location'), html`<div class="pair">
      ${input(host, {key, field: 'location.lat', label: text.latLabel(), kind: 'decimal', data, problems: []})}
      ${input(host, {key, field: 'location.lon', label: text.lonLabel(), kind: 'decimal', data, problems: []})}
    </div>`)}
    ${input(host, {key, field: 'feed', label: text.feedLabel(), kind: 'url', data, problems: at('feed')})}
  </section>`;
}
