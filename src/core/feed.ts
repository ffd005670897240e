/**
 * Feed version 1: JSON in, a typed model and a list of problems out.
 *
 * Pure and language-independent: no DOM, no Intl, no messages. A problem is a
 * code plus the values needed to explain it; the element and the command-line
 * tool turn it into a sentence in the reader's language (see `messages.ts`).
 * Everything read from the feed is treated as hostile: only own properties are
 * read (a `__proto__` key never reaches a prototype), nothing is merged into an
 * existing object, and every URL goes through `new URL()` and an http(s) check.
 * A `feed` object set from script may still have getters that throw: the
 * element's loader (`load.ts`) catches that.
 */
import {isCountryCode} from './countries.js';
import {FIRST_YEAR, lastYear, MAX_PROBLEMS} from './limits.js';

/** A string, or strings keyed by language tag (`{ "fr": …, "de": … }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

export const KINDS = ['twinning', 'cooperation', 'friendship'] as const;
export type Kind = (typeof KINDS)[number];

/** The decentralised cooperation themes that have a localized label. */
export const THEMES = [
  'institutions',
  'environment',
  'water',
  'energy',
  'waste',
  'culture',
  'education',
  'inclusion',
  'social-economy',
] as const;
export type Theme = (typeof THEMES)[number];

export interface Population {
  readonly value: number;
  readonly year?: number;
  readonly approximate: boolean;
}

export interface Partner {
  readonly id: string;
  readonly name: LocalizedText;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  readonly kind: Kind;
  readonly themes: readonly string[];
  readonly region?: LocalizedText;
  readonly population?: Population;
  readonly since?: number;
  readonly summary?: LocalizedText;
  /** Absolute http(s) URL. */
  readonly url?: string;
  readonly image?: {readonly src: string; readonly alt?: LocalizedText};
  readonly location?: LatLon;
  /** The partner town's own feed, absolute http(s) URL. */
  readonly feed?: string;
}

/** Latitude and longitude in degrees (WGS 84), within ±90 and ±180. */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

export interface City {
  readonly name?: LocalizedText;
  readonly country?: string;
  readonly url?: string;
  /** Where the town itself is: the map draws it and a line to each partner. */
  readonly location?: LatLon;
}

export interface Feed {
  readonly version: 1;
  readonly city?: City;
  readonly partners: readonly Partner[];
}

/**
 * Why a value was refused. `skipped` problems removed a whole partner; the others
 * dropped one field and the card still renders.
 */
export type ProblemCode =
  | 'required' // a required field missing or empty
  | 'duplicate-id'
  | 'country'
  | 'text'
  | 'url'
  | 'integer'
  | 'year'
  | 'boolean'
  | 'kind'
  | 'themes'
  | 'location'
  | 'object';

export interface FeedProblem {
  /** Where, written like `partners[3].url`. */
  readonly path: string;
  readonly code: ProblemCode;
  /** True when the whole partner was skipped. */
  readonly skipped: boolean;
  /** The offending value, shortened, for the message (absent when there is none). */
  readonly value?: string;
}

/**
 * @deprecated `FeedProblem`, under the name `twin-cities/feed` gave it in 0.1.0;
 * kept for npm users of `twin-cities/feed` until the next major version.
 */
export type Problem = FeedProblem;

/** Why a document is not a version-1 feed at all. */
export type InvalidReason = 'not-object' | 'version' | 'partners';

export type ParseResult =
  | {
      readonly ok: true;
      readonly feed: Feed;
      /** The first `maxProblems` problems, in document order. */
      readonly problems: readonly FeedProblem[];
      /** How many problems the feed has in all, those past `maxProblems` included. */
      readonly problemCount: number;
    }
  | {readonly ok: false; readonly reason: InvalidReason};

export interface ParseOptions {
  /** Used for "next year", the upper bound of years. Defaults to now. */
  readonly now?: Date;
  /**
   * Problems past this many are counted, not described (default MAX_PROBLEMS):
   * a feed of millions of wrong values stays a count, not millions of objects.
   */
  readonly maxProblems?: number;
}

type Json = unknown;
type JsonObject = {readonly [key: string]: Json};

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

const isObject = (v: Json): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an own property only: `__proto__` or `constructor` keys never reach a prototype. */
const own = (o: JsonObject, key: string): Json =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;

