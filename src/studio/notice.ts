/**
 * A status line under a part of the studio: polite (`role="status"`) or an alert,
 * present before it speaks so screen readers announce it, with the remarks under it
 * and an undo button when the change it reports can be undone.
 */
import {html, nothing} from 'lit';
import * as text from './messages.js';
import type {Notice, TwinCitiesStudio} from './studio.js';

/** A status line: polite, or an alert; its remarks; an undo button when the change can be undone. */
export function renderNotice(host: TwinCitiesStudio, notice: Notice | undefined, id: string) {
  return html`<div id=${id} class="notice" role=${notice?.alert ? 'alert' : 'status'}>
    ${notice
      ? html`<p>${notice.say()}
            ${notice.undo && host.canUndo ? html`<button type="button" name="undo" @click=${() => host.undo()}>${text.undoText()}</button>` : nothing}
          </p>
          ${notice.details?.length
            ? html`<ul class="remarks">${notice.details.map((say) => html`<li>${say()}</li>`)}</ul>`
            : nothing}`
      : nothing}
  </div>`;
}

