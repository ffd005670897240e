/**
 * One partner as one card: first its words in a language (formatted once per
 * partner and language, then cached), then its template.
 *
 * Text from the feed only ever reaches Lit text bindings and attribute bindings,
 * never markup: a name like `<img onerror=…>` shows as those characters.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {html as staticHtml, literal, type StaticValue} from 'lit/static-html.js';
import {resolveText, type LocalizedText, type Partner} from './feed.js';
import {countryName, numberFormat, pluralRules} from './intl-cache.js';
import type {Language} from './language.js';
import {inLocale} from './localization.js';
import {
  inhabitantsWord,
  kindLabel,
  populationText,
  readMoreLabel,
  readMoreText,
  sinceText,
  themeLabel,
} from './messages.js';

/** Feed text resolved for a language; `lang` is set when it came back in another one. */
interface Text {
  readonly text: string;
  readonly lang?: string;
}

/** Everything a card shows, as strings in one language. */
export interface CardView {
  readonly id: string;
  readonly name: Text;
  readonly country: string;
  readonly kind: string;
  readonly region?: Text;
  readonly population?: string;
  readonly since?: string;
  readonly summary?: Text;
  readonly themes: readonly string[];
  readonly url?: string;
  readonly readMore: string;
  readonly readMoreLabel: string;
  readonly image?: {readonly src: string; readonly alt: Text};
}

const views = new WeakMap<Partner, Map<string, CardView>>();

/** The card's words for `language`, computed once per (partner, language). */
export function cardView(partner: Partner, language: Language): CardView {
  let byTag = views.get(partner);
  if (!byTag) views.set(partner, (byTag = new Map()));
  let view = byTag.get(language.tag);
  if (!view) {
    view = inLocale(language.locale, () => format(partner, language));
    byTag.set(language.tag, view);
  }
  return view;
}

function format(p: Partner, {locale, tag}: Language): CardView {
  const text = (value: LocalizedText): Text => {
    const resolved = resolveText(value, tag);
    const foreign = resolved.lang && resolved.lang.split('-')[0].toLowerCase() !== locale;
    return foreign ? resolved : {text: resolved.text};
  };
  const name = text(p.name);
  let population: string | undefined;
  if (p.population) {
    const {value, approximate, year} = p.population;
    const word = inhabitantsWord(pluralRules(tag).select(value));
    population = populationText(numberFormat(tag).format(value), word, approximate, year);
  }
  return {
    id: p.id,
    name,
    country: countryName(p.country, tag),
    kind: kindLabel(p.kind),
    themes: p.themes.map(themeLabel),
    readMore: readMoreText(),
    readMoreLabel: readMoreLabel(name.text),
    ...(p.region && {region: text(p.region)}),
    ...(population && {population}),
    ...(p.since !== undefined && {since: sinceText(p.kind, p.since)}),
    ...(p.summary && {summary: text(p.summary)}),
    ...(p.url && {url: p.url}),
    ...(p.image && {image: {src: p.image.src, alt: p.image.alt ? text(p.image.alt) : {text: ''}}}),
  };
}

const HEADINGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** The card of one partner; `level` is the heading level, 1 to 6. */
export function cardTemplate(view: CardView, level: number): TemplateResult {
  const h = HEADINGS[level - 1];
  return html`<li part="card" class="card" data-id=${view.id}>
    ${view.image
      ? html`<img part="image" src=${view.image.src} alt=${view.image.alt.text}
          lang=${ifDefined(view.image.alt.lang)} loading="lazy" decoding="async" />`
      : nothing}
    ${staticHtml`<${h} part="name" class="name" dir="auto" lang=${ifDefined(view.name.lang)}
      title=${view.name.text}>${view.name.text}</${h}>`}
    <p part="country" class="country">${view.country}</p>
    ${view.region
      ? html`<p part="region" dir="auto" lang=${ifDefined(view.region.lang)}>${view.region.text}</p>`
      : nothing}
    <p part="kind" class="kind">${view.kind}</p>
    ${view.population ? html`<p part="population">${view.population}</p>` : nothing}
    ${view.since ? html`<p part="since">${view.since}</p>` : nothing}
    ${view.summary
      ? html`<p part="summary" dir="auto" lang=${ifDefined(view.summary.lang)}>${view.summary.text}</p>`
      : nothing}
    ${view.themes.length
      ? html`<ul part="themes" class="themes">
          ${view.themes.map((t) => html`<li>${t}</li>`)}
        </ul>`
      : nothing}
    ${view.url
      ? html`<a part="link" class="link" href=${view.url} aria-label=${view.readMoreLabel}
          >${view.readMore}</a>`
      : nothing}
  </li>`;
}
