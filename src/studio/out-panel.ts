/**
 * Out of the studio: the download (or what to fix first, field by field), the
 * code that puts the list on a page, and where the file goes in each CMS.
 */
import {html, nothing} from 'lit';
import {lastYear} from '../core/limits.js';
import {problemText} from '../i18n/messages.js';
import type {FieldProblem} from './checks.js';
import {shortcode, srcSnippet} from './export.js';
import {heading} from './heading.js';
import {renderNotice} from './notice.js';
import * as text from './messages.js';
import type {TwinCitiesStudio} from './studio.js';

/** The label of the field a problem is about, as its form shows it. */
function fieldLabel(field: string): string {
  const top = field.split('.')[0];
  const labels: Record<string, () => string> = {
    id: text.idLabel, name: text.nameLabel, country: text.countryLabel, region: text.regionLabel,
    summary: text.summaryLabel, kind: text.kindLabelText, themes: text.themesLabel, population: text.populationLabel,
    since: text.sinceLabel, url: text.urlLabel, image: text.imageLabel, location: text.locationLabel, feed: text.feedLabel,
  };
  return (labels[top] ?? (() => field))();
}

function renderBlocked(host: TwinCitiesStudio) {
  const maxYear = lastYear();
  const items: {where: string; problem: FieldProblem; go: () => void}[] = [];
  for (const problem of host.checked.city) {
    items.push({where: text.cityHeading(), problem, go: () => host.focusCityField(problem.field)});
  }
  for (const [index, list] of host.checked.partners) {
    const e = host.work.partners[index];
    if (!e) continue;
    for (const problem of list) {
      items.push({where: `${index + 1}. ${host.nameOf(e)}`, problem, go: () => host.select(e.key, problem.field)});
    }
  }
  return html`<ul class="blocked">
    ${items.slice(0, 200).map(
      ({where, problem, go}) => html`<li>
        ${text.problemWhereText(where, fieldLabel(problem.field), problemText(problem.problem, maxYear))}
        <button type="button" name="fix" @click=${go}>${text.goToFieldText()}</button>
      </li>`
    )}
  </ul>`;
}

export function renderOut(host: TwinCitiesStudio) {
  const url = host.publishedUrl.trim() || 'https://www.example.org/jumelages.json';
  const blocked = host.outNotice?.alert && host.checked.count > 0;
  return html`<section aria-labelledby="out-heading">
    ${heading(host.headingLevel, 2, text.outHeading(), {id: 'out-heading'})}
    <p><button type="button" name="download" class="primary" @click=${() => host.downloadFeed()}>${text.downloadText()}</button></p>
    ${renderNotice(host, blocked || !host.outNotice?.alert ? host.outNotice : undefined, 'out-status')}
    ${blocked ? renderBlocked(host) : nothing}
    ${heading(host.headingLevel, 3, text.embedHeading())}
    <div class="field">
      <label for="published-url">${text.publishedUrlLabel()}</label>
      <input id="published-url" type="url" name="published-url" placeholder="https://www.example.org/jumelages.json" .value=${host.publishedUrl}
        @input=${(e: Event) => (host.publishedUrl = (e.target as HTMLInputElement).value)} />
    </div>
    <div class="field">
      <label for="snippet-src">${text.snippetSrcLabel()}</label>
      <textarea id="snippet-src" name="snippet-src" readonly rows="3" .value=${srcSnippet(url)}></textarea>
    </div>
    <div class="field">
      <label for="shortcode">${text.shortcodeLabel()}</label>
      <input id="shortcode" name="shortcode" readonly .value=${shortcode(url)} />
    </div>
    <details @toggle=${(e: Event) => (host.inlineOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${text.snippetInlineLabel()}</summary>
      <div class="field">
        <label for="snippet-inline">${text.snippetInlineLabel()}</label>
        <textarea id="snippet-inline" name="snippet-inline" readonly rows="8" .value=${host.inlineOpen ? host.inlineCode : ''}></textarea>
      </div>
    </details>
    ${heading(host.headingLevel, 3, text.guideHeading())}
    <ul class="guide">
      <li>${text.guideWordPress()}</li>
      <li>${text.guideDrupal()}</li>
      <li>${text.guideOther()}</li>
    </ul>
    <p><a href="../docs/publishing.md" target="_blank" rel="noopener">${text.guideLinkText()}</a></p>
  </section>`;
}
