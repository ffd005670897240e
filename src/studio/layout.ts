/**
 * The studio's page: the ways in, the town, the partners and the open form, the
 * output, and the live preview beside them. Each part renders from the element's
 * state and calls its methods; nothing here keeps state of its own.
 */
import {html, nothing} from 'lit';
import {LOCALES, type Language} from '../core/language.js';
import type {Candidate} from '../core/wikidata.js';
import type {TwinCitiesStudio} from './studio.js';
import {renderNotice} from './notice.js';
import {ENCODING_CHOICES, type EncodingChoice} from './import-file.js';
import {LANGUAGE_NAMES} from './language.js';
import * as text from './messages.js';
import {renderPartners} from './partner-list.js';
import {heading} from './heading.js';
import {renderPartnerForm, renderTownForm} from './forms.js';
import {renderOut} from './out-panel.js';
import {chooseTown, importFile, openUrl, searchWikidata, setEncoding} from './ways-in.js';

export function renderStudio(host: TwinCitiesStudio, language: Language) {
  const top = html`
    ${heading(host.headingLevel, 1, text.titleText())}
    ${host.embedded ? nothing : html`<p>${text.introText()}</p>`}
    <label class="inline"
      >${text.interfaceLanguageText()}
      <select name="interface-lang" @change=${(e: Event) => host.setAttribute('lang', (e.target as HTMLSelectElement).value)}>
        ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === language.locale}>${LANGUAGE_NAMES[l]}</option>`)}
      </select>
    </label>
  `;
  const work = html`
    ${renderStart(host)}
    ${renderTownForm(host)}
    ${renderPartners(host)}
    ${host.selected === undefined ? nothing : renderPartnerForm(host)}
    ${renderOut(host)}
  `;
  // Inside a host page, the page's banner and main content are the host's: plain blocks here.
  return html`
    ${host.embedded ? html`<div class="top">${top}</div>` : html`<header class="top">${top}</header>`}
    <div class="columns">
      ${host.embedded ? html`<div class="work">${work}</div>` : html`<main class="work">${work}</main>`}
      <aside class="preview" aria-labelledby="preview-heading">
        ${heading(host.headingLevel, 2, text.previewHeading(), {id: 'preview-heading'})}
        <label class="inline"
          >${text.previewLanguageLabel()}
          <select name="preview-lang" @change=${(e: Event) => (host.previewLang = (e.target as HTMLSelectElement).value)}>
            ${LOCALES.map(
              (l) => html`<option value=${l} lang=${l} ?selected=${l === (host.previewLang || language.locale)}>${LANGUAGE_NAMES[l]}</option>`
            )}
          </select>
        </label>
        <twin-cities .feed=${host.previewFeed} lang=${host.previewLang || language.locale} page-size="20"></twin-cities>
      </aside>
    </div>
  `;
}

const encodingName = (choice: EncodingChoice) =>
  choice === 'auto'
    ? text.encodingAutoText()
    : choice === 'windows-1252'
      ? text.encoding1252Text()
      : choice === 'windows-1250'
        ? text.encoding1250Text()
        : 'UTF-8';

function renderStart(host: TwinCitiesStudio) {
  const {locale} = host.language;
  const submit = (name: string, action: (value: string) => void) => (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    action((form.elements.namedItem(name) as HTMLInputElement).value);
  };
  return html`
    <section aria-labelledby="start-heading">
      ${heading(host.headingLevel, 2, text.startHeading(), {id: 'start-heading'})}
      <p class="buttons">
        <button type="button" name="add" @click=${() => host.addPartner()}>${text.addPartnerText()}</button>
        <button type="button" name="new-list" @click=${() => host.newList()}>${text.newListText()}</button>
      </p>
      <div class="field">
        <label for="import">${text.importLabel()}</label>
        <input
          id="import"
          type="file"
          name="import"
          accept=".csv,.tsv,.txt,.xlsx,.ods,.json,text/csv,application/json"
          aria-describedby="import-hint"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void importFile(host, file);
          }}
        />
        <p id="import-hint" class="hint">${text.importHint()}</p>
      </div>
      <div class="row">
        <label class="inline"
          >${text.sheetLanguageLabel()}
          <select name="sheet-lang" @change=${(e: Event) => (host.sheetLang = (e.target as HTMLSelectElement).value)}>
            ${LOCALES.map((l) => html`<option value=${l} ?selected=${l === (host.sheetLang || locale)}>${LANGUAGE_NAMES[l]}</option>`)}
          </select>
        </label>
        <label class="inline"
          >${text.encodingLabel()}
          <select name="encoding" @change=${(e: Event) => setEncoding(host, (e.target as HTMLSelectElement).value as EncodingChoice)}>
            ${ENCODING_CHOICES.map((c) => html`<option value=${c} ?selected=${c === host.encoding}>${encodingName(c)}</option>`)}
          </select>
        </label>
      </div>
      ${host.encodingNote
        ? html`<p class="hint">${text.encodingReadText(encodingName(host.encodingNote as EncodingChoice))}</p>`
        : nothing}
      <form class="row" novalidate @submit=${submit('feed-url', (v) => void openUrl(host, v))}>
        <label class="inline"
          >${text.feedUrlLabel()}
          <input type="url" name="feed-url" inputmode="url" autocomplete="url" placeholder="https://" />
        </label>
        <button type="submit">${text.openText()}</button>
      </form>
      ${renderNotice(host, host.notice, 'start-status')}
      ${heading(host.headingLevel, 3, text.wikidataHeading())}
      <form class="row" @submit=${submit('wikidata-town', (v) => void searchWikidata(host, v))}>
        <label class="inline"
          >${text.wikidataLabel()}
          <input type="search" name="wikidata-town" aria-describedby="wikidata-hint" />
        </label>
        <button type="submit" ?disabled=${host.wd.busy}>${text.searchText()}</button>
      </form>
      <p id="wikidata-hint" class="hint">${text.wikidataHint()}</p>
      ${host.wd.candidates ? renderCandidates(host, host.wd.candidates) : nothing}
      ${renderNotice(host, host.wd.notice, 'wikidata-status')}
    </section>
  `;
}

function renderCandidates(host: TwinCitiesStudio, candidates: readonly Candidate[]) {
  const names = new Intl.DisplayNames([host.language.tag], {type: 'region'});
  const countryName = (qid: string) => {
    const code = host.wd.countries?.get(qid);
    try {
      return code ? names.of(code) : undefined;
    } catch {
      return undefined;
    }
  };
  return html`<p id="candidates-label">${text.candidatesText()}</p>
    <ul class="candidates" aria-labelledby="candidates-label">
      ${candidates.map((c) => {
        const country = countryName(c.qid);
        return html`<li>
          <button type="button" data-qid=${c.qid} ?disabled=${host.wd.busy} @click=${() => chooseTown(host, c)}>
            <strong>${c.label}</strong>${c.description ? html` — ${c.description}` : nothing}${country ? html` (${country})` : nothing}
          </button>
        </li>`;
      })}
    </ul>`;
}
