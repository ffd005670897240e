/**
 * Wikidata's answers as a town and partner drafts: what the studio fills in when
 * the editor picks their town. Pure: the studio makes the requests (Action API,
 * `wbsearchentities` then `wbgetentities`), this module reads the JSON.
 *
 * Everything read is treated as untrusted: only own properties, only the types
 * expected, deprecated statements (known to be wrong) and `novalue`/`somevalue`
 * snaks ignored. A value Wikidata does not have is left out of the draft and
 * named in `missing`, for the editor to fill.
 */
import {isCountryCode} from './countries.js';
import {FIRST_YEAR, lastYear} from './limits.js';
import {LOCALES} from './language.js';
import {slug} from './partner-row.js';

/** What a page may ask Wikidata for at once (`wbgetentities`' own limit). */
export const BATCH = 50;

/** The languages the names are read in: the element's six. */
export const LABEL_LANGUAGES: readonly string[] = LOCALES;

type Json = unknown;
type JsonObject = {readonly [key: string]: Json};

const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Json, key: string): Json => (isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined);
const QID = /^Q[1-9]\d{0,11}$/;

/** `Q90` (any case, spaces around) as a Wikidata item id, or `undefined`. */
export function itemId(text: string): string | undefined {
  const id = text.trim().toUpperCase();
  return QID.test(id) ? id : undefined;
}

/** The `wbsearchentities` request for a town's name, in the interface language. */
export function searchUrl(base: string, search: string, language: string): string {
  const url = new URL(base);
  const params = {action: 'wbsearchentities', search, language, uselang: language, type: 'item', limit: '10'};
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return common(url);
}

/** The `wbgetentities` request for up to `BATCH` items. */
export function entitiesUrl(base: string, ids: readonly string[], props: string): string {
  if (ids.length === 0 || ids.length > BATCH) throw new RangeError(`wbgetentities takes 1 to ${BATCH} ids`);
  const url = new URL(base);
  url.searchParams.set('action', 'wbgetentities');
  url.searchParams.set('ids', ids.join('|'));
  url.searchParams.set('props', props);
  url.searchParams.set('languages', LABEL_LANGUAGES.join('|'));
  return common(url);
}

function common(url: URL): string {
  url.searchParams.set('format', 'json');
  // Anonymous cross-origin read: Wikidata then answers with Access-Control-Allow-Origin: *.
  url.searchParams.set('origin', '*');
  return url.href;
}

/** Ids in batches Wikidata accepts. */
export function batches(ids: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH) out.push(ids.slice(i, i + BATCH));
  return out;
}

export interface Candidate {
  readonly qid: string;
  readonly label: string;
  readonly description: string;
}

/** The towns a search found, in Wikidata's order; `undefined` when the answer is not a search answer. */
export function candidatesOf(answer: Json): Candidate[] | undefined {
  const list = own(answer, 'search');
  if (!Array.isArray(list)) return undefined;
  const out: Candidate[] = [];
  for (const hit of list) {
    const qid = own(hit, 'id');
    if (typeof qid !== 'string' || !QID.test(qid)) continue;
    const label = own(hit, 'label');
    const description = own(hit, 'description');
    out.push({qid, label: typeof label === 'string' ? label : qid, description: typeof description === 'string' ? description : ''});
  }
  return out;
}

/** The items of a `wbgetentities` answer by id, leaving out missing ones; `undefined` when it is not one. */
export function entitiesOf(answer: Json): Map<string, JsonObject> | undefined {
  const entities = own(answer, 'entities');
  if (!isObject(entities)) return undefined;
  const out = new Map<string, JsonObject>();
  for (const [id, entity] of Object.entries(entities)) {
    if (isObject(entity) && QID.test(id) && own(entity, 'missing') === undefined) out.set(id, entity);
  }
  return out;
}

/** A property's statements that are not deprecated, preferred ones first. */
function statements(entity: Json, property: string): JsonObject[] {
  const list = own(own(entity, 'claims'), property);
  if (!Array.isArray(list)) return [];
  const usable = list.filter((s): s is JsonObject => isObject(s) && own(s, 'rank') !== 'deprecated');
  return [...usable.filter((s) => own(s, 'rank') === 'preferred'), ...usable.filter((s) => own(s, 'rank') !== 'preferred')];
}

/** A snak's value, when it has one (`novalue` and `somevalue` have none). */
function snakValue(snak: Json): Json {
  if (own(snak, 'snaktype') !== 'value') return undefined;
  return own(own(snak, 'datavalue'), 'value');
}

const itemOf = (snak: Json): string | undefined => {
  const id = own(snakValue(snak), 'id');
  return typeof id === 'string' && QID.test(id) ? id : undefined;
};

/** The year of a Wikidata time (`+1994-00-00T00:00:00Z`), when it is a plausible year. */
function yearOf(snak: Json): number | undefined {
  const time = own(snakValue(snak), 'time');
  const match = typeof time === 'string' ? /^\+(\d{4})-/.exec(time) : null;
  const year = match ? Number(match[1]) : undefined;
  return year !== undefined && year >= FIRST_YEAR && year <= lastYear() ? year : undefined;
}

