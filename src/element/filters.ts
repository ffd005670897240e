/**
 * What the `filters` toolbar narrows a list to: words to search for, a country, a
 * kind and themes. Words are looked for in each partner's name, region and summary
 * as the display language shows them, ignoring case and accents (Lodz finds Łódź);
 * every word must appear. Themes widen within themselves (culture or water) while
 * the country, the kind, the themes and the words narrow one another.
 */
import {KINDS, resolveText, type Kind, type LocalizedText, type Partner} from '../core/feed.js';
import {folded} from '../core/fold.js';
import {collator, countryName} from './intl-cache.js';

export interface Filters {
  readonly query: string;
  /** An ISO 3166-1 code, or '' for every country. */
  readonly country: string;
  /** A kind, or '' for every kind. */
  readonly kind: string;
  /** Theme ids; empty for every theme. */
  readonly themes: readonly string[];
}

export const NO_FILTERS: Filters = {query: '', country: '', kind: '', themes: []};

/** Each partner's searchable text per language tag, folded once. */
const haystacks = new WeakMap<Partner, Map<string, string>>();

function haystack(partner: Partner, tag: string): string {
  let byTag = haystacks.get(partner);
  if (!byTag) haystacks.set(partner, (byTag = new Map()));
  let text = byTag.get(tag);
  if (text === undefined) {
    const read = (value?: LocalizedText) => (value === undefined ? '' : resolveText(value, tag).text);
    text = folded(`${read(partner.name)}\n${read(partner.region)}\n${read(partner.summary)}`);
    byTag.set(tag, text);
  }
  return text;
}

/** The partners that pass every filter, in the order given. */
export function filterPartners(partners: readonly Partner[], f: Filters, tag: string): readonly Partner[] {
  const words = folded(f.query).split(/\s+/).filter(Boolean);
  return partners.filter(
    (p) =>
      (!f.country || p.country === f.country) &&
      (!f.kind || p.kind === f.kind) &&
      (!f.themes.length || f.themes.some((t) => p.themes.includes(t))) &&
      words.every((word) => haystack(p, tag).includes(word))
  );
}

/** What the toolbar offers: only what the list holds. */
export interface Choices {
  /** [code, name in the display language], by that language's collation. */
  readonly countries: readonly (readonly [string, string])[];
  readonly kinds: readonly Kind[];
  /** Theme ids, as first met in the feed. */
  readonly themes: readonly string[];
}

export function choicesOf(partners: readonly Partner[], tag: string): Choices {
  const countries = new Set<string>();
  const kinds = new Set<string>();
  const themes = new Set<string>();
  for (const p of partners) {
    countries.add(p.country);
    kinds.add(p.kind);
    for (const t of p.themes) themes.add(t);
  }
  const compare = collator(tag).compare;
  return {
    countries: [...countries].map((c) => [c, countryName(c, tag)] as const).sort((a, b) => compare(a[1], b[1])),
    kinds: KINDS.filter((k) => kinds.has(k)),
    themes: [...themes],
  };
}
