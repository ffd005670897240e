/**
 * One partner as one card: first its words in a language (formatted once per
 * partner and language, then cached), then its elements.
 *
 * Text from the feed only ever becomes text nodes and attribute values, never
 * markup: a name like `<img onerror=…>` shows as those characters.
 */
import {resolveText, type LocalizedText, type Partner} from '../core/feed.js';
import {countryName, numberFormat, pluralRules} from './intl-cache.js';
import type {Language} from '../core/language.js';
import type {ReciprocityStatus} from '../core/reciprocity.js';
import {inLocale} from '../i18n/localization.js';
import {
  inhabitantsWord,
  pluralCategory,
  kindLabel,
  populationText,
  readMoreLabel,
  readMoreText,
  reciprocityText,
  relationText,
  themeLabel,
} from '../i18n/messages.js';

/** The card layouts of the `layout` attribute; anything else is `grid`. */
export type Layout = 'grid' | 'list' | 'compact';

/** `layout="list"`, in any case; an unknown or absent value is `grid`. */
export function layoutOf(value: unknown): Layout {
  const layout = String(value).toLowerCase();
  return layout === 'list' || layout === 'compact' ? layout : 'grid';
}

/** The box an image takes before it loads (16:9): nothing moves when it arrives. */
const IMAGE_WIDTH = 640;
const IMAGE_HEIGHT = 360;

/** Feed text resolved for a language; `lang` is set when it came back in another one. */
interface Text {
  readonly text: string;
  readonly lang?: string;
}

/** A piece of the relation line: the text of its `kind` or `since` part, or the words around them (''). */
type Piece = readonly [part: 'kind' | 'since' | '', text: string];

/** Everything a card shows, as strings in one language. */
interface CardView {
  readonly id: string;
  readonly name: Text;
  readonly country: string;
  readonly region?: Text;
  /** "Jumelage depuis 1962", cut around the kind and the year. */
  readonly relation: readonly Piece[];
  readonly population?: string;
  readonly summary?: Text;
  readonly themes: readonly string[];
  readonly url?: string;
  readonly readMore: string;
  readonly readMoreLabel: string;
  readonly image?: {readonly src: string; readonly alt: Text};
}

const views = new WeakMap<Partner, Map<string, CardView>>();

/** The card's words for `language`, computed once per (partner, language). */
function cardView(partner: Partner, language: Language): CardView {
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
    const word = inhabitantsWord(pluralCategory(pluralRules(tag), value));
    population = populationText(numberFormat(tag).format(value), word, approximate, year);
  }
  return {
    id: p.id,
    name,
    country: countryName(p.country, tag),
    relation: relation(kindLabel(p.kind), p.since),
    themes: p.themes.map(themeLabel),
    readMore: readMoreText(),
    readMoreLabel: readMoreLabel(name.text),
    ...(p.region && {region: text(p.region)}),
    ...(population && {population}),
    ...(p.summary && {summary: text(p.summary)}),
    ...(p.url && {url: p.url}),
    ...(p.image && {image: {src: p.image.src, alt: p.image.alt ? text(p.image.alt) : {text: ''}}}),
  };
}

// Stand-ins for the kind and the year while the relation message is written, so
// each language puts them where its grammar wants them (private-use characters).
const KIND = '\uE000';
const YEAR = '\uE001';

/** "Jumelage depuis 1962" as pieces, so the kind and the year keep their own parts; without a year, the kind alone. */
function relation(kind: string, since?: number): Piece[] {
  if (since === undefined) return [['kind', kind]];
  return relationText(KIND, YEAR)
    .split(/(\uE000|\uE001)/)
    .filter(Boolean)
    .map((piece) => (piece === KIND ? ['kind', kind] : piece === YEAR ? ['since', String(since)] : ['', piece]));
}

/** An image that cannot be shown is hidden, so no broken-image icon is left on the card. */
function hideImage(this: HTMLImageElement): void {
  this.hidden = true;
}

