/**
 * The list being edited: the town and its partners as feed JSON, values kept as
 * the editor typed them (the parser judges them, and says why beside the field),
 * plus what the studio knows about each entry (a Wikidata draft to check).
 * Pure functions: every change returns new objects, which is what Lit and the
 * undo snapshots need.
 */
import {slug} from '../core/partner-row.js';
export type Json = string | number | boolean | null | Json[] | {[key: string]: Json};
export type JsonObject = {[key: string]: Json};

export interface Entry {
  /** Stable while the studio runs: rows and focus follow it through reorders. */
  readonly key: number;
  readonly data: JsonObject;
  /** Drafted from Wikidata and not yet checked by the editor. */
  readonly draft?: {readonly qid: string; readonly missing: readonly string[]};
}

export interface Work {
  readonly city: JsonObject;
  readonly partners: readonly Entry[];
}

let nextKey = 1;
export const entry = (data: JsonObject, draft?: Entry['draft']): Entry => ({key: nextKey++, data, ...(draft && {draft})});

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy with only own, JSON-safe properties (a hostile `__proto__` key stays a plain key). */
export function plain(value: unknown): Json {
  if (Array.isArray(value)) return value.map(plain);
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, {value: plain(value[key]), enumerable: true, writable: true, configurable: true});
    }
    return out;
  }
  return typeof value === 'string' || typeof value === 'boolean' || value === null ? value : typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The value at a field path (`population.value`, `name.de`). */
export function valueAt(data: Json, path: string): Json | undefined {
  let node: Json | undefined = data;
  for (const key of path.split('.')) {
    if (!isObject(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * A copy of `data` with `value` at `path`; an empty value removes the field, and an
 * object left empty goes with it. A text stored as one string (no language) that
 * gets a language becomes an object, the string kept under `fr`, the source language.
 */
export function withValue(data: JsonObject, path: string, value: Json | undefined): JsonObject {
  const [key, ...rest] = path.split('.');
  const out: JsonObject = {...data};
  if (rest.length === 0) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete out[key];
    else out[key] = value;
    return out;
  }
  const current = Object.hasOwn(data, key) ? data[key] : undefined;
  const base: JsonObject = isObject(current) ? current : typeof current === 'string' && current.trim() ? {fr: current} : {};
  const inner = withValue(base, rest.join('.'), value);
  if (Object.keys(inner).length === 0) delete out[key];
  else out[key] = inner;
  return out;
}

/** A name as one text: in `lang` when it has one, else French, else any. */
export function nameText(name: Json | undefined, lang = 'fr'): string {
  if (typeof name === 'string') return name.trim();
  if (!isObject(name)) return '';
  const value = [name[lang], name.fr, ...Object.values(name)].find((v) => typeof v === 'string' && v.trim());
  return typeof value === 'string' ? value.trim() : '';
}

/** `base`, else `base-2`, `base-3`…: not the id of another partner (`own` is this one's). */
function uniqueId(base: string, own: Json | undefined, partners: readonly Entry[]): string {
  if (!base) return '';
  const taken = new Set(partners.map((e) => e.data.id).filter((id) => id !== own));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The entry with `value` at `field`; a name also makes the id, as from-csv does for
 * a row with none, until the editor types an id of their own.
 */
export function withName(data: JsonObject, field: string, value: Json | undefined, partners: readonly Entry[]): JsonObject {
  const next = withValue(data, field, value);
  if (field !== 'name' && !field.startsWith('name.')) return next;
  const made = slug(nameText(data.name));
  const auto = data.id === undefined || data.id === made || data.id === uniqueId(made, data.id, partners);
  if (!auto) return next;
  const id = uniqueId(slug(nameText(next.name)), data.id, partners);
  return id ? {...next, id} : withValue(next, 'id', undefined);
}

/** The text of a text field in one language, as an input shows it. */
export function textIn(data: JsonObject, field: string, lang: string): string {
  const value = valueAt(data, field);
  if (typeof value === 'string') return lang === 'fr' ? value : '';
  const text = isObject(value) ? value[lang] : undefined;
  return typeof text === 'string' ? text : '';
}

/** A whole number typed with spaces (`41 810`) as a number; anything else stays text for the parser to judge. */
export function integerInput(text: string): Json {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  return /^[+-]?\d+$/.test(compact) && Number.isSafeInteger(Number(compact)) ? Number(compact) : text.trim();
}

/** `52,7545` or `52.7545` as a number; anything else stays text. */
export function decimalInput(text: string): Json {
  const compact = text.replace(/\s/g, '');
  return /^[-+]?\d+(?:[.,]\d+)?$/.test(compact) ? Number(compact.replace(',', '.')) : text.trim();
}

/** A value as an input shows it. */
export const shown = (value: Json | undefined): string =>
  value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

/** The feed as download writes it: version, the town when it has anything, the partners. */
export function feedOf(work: Work): {version: 1; city?: JsonObject; partners: JsonObject[]} {
  const city = work.city;
  return {
    version: 1,
    ...(Object.keys(city).length > 0 && {city}),
    partners: work.partners.map((e) => e.data),
  };
}

/** The work from a feed object (a file, a URL, the `feed` property): only own, JSON-safe values. */
export function workOf(feed: unknown): Work {
  const json = plain(feed);
  const city = isObject(json) && isObject(json.city) ? json.city : {};
  const list = isObject(json) && Array.isArray(json.partners) ? json.partners : [];
  return {city, partners: list.map((p) => entry(isObject(p) ? p : {}))};
}
