/**
 * The partners in feed order, one row each: its name and country, whether it is a
 * draft to check or has a field to fix, and buttons to open its form, move it and
 * remove it. The buttons keep their place when the row moves, so focus stays.
 */
import {html, nothing} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {TwinCitiesStudio} from './studio.js';
import * as text from './messages.js';
import {heading} from './heading.js';
import {renderNotice} from './notice.js';

export function renderPartners(host: TwinCitiesStudio) {
  const {partners} = host.work;
  return html`
    <section aria-labelledby="partners-heading">
      ${heading(host.headingLevel, 2, text.partnersHeading(partners.length), {id: 'partners-heading', focusable: true})}
      ${partners.length === 0
        ? html`<p>${text.noPartnerText()}</p>`
        : html`<ol class="partners">
            ${repeat(
              partners.slice(0, host.listLimit),
              (e) => e.key,
              (e, index) => {
                const name = host.nameOf(e);
                const country = typeof e.data.country === 'string' ? e.data.country : '';
                const toFix = host.checked.partners.has(index);
                const last = index === partners.length - 1;
                return html`<li data-key=${e.key} class=${host.selected === e.key ? 'current' : ''}>
                  <span class="name">${name}</span>
                  <span class="country">${country}</span>
                  ${e.draft ? html`<span class="badge draft">${text.toCheckText()}</span>` : nothing}
                  ${toFix ? html`<span class="badge fix">${text.toFixText()}</span>` : nothing}
                  <span class="actions">
                    <button type="button" data-action="edit" aria-label=${text.editText(name)} @click=${() => host.select(e.key)}>✎</button>
                    <button type="button" data-action="up" aria-label=${text.moveUpText(name)} aria-disabled=${index === 0 ? 'true' : 'false'}
                      @click=${() => host.move(e.key, -1, 'up')}>↑</button>
                    <button type="button" data-action="down" aria-label=${text.moveDownText(name)} aria-disabled=${last ? 'true' : 'false'}
                      @click=${() => host.move(e.key, 1, 'down')}>↓</button>
                    <button type="button" data-action="delete" aria-label=${text.deleteText(name)} @click=${() => host.removePartner(e.key)}>✕</button>
                  </span>
                </li>`;
              }
            )}
          </ol>
          ${partners.length > host.listLimit
            ? html`<p><button type="button" name="more" @click=${() => host.showMore()}>
                ${text.moreText(Math.min(host.listLimit, partners.length), partners.length)}</button></p>`
            : nothing}`}
      ${renderNotice(host, host.listNotice, 'list-status')}
    </section>
  `;
}