/** The offending value, short, for a message; never throws (deep or huge values). */
const show = (v: Json): string => {
  let text: string;
  if (typeof v === 'string') text = v;
  else if (typeof v !== 'object' || v === null) text = String(v);
  else {
    try {
      text = JSON.stringify(v);
    } catch {
      text = Array.isArray(v) ? '[…]' : '{…}'; // nested deeper than the stack
    }
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

/**
 * Parses a feed document (already `JSON.parse`d). `baseUrl` is the feed's own URL
 * (or the document's for an inline feed); relative URLs resolve against it.
 */
export function parseFeed(json: Json, baseUrl?: string, options: ParseOptions = {}): ParseResult {
  if (!isObject(json)) return {ok: false, reason: 'not-object'};
  if (own(json, 'version') !== 1) return {ok: false, reason: 'version'};
  const list = own(json, 'partners');
  if (!Array.isArray(list)) return {ok: false, reason: 'partners'};

  const maxYear = lastYear(options.now);
  const problems: FeedProblem[] = [];
  const reader = new Reader(problems, options.maxProblems ?? MAX_PROBLEMS, baseUrl, maxYear);
  const city = own(json, 'city') == null ? undefined : reader.city(own(json, 'city'));
  const seen = new Set<string>();
  const partners: Partner[] = [];
  list.forEach((entry, i) => {
    const partner = reader.partner(entry, `partners[${i}]`, seen);
    if (partner) partners.push(partner);
  });
  const feed: Feed = city ? {version: 1, city, partners} : {version: 1, partners};
  return {ok: true, feed, problems, problemCount: reader.problemCount};
}

/** Parses feed text; `null` result means the text is not JSON. */
export function parseFeedText(
  text: string,
  baseUrl?: string,
  options?: ParseOptions
): ParseResult | null {
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  return parseFeed(json, baseUrl, options);
}

/** Reads fields, records problems (the first `maxProblems`, counts the rest), never throws. */
class Reader {
  problemCount = 0;

  constructor(
    private readonly problems: FeedProblem[],
    private readonly maxProblems: number,
    private readonly baseUrl: string | undefined,
    private readonly maxYear: number
  ) {}

  /** `path` may be a function, so that the paths of problems past the cap are never built. */
  private report(where: string | (() => string), code: ProblemCode, value: Json, skipped = false): undefined {
    this.problemCount++;
    if (this.problems.length >= this.maxProblems) return undefined;
    const path = typeof where === 'string' ? where : where();
    const problem: FeedProblem =
      value === undefined ? {path, code, skipped} : {path, code, skipped, value: show(value)};
    this.problems.push(problem);
    return undefined;
  }

  city(v: Json): City | undefined {
    if (!isObject(v)) return this.report('city', 'object', v);
    const name = this.optional(v, 'name', 'city', (x, p) => this.text(x, p));
    const country = this.optional(v, 'country', 'city', (x, p) => this.country(x, p));
    const url = this.optional(v, 'url', 'city', (x, p) => this.url(x, p));
    const location = this.optional(v, 'location', 'city', (x, p) => this.location(x, p));
    return {
      ...(name !== undefined && {name}),
      ...(country !== undefined && {country}),
      ...(url !== undefined && {url}),
      ...(location !== undefined && {location}),
    };
  }

  partner(v: Json, at: string, seen: Set<string>): Partner | undefined {
    if (!isObject(v)) return this.report(at, 'object', v, true);
    const id = this.required(v, 'id', at, (x) => (typeof x === 'string' && x.trim() ? x.trim() : undefined), 'text');
    const name = this.required(v, 'name', at, (x) => this.text(x, undefined, `${at}.name`), 'text');
    const country = this.required(v, 'country', at, (x) => this.country(x, undefined), 'country');
    if (id === undefined || name === undefined || country === undefined) return undefined;
    if (seen.has(id)) return this.report(`${at}.id`, 'duplicate-id', id, true);
    seen.add(id);

    const kindValue = own(v, 'kind');
    let kind: Kind = 'twinning';
    if (kindValue != null) {
      if ((KINDS as readonly Json[]).includes(kindValue)) kind = kindValue as Kind;
      else this.report(`${at}.kind`, 'kind', kindValue);
    }
    const field = <T>(key: string, read: (x: Json, path: string) => T | undefined) =>
      this.optional(v, key, at, read);
    const region = field('region', (x, p) => this.text(x, p));
    const population = field('population', (x, p) => this.population(x, p));
    const since = field('since', (x, p) => this.year(x, p));
    const summary = field('summary', (x, p) => this.text(x, p));
    const url = field('url', (x, p) => this.url(x, p));
    const image = field('image', (x, p) => this.image(x, p));
    const location = field('location', (x, p) => this.location(x, p));
    const themes = field('themes', (x, p) => this.themes(x, p)) ?? [];
    const feed = field('feed', (x, p) => this.url(x, p));
    return {
      id,
      name,
      country,
      kind,
      themes,
      ...(region !== undefined && {region}),
      ...(population !== undefined && {population}),
      ...(since !== undefined && {since}),
      ...(summary !== undefined && {summary}),
      ...(url !== undefined && {url}),
      ...(image !== undefined && {image}),
      ...(location !== undefined && {location}),
      ...(feed !== undefined && {feed}),
    };
  }

  /** A required field: reports `required` (or `code`) and marks the partner skipped. */
  private required<T>(
    o: JsonObject,
    key: string,
    at: string,
    read: (x: Json) => T | undefined,
    code: ProblemCode
  ): T | undefined {
    const x = own(o, key);
    const value = x === undefined || x === null || x === '' ? undefined : read(x);
    if (value === undefined) {
      const missing = x === undefined || x === null || (typeof x === 'string' && x.trim() === '');
      this.report(`${at}.${key}`, missing ? 'required' : code, missing ? undefined : x, true);
    }
    return value;
  }

  /** An optional field: absent is fine; a wrong value is dropped (its reader reports why). */
  private optional<T>(
    o: JsonObject,
    key: string,
    at: string,
    read: (x: Json, path: string) => T | undefined
  ): T | undefined {
    const x = own(o, key);
    return x === undefined || x === null ? undefined : read(x, `${at}.${key}`);
  }

  /**
   * A text field. With `path`, reports a wrong field; `entryPath` (defaults to
   * `path`) is where wrong translations are reported once the field itself is kept.
   */
  text(x: Json, path: string | undefined, entryPath = path): LocalizedText | undefined {
    if (typeof x === 'string' && x.trim()) return x;
    if (!isObject(x)) return path === undefined ? undefined : this.report(path, 'text', x);
    const texts: Record<string, string> = Object.create(null);
    const wrong: [string, Json][] = [];
    for (const [tag, value] of Object.entries(x)) {
      if (LANGUAGE_TAG.test(tag) && typeof value === 'string' && value.trim()) texts[tag] = value;
      else wrong.push([tag, value]);
    }
    if (wrong.length === Object.keys(x).length) {
      return path === undefined ? undefined : this.report(path, 'text', x);
    }
    if (entryPath !== undefined) {
      for (const [tag, value] of wrong) this.report(() => `${entryPath}.${tag}`, 'text', value);
    }
    return Object.freeze(texts);
  }

  private country(x: Json, path: string | undefined): string | undefined {
    const code = typeof x === 'string' ? x.trim().toUpperCase() : '';
    if (isCountryCode(code)) return code;
    return path === undefined ? undefined : this.report(path, 'country', x);
  }

  private url(x: Json, path: string): string | undefined {
    if (typeof x === 'string' && x.trim()) {
      const url = resolveUrl(x, this.baseUrl);
      if (url) return url;
    }
    return this.report(path, 'url', x);
  }

  private year(x: Json, path: string): number | undefined {
    if (Number.isInteger(x) && (x as number) >= FIRST_YEAR && (x as number) <= this.maxYear) {
      return x as number;
    }
    return this.report(path, 'year', x);
  }

  private population(x: Json, path: string): Population | undefined {
    if (!isObject(x)) {
      return isCount(x) ? {value: x, approximate: false} : this.report(path, 'integer', x);
    }
    const value = own(x, 'value');
    if (value === undefined || value === null) return this.report(`${path}.value`, 'required', undefined);
    if (!isCount(value)) return this.report(`${path}.value`, 'integer', value);
    const year = this.optional(x, 'year', path, (y, p) => this.year(y, p));
    const approx = own(x, 'approximate');
    if (approx != null && typeof approx !== 'boolean') {
      this.report(`${path}.approximate`, 'boolean', approx);
    }
    return {value, approximate: approx === true, ...(year !== undefined && {year})};
  }

  private image(x: Json, path: string): Partner['image'] {
    if (!isObject(x)) return this.report(path, 'object', x);
    const src = own(x, 'src');
    if (src === undefined) return this.report(`${path}.src`, 'required', undefined);
    const url = this.url(src, `${path}.src`);
    if (url === undefined) return undefined;
    const alt = this.optional(x, 'alt', path, (a, p) => this.text(a, p));
    return alt === undefined ? {src: url} : {src: url, alt};
  }

  private location(x: Json, path: string): LatLon | undefined {
    const lat = isObject(x) ? own(x, 'lat') : undefined;
    const lon = isObject(x) ? own(x, 'lon') : undefined;
    if (
      typeof lat === 'number' && Math.abs(lat) <= 90 &&
      typeof lon === 'number' && Math.abs(lon) <= 180
    ) {
      return {lat, lon};
    }
    return this.report(path, 'location', x);
  }

  private themes(x: Json, path: string): readonly string[] | undefined {
    if (!Array.isArray(x)) return this.report(path, 'themes', x);
    const themes: string[] = [];
    x.forEach((t, i) => {
      if (typeof t === 'string' && t.trim()) themes.push(t.trim());
      else this.report(() => `${path}[${i}]`, 'themes', t);
    });
    return themes;
  }
}

const isCount = (x: Json): x is number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/** `value` parsed as a URL against `base`, or `undefined` when it is none. */
export function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * Resolves `value` against `base` and keeps it only when it is http(s).
 * `new URL()` strips tabs and newlines first, so `java\tscript:` is caught too.
 */
export function resolveUrl(value: string, base?: string): string | undefined {
  const url = parseUrl(value.trim(), base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}

/**
 * The text for `locale`: exact tag, then primary language, then `fr`, then the
 * first value. Returns the tag it came from so that the card can set `lang`.
 */
export function resolveText(
  text: LocalizedText,
  locale: string
): {readonly text: string; readonly lang?: string} {
  if (typeof text === 'string') return {text};
  const keys = Object.keys(text);
  const find = (tag: string) => keys.find((k) => k.toLowerCase() === tag.toLowerCase());
  const primary = locale.split('-')[0];
  const key =
    find(locale) ??
    find(primary) ??
    keys.find((k) => k.split('-')[0].toLowerCase() === primary.toLowerCase()) ??
    find('fr') ??
    keys[0];
  return {text: text[key], lang: key};
}
