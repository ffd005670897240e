/**
 * The BUILT bundle (dist/twin-cities.js, `npm run build` first) carries its five
 * catalogs packed into one text each (scripts/rollup/compact-messages.mjs). Every
 * language must still show its own words, placeholders filled in the right order,
 * the same as the catalogs lit-localize built from locales/*.xlf.
 */
import {expect, oneEvent} from '@open-wc/testing';
import '../../dist/twin-cities.js';
import {templates as de} from '../../src/i18n/generated/locales/de.js';
import {templates as en} from '../../src/i18n/generated/locales/en.js';
import {templates as it_} from '../../src/i18n/generated/locales/it.js';
import {templates as pl} from '../../src/i18n/generated/locales/pl.js';
import {templates as pt} from '../../src/i18n/generated/locales/pt.js';
import {FIRST_YEAR, lastYear} from '../../src/core/limits.js';

type Template = string | {strings: readonly string[]; values: number[]};
const catalogs: Record<string, Record<string, Template>> = {de, en, it: it_, pl, pt};

/** A catalog message with its placeholders filled, as lit-localize would. */
function expected(locale: string, id: string, ...values: unknown[]): string {
  const template = catalogs[locale][id];
  if (typeof template === 'string') return template;
  return template.strings.reduce((out, part, i) => out + String(values[template.values[i - 1]]) + part);
}

const shadowText = (el: Element, part: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((node) => node.textContent!.trim());

async function show(lang: string, setup: (el: HTMLElement & {feed?: unknown}) => void, event: string) {
  const el = document.createElement('twin-cities') as HTMLElement & {feed?: unknown};
  el.lang = lang;
  setup(el);
  const done = oneEvent(el, event);
  document.body.append(el);
  const {detail} = await done;
  // The status and cards render in the same task as the event, or the next frame.
  await new Promise(requestAnimationFrame);
  return {el, detail};
}

afterEach(() => document.querySelectorAll('twin-cities').forEach((el) => el.remove()));

describe('the built bundle in every language', () => {
  for (const locale of Object.keys(catalogs)) {
    it(`${locale}: an error names the feed where the translation puts it`, async () => {
      const src = '/demo/feeds/broken.json';
      const {el, detail} = await show(locale, (e) => e.setAttribute('src', src), 'error');
      // The address as the web editor wrote it in src.
      expect(detail.message).to.equal(expected(locale, 'error.parse', src));
      expect(shadowText(el, 'status')).to.deep.equal([detail.message]);
    });

    it(`${locale}: a problem sentence puts the year range and the value in their places`, async () => {
      const {detail} = await show(
        locale,
        (e) => (e.feed = {version: 1, partners: [{id: 'x', name: 'X', country: 'FR', since: 1700}]}),
        'load'
      );
      expect(detail.problems).to.deep.equal([
        {
          path: 'partners[0].since',
          message: `${expected(locale, 'problem.year', FIRST_YEAR, lastYear(), 1700)} ${expected(locale, 'problem.dropped')}`,
        },
      ]);
    });

    it(`${locale}: the card's words come from the catalog`, async () => {
      const feed = {version: 1, partners: [{id: 'x', name: 'X', country: 'FR', kind: 'cooperation', themes: ['water'], url: 'https://example.org/'}]};
      const {el} = await show(locale, (e) => (e.feed = feed), 'load');
      expect(shadowText(el, 'kind')).to.deep.equal([expected(locale, 'kind.cooperation')]);
      expect(shadowText(el, 'themes').join(' ')).to.contain(expected(locale, 'theme.water'));
      expect(shadowText(el, 'link')).to.deep.equal([expected(locale, 'link.read-more')]);
    });
  }
});
