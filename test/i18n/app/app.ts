/**
 * A Lit application that localizes itself with @lit/localize, as an npm user of
 * twin-cities would write it: source English, one Spanish catalog, its own ids.
 * Its page also shows a `<twin-cities lang="de">`, which must speak German from
 * its own catalogs while the app speaks Spanish from the app's.
 */
import {configureLocalization, msg, str} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {html, render} from 'lit';
import {expect, oneEvent} from '@open-wc/testing';
import {templates as german} from '../../../src/i18n/generated/locales/de.js';

const spanish = {
  'app.greeting': 'Nuestras ciudades hermanas',
  'app.count': str`${0} ciudades`,
};

/** Errors the page reports (an import or a configuration that throws). */
export const pageErrors: unknown[] = [];
addEventListener('error', (event) => pageErrors.push(event.error ?? event.message));

/** What the app does at start-up: configure @lit/localize, then switch to Spanish. */
export async function startApp(): Promise<void> {
  const {setLocale} = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['es'],
    loadLocale: async () => ({templates: spanish}),
  });
  await setLocale('es');
}

/** The same app in @lit/localize's reentrant mode, always in Spanish. */
export function startReentrantApp(): void {
  configureReentrantLocalization({
    sourceLocale: 'en',
    targetLocales: ['es'],
    getLocale: () => 'es',
    loadLocaleSync: () => ({templates: spanish}),
  });
}

/** The app's own view: a heading and a count, through its msg(). */
const view = (count: number) =>
  html`<h1>${msg('Our twin cities', {id: 'app.greeting'})}</h1>
    <p>${msg(str`${count} cities`, {id: 'app.count'})}</p>`;

/** Renders the app's view and a German `<twin-cities>` next to it; checks both. */
export async function checkBothSpeakTheirOwnLanguage(): Promise<void> {
  const host = document.createElement('main');
  document.body.append(host);
  render(view(3), host);
  const el = document.createElement('twin-cities') as HTMLElement & {feed?: unknown};
  el.lang = 'de';
  el.feed = {version: 1, partners: [{id: 'x', name: 'Oranienburg', country: 'DE', kind: 'twinning'}]};
  const loaded = oneEvent(el, 'load');
  host.append(el);
  await loaded;
  await new Promise(requestAnimationFrame);
  // The app again, after twin-cities rendered: still Spanish.
  render(view(4), host);

  const kind = el.shadowRoot!.querySelector('[part="kind"]')!.textContent!.trim();
  expect(kind).to.equal(german['kind.twinning']);
  expect(host.querySelector('h1')!.textContent).to.equal('Nuestras ciudades hermanas');
  expect(host.querySelector('p')!.textContent).to.equal('4 ciudades');
  expect(pageErrors).to.deep.equal([]);
  host.remove();
}