/** Names in the six languages, as a feed's text object; `undefined` when there is none. */
export function labelsOf(entity: Json): Record<string, string> | undefined {
  const labels = own(entity, 'labels');
  const out: Record<string, string> = {};
  for (const lang of LABEL_LANGUAGES) {
    const value = own(own(labels, lang), 'value');
    if (typeof value === 'string' && value.trim()) out[lang] = value.trim();
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The item of the entity's country (P17), if stated. */
export function countryItemOf(entity: Json): string | undefined {
  for (const statement of statements(entity, 'P17')) {
    const id = itemOf(own(statement, 'mainsnak'));
    if (id) return id;
  }
  return undefined;
}

/** A country item's ISO 3166-1 alpha-2 code (P297), upper case, if it is an assigned one. */
export function isoCodeOf(countryEntity: Json): string | undefined {
  for (const statement of statements(countryEntity, 'P297')) {
    const value = snakValue(own(statement, 'mainsnak'));
    const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
    if (isCountryCode(code)) return code;
  }
  return undefined;
}

/** The coordinates (P625) on Earth, within ±90/±180. */
export function locationOf(entity: Json): {lat: number; lon: number} | undefined {
  for (const statement of statements(entity, 'P625')) {
    const value = snakValue(own(statement, 'mainsnak'));
    const lat = own(value, 'latitude');
    const lon = own(value, 'longitude');
    const globe = own(value, 'globe');
    if (globe !== undefined && globe !== 'http://www.wikidata.org/entity/Q2') continue;
    if (typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
      return {lat: round(lat), lon: round(lon)};
    }
  }
  return undefined;
}

/** Six decimals: about 10 cm, more than a town needs. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The population (P1082) with the latest census date (P585), with its year. */
export function populationOf(entity: Json): {value: number; year?: number} | undefined {
  let best: {value: number; year?: number} | undefined;
  for (const statement of statements(entity, 'P1082')) {
    const amount = own(snakValue(own(statement, 'mainsnak')), 'amount');
    const value = typeof amount === 'string' && /^\+?\d+$/.test(amount) ? Number(amount) : NaN;
    if (!Number.isSafeInteger(value)) continue;
    const dates = own(own(statement, 'qualifiers'), 'P585');
    const years = (Array.isArray(dates) ? dates : []).map(yearOf).filter((y): y is number => y !== undefined);
    const year = years.length > 0 ? Math.max(...years) : undefined;
    if (!best || (year !== undefined && (best.year === undefined || year > best.year))) {
      best = year === undefined ? {value} : {value, year};
    }
  }
  return best;
}

/** The Wikipedia article: French, else English. */
export function articleOf(entity: Json): string | undefined {
  for (const site of ['frwiki', 'enwiki']) {
    const link = own(own(entity, 'sitelinks'), site);
    const url = own(link, 'url');
    if (typeof url === 'string' && /^https:\/\/[a-z-]+\.wikipedia\.org\/wiki\//.test(url)) return url;
    const title = own(link, 'title');
    if (typeof title === 'string' && title.trim()) {
      return `https://${site.slice(0, 2)}.wikipedia.org/wiki/${encodeURIComponent(title.trim().replace(/ /g, '_'))}`;
    }
  }
  return undefined;
}

/** A twinning (P190) of the town: the partner's item and, when stated, the year it began (P580). */
export interface Twin {
  readonly qid: string;
  readonly since?: number;
}

/** The town's twinned administrative bodies (P190), each once, in Wikidata's order. */
export function twinsOf(entity: Json): Twin[] {
  const twins = new Map<string, Twin>();
  for (const statement of statements(entity, 'P190')) {
    const qid = itemOf(own(statement, 'mainsnak'));
    if (!qid || twins.has(qid)) continue;
    const starts = own(own(statement, 'qualifiers'), 'P580');
    const years = (Array.isArray(starts) ? starts : []).map(yearOf).filter((y): y is number => y !== undefined);
    twins.set(qid, years.length > 0 ? {qid, since: Math.min(...years)} : {qid});
  }
  return [...twins.values()];
}

/** The fields a draft may lack, as the feed names them. */
export type DraftField = 'name' | 'country' | 'population' | 'location' | 'url' | 'since';

export interface Draft {
  /** The partner, as a feed entry: only what Wikidata gave. */
  readonly partner: Record<string, Json>;
  readonly qid: string;
  /** What Wikidata does not say: for the editor to fill or leave out. */
  readonly missing: readonly DraftField[];
}

/** The chosen town as the feed's `city`: names, country, location. */
export function cityOf(entity: Json, countries: ReadonlyMap<string, string>): Record<string, Json> {
  const country = countryCode(entity, countries);
  const location = locationOf(entity);
  return {
    ...(labelsOf(entity) && {name: labelsOf(entity)}),
    ...(country && {country}),
    ...(location && {location}),
  };
}

const countryCode = (entity: Json, countries: ReadonlyMap<string, string>) => {
  const item = countryItemOf(entity);
  return item === undefined ? undefined : countries.get(item);
};

/**
 * A partner draft from a twin's item. `countries` maps country items to their
 * ISO codes; `taken` holds the ids already in the list, so the new one is unique.
 */
export function draftOf(
  twin: Twin,
  entity: Json,
  countries: ReadonlyMap<string, string>,
  taken: Set<string>
): Draft {
  const missing: DraftField[] = [];
  const partner: Record<string, Json> = {};
  const name = labelsOf(entity);
  const fallbackName = name ? (name.fr ?? Object.values(name)[0]) : undefined;
  partner.id = uniqueId(slug(fallbackName ?? '') || twin.qid.toLowerCase(), taken);
  if (name) partner.name = name;
  else missing.push('name');
  const country = countryCode(entity, countries);
  if (country) partner.country = country;
  else missing.push('country');
  const population = populationOf(entity);
  if (population) partner.population = population;
  else missing.push('population');
  if (twin.since !== undefined) partner.since = twin.since;
  else missing.push('since');
  const url = articleOf(entity);
  if (url) partner.url = url;
  else missing.push('url');
  const location = locationOf(entity);
  if (location) partner.location = location;
  else missing.push('location');
  return {partner, qid: twin.qid, missing};
}

/** `sopot`, else `sopot-2`, `sopot-3`…: ids stay unique in the list. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