/**
 * The card of one partner, as plain DOM: a list of a thousand cards is built
 * about as fast as hand-written `innerHTML`, with no template markers, and every
 * value from the feed goes through `textContent` or an attribute, never markup.
 * `level` is the heading level, 1 to 6; `reciprocity` says whether the partner
 * lists this town back, when `reciprocal` has checked.
 */
function cardElement(view: CardView, level: number, reciprocity?: string): HTMLLIElement {
  const add = (parent: Element, tag: string, part?: string, content?: Text | string) => {
    const el = parent.appendChild(document.createElement(tag));
    if (part) el.setAttribute('part', part);
    if (typeof content === 'string') el.textContent = content;
    else if (content) {
      el.textContent = content.text;
      el.dir = 'auto';
      if (content.lang) el.lang = content.lang;
    }
    return el;
  };
  const card = document.createElement('li');
  card.setAttribute('part', 'card');
  card.dataset.id = view.id;
  if (view.image) {
    const img = add(card, 'img', 'image') as HTMLImageElement;
    img.alt = view.image.alt.text;
    if (view.image.alt.lang) img.lang = view.image.alt.lang;
    img.width = IMAGE_WIDTH;
    img.height = IMAGE_HEIGHT;
    img.loading = 'lazy';
    img.decoding = 'async';
    img.referrerPolicy = 'no-referrer';
    img.addEventListener('error', hideImage);
    img.src = view.image.src;
  }
  // The text beside the picture (layout="list") or under it.
  const body = add(card, 'div');
  body.className = 'body';
  add(body, `h${level}`, 'name', view.name).title = view.name.text;
  const where = add(body, 'p');
  where.className = 'where';
  if (view.region) {
    add(where, 'span', 'region', view.region);
    add(where, 'span', undefined, ', ').className = 'sep';
  }
  add(where, 'span', 'country', view.country);
  const relation = add(body, 'p');
  relation.className = 'relation';
  for (const [part, text] of view.relation) {
    if (part) add(relation, 'span', part, text);
    else relation.append(text);
  }
  if (view.population) add(body, 'p', 'population', view.population);
  if (view.summary) add(body, 'p', 'summary', view.summary);
  if (view.themes.length) {
    const list = add(body, 'ul', 'themes');
    // Safari drops the list semantics of a list styled without bullets: say it again.
    list.setAttribute('role', 'list');
    for (const theme of view.themes) add(list, 'li', undefined, theme);
  }
  if (reciprocity) add(body, 'p', 'reciprocity', reciprocity);
  if (view.url) {
    const link = add(body, 'a', 'link', view.readMore) as HTMLAnchorElement;
    link.href = view.url;
    link.setAttribute('aria-label', view.readMoreLabel);
  }
  return card;
}

/**
 * One element's card nodes, built once per (partner, language, heading level,
 * reciprocity status) and handed to Lit again as they are: Lit leaves a node it
 * already holds alone, so re-rendering for anything else touches no card.
 * Call `get()` while rendering, where msg() answers in the element's language.
 */
export class CardNodes {
  #cards = new WeakMap<Partner, HTMLLIElement>();
  #key = '';

  get(
    partners: readonly Partner[],
    language: Language,
    level: number,
    reciprocity?: ReadonlyMap<string, ReciprocityStatus>
  ): HTMLLIElement[] {
    const key = `${language.tag} ${level}`;
    if (key !== this.#key) {
      this.#cards = new WeakMap();
      this.#key = key;
    }
    return partners.map((partner) => {
      const status = reciprocity?.get(partner.id);
      let card = this.#cards.get(partner);
      if (!card || card.dataset.reciprocity !== status) {
        const view = cardView(partner, language);
        const mark =
          status === 'listed' || status === 'missing'
            ? reciprocityText(status === 'listed', view.name.text)
            : undefined;
        card = cardElement(view, level, mark);
        if (status) card.dataset.reciprocity = status;
        this.#cards.set(partner, card);
      }
      return card;
    });
  }
}
