/**
 * One spreadsheet row as a feed partner entry, values as an editor types them
 * (`41 810`, `52,7545`, `oui`, `jumelage`) turned into what the feed expects; the
 * element's parser then judges them.
 */
import {KINDS, type LocalizedText} from './feed.js';
import {kindLabel} from '../i18n/messages.js';
import type {Column, Field, TextField} from './columns.js';
import type {Row} from './csv.js';
import {csvHttpsAddedText, csvSinceDateText, csvUnknownKindText, csvUnknownThemeText} from '../i18n/tool-messages.js';
import {kindOf, themesOf} from './vocabulary.js';

export type Json = string | number | boolean | null | Json[] | {[key: string]: Json};

/** What the tool changed in a cell, or why it left the row out: said with its column. */
export interface Notice {
  readonly field: Field;
  /** The sentence; call it inside `say()`. */
  readonly message: () => string;
}

export interface RowPartner {
  /** The partner entry, values as typed or read; the parser judges them. */
  readonly entry: Record<string, Json>;
  /** Values the tool read differently from how they were typed. */
  readonly notices: readonly Notice[];
  /** Why the row is left out before the parser sees it (a kind it cannot tell). */
  readonly rejected?: Notice;
  /** The id was made from the name: the row has no id of its own. */
  readonly idFromName: boolean;
}

/** The partner entry of one row. */
export function partnerOf(row: Row, columns: readonly (Column | undefined)[], lang: string): RowPartner {
  const notices: Notice[] = [];
  const cell = (field: Field): string | undefined => {
    let value: string | undefined;
    columns.forEach((column, i) => {
      const text = row.cells[i]?.trim();
      if (column?.field === field && column.lang === undefined && text) value = text;
    });
    return value;
  };
  const text = (field: TextField): LocalizedText | undefined => {
    const texts: Record<string, string> = {};
    const base = cell(field);
    if (base !== undefined) texts[lang] = base;
    columns.forEach((column, i) => {
      const value = row.cells[i]?.trim();
      if (column?.field === field && column.lang !== undefined && value && !(column.lang in texts)) {
        texts[column.lang] = value;
      }
    });
    const tags = Object.keys(texts);
    if (tags.length === 0) return undefined;
    return tags.length === 1 && tags[0] === lang ? texts[lang] : texts;
  };

  const name = text('name');
  const ownId = cell('id');
  const id = ownId ?? (name === undefined ? undefined : slug(typeof name === 'string' ? name : name[lang] ?? Object.values(name)[0]));
  const country = cell('country');
  const partner: Record<string, Json> = {};
  const set = (key: string, value: Json | undefined) => {
    if (value !== undefined) partner[key] = value;
  };
  set('id', id);
  set('name', name);
  set('country', country !== undefined && /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : country);
  set('region', text('region'));
  const population = cell('population');
  const year = cell('population_year');
  const approximate = cell('approximate');
  if (population !== undefined || year !== undefined || approximate !== undefined) {
    const value: Record<string, Json> = {};
    if (population !== undefined) value.value = integer(population);
    if (year !== undefined) value.year = integer(year);
    if (approximate !== undefined) value.approximate = boolean(approximate);
    set('population', value);
  }
  const since = cell('since');
  const sinceYear = since === undefined ? undefined : yearOfDate(since);
  if (since !== undefined && sinceYear !== undefined) notices.push({field: 'since', message: () => csvSinceDateText(since, sinceYear)});
  set('since', since === undefined ? undefined : sinceYear ?? integer(since));
  // A kind the tool cannot tell would default to twinning: never publish that by mistake.
  const kind = cell('kind');
  const knownKind = kind === undefined ? undefined : kindOf(kind);
  set('kind', knownKind);
  const rejected: Notice | undefined =
    kind !== undefined && knownKind === undefined
      ? {field: 'kind', message: () => csvUnknownKindText(kind, KINDS.map((k) => kindLabel(k)))}
      : undefined;
  set('summary', text('summary'));
  /** A web address typed without `https://` gets it (and a notice); a relative path stays. */
  const address = (field: 'url' | 'image' | 'feed'): string | undefined => {
    const value = cell(field);
    if (value === undefined || !looksLikeHost(value)) return value;
    const url = `https://${value}`;
    notices.push({field, message: () => csvHttpsAddedText(value, url)});
    return url;
  };
  set('url', address('url'));
  const image = address('image');
  const alt = text('image_alt');
  if (image !== undefined || alt !== undefined) {
    set('image', {...(image !== undefined && {src: image}), ...(alt !== undefined && {alt})});
  }
  const lat = cell('lat');
  const lon = cell('lon');
  if (lat !== undefined || lon !== undefined) {
    set('location', {lat: lat === undefined ? null : decimal(lat), lon: lon === undefined ? null : decimal(lon)});
  }
  const themes = cell('themes');
  if (themes !== undefined) {
    const found = themesOf(themes);
    for (const {known, text} of found) {
      if (!known) notices.push({field: 'themes', message: () => csvUnknownThemeText(text)});
    }
    set('themes', found.map(({theme, text}) => theme ?? text));
  }
  set('feed', address('feed'));
  return {entry: partner, notices, ...(rejected && {rejected}), idFromName: ownId === undefined};
}

/**
 * `www.colombes.fr/jumelage` or `frankenthal.de/partnerstaedte.json`: a host name
 * (`www.…`, or dotted labels ending in a top-level domain, then a `/`), not a
 * path like `sopot.json` or `images/sopot.jpg` that resolves against the feed.
 */
function looksLikeHost(value: string): boolean {
  return /^www\.[a-z0-9-]+\.[^\s]*$/i.test(value) || /^(?:[a-z0-9-]+\.)+[a-z]{2,63}(?::\d+)?\/\S*$/i.test(value);
}

/**
 * The year of a date as a spreadsheet writes it (`12/05/1964`, `12.05.1964`,
 * `1964-05-12`, with or without a time), or `undefined` for anything else,
 * `1964-13-45` included: that is no date, and the parser reports it as a bad year.
 */
function yearOfDate(text: string): number | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+Z?)?$/.exec(text);
  if (iso) {
    const [year, month, day] = iso.slice(1).map(Number);
    return isDate(year, month, day) ? year : undefined;
  }
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?: [\d:.]+)?$/.exec(text);
  if (!local) return undefined;
  const [first, second, year] = local.slice(1).map(Number);
  // Day first in Europe, month first in a US-English spreadsheet: either makes a date.
  return isDate(year, second, first) || isDate(year, first, second) ? year : undefined;
}

/** Whether the day exists in that month of that year (29 February in leap years only). */
function isDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "Gueule Tapée-Fass Colobane" → "gueule-tapee-fass-colobane", for rows with no id. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    // Runs are single hyphens now: at most one at each end (`-+$` would rescan runs).
    .replace(/^-|-$/g, '');
}

/** "41810", "41 810", "41.810" → 41810; anything else stays text for the parser to report. */
function integer(text: string): number | string {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  const digits = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(compact) ? compact.replace(/[.,]/g, '') : compact;
  return /^\d+$/.test(digits) && Number.isSafeInteger(Number(digits)) ? Number(digits) : text;
}

/** "52.7545" or "52,7545" (a French spreadsheet) → 52.7545. */
function decimal(text: string): number | string {
  const compact = text.replace(/\s/g, '');
  return /^[-+]?\d+(?:[.,]\d+)?$/.test(compact) ? Number(compact.replace(',', '.')) : text;
}

const TRUE = ['1', 'yes', 'oui', 'true', 'x', 'vrai', 'ja', 'sì', 'si', 'tak', 'sim'];
const FALSE = ['0', 'no', 'non', 'false', 'faux', 'nein', 'nie', 'não', 'nao'];

function boolean(text: string): boolean | string {
  const word = text.trim().toLowerCase();
  return TRUE.includes(word) ? true : FALSE.includes(word) ? false : text;
}
