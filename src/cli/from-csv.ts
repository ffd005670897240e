/**
 * `twin-cities from-csv <file.csv> --city NAME --country CC`: a spreadsheet export
 * in, a feed on stdout, problems on stderr with the spreadsheet's line numbers.
 *
 * Web editors keep partner lists in spreadsheets. Whatever their tool writes must
 * work: comma or semicolon separated, UTF-8 with or without BOM, or Windows-1252
 * (French Excel), quoted cells holding separators, quotes and line breaks. The feed
 * is checked by the element's own parser (`parseFeed`), and what it would drop is
 * left out of the output, so what is published is what the cards will show.
 */
import {parseFeed, THEMES, type LocalizedText, type Partner, type Problem} from '../feed.js';
import {problemText} from '../messages.js';
import {EXIT_CLEAN, EXIT_PROBLEMS, type Context} from './context.js';
import {readRecords, type Row} from './csv.js';
import {decodeText, readSource} from './io.js';
import {csvMissingColumnsText, csvProblemText, csvUnknownColumnText, readFailureText} from './messages.js';

export interface FromCsvOptions {
  readonly city: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** The language of the unsuffixed text columns (`name`, `summary`…). */
  readonly lang: string;
}

const FIELDS = [
  'id', 'name', 'country', 'population', 'population_year', 'approximate', 'since', 'kind',
  'url', 'summary', 'themes', 'region', 'feed', 'image', 'image_alt', 'lat', 'lon',
] as const;
type Field = (typeof FIELDS)[number];

/** The fields that take `<field>_<lang>` translation columns. */
type TextField = 'name' | 'summary' | 'region' | 'image_alt';

const REQUIRED: readonly Field[] = ['name', 'country'];

/** One header cell understood: a field, and the language for a translation column. */
interface Column {
  readonly field: Field;
  readonly lang?: string;
  /** As written in the header, for messages. */
  readonly heading: string;
}

type Json = string | number | boolean | null | Json[] | {[key: string]: Json};

export async function fromCsv(input: string, options: FromCsvOptions, context: Context): Promise<number> {
  const read = await readSource(input);
  if (!read.ok) {
    context.err(`${input}: ${context.say(() => readFailureText(read))}\n`);
    return EXIT_PROBLEMS;
  }
  const sheet = readSheet(decodeText(read.bytes));
  if (!sheet.ok) {
    context.err(`${input}: ${context.say(sheet.message)}\n`);
    return EXIT_PROBLEMS;
  }
  const {columns, rows} = sheet;
  for (const heading of sheet.unknown) {
    context.err(`${input}: ${context.say(() => csvUnknownColumnText(heading))}\n`);
  }
  const missing = REQUIRED.filter((field) => !columns.some((c) => c?.field === field && c.lang === undefined));
  if (missing.length > 0) {
    context.err(`${input}: ${context.say(() => csvMissingColumnsText(missing.join(', ')))}\n`);
    return EXIT_PROBLEMS;
  }

  const raw = rows.map((row) => partnerOf(row, columns, options.lang));
  const document = {version: 1, city: {name: options.city, country: options.country}, partners: raw};
  const result = parseFeed(document, read.url);
  if (!result.ok) throw new Error(`the feed built from ${input} is not a feed (${result.reason})`);

  const maxYear = new Date().getFullYear() + 1;
  for (const problem of result.problems) {
    const message = context.say(() => problemText(problem, maxYear));
    const where = locate(problem, rows, columns, options.lang);
    context.err(
      `${input}: ${where ? context.say(() => csvProblemText(where.line, where.column, message)) : `${problem.path}: ${message}`}\n`
    );
  }

  // The parser keeps partners in order and leaves out exactly the skipped ones:
  // pair each kept partner with its own row (ids may repeat across rows).
  const skipped = new Set(result.problems.filter((p) => p.skipped).map((p) => partnerIndex(p.path)));
  const kept = raw.filter((_, i) => !skipped.has(i));
  const feed = {
    version: 1,
    city: {name: options.city, country: options.country},
    partners: result.feed.partners.map((partner, i) => published(partner, kept[i])),
  };
  context.out(`${formatJson(feed)}\n`);
  return result.problems.some((problem) => problem.skipped) ? EXIT_PROBLEMS : EXIT_CLEAN;
}

/** `partners[3].url` → 3. */
const partnerIndex = (path: string) => Number(/^partners\[(\d+)\]/.exec(path)?.[1] ?? -1);

type Sheet =
  | {readonly ok: true; readonly columns: (Column | undefined)[]; readonly rows: Row[]; readonly unknown: string[]}
  | {readonly ok: false; readonly message: () => string};

/** The CSV text as columns and rows. */
function readSheet(text: string): Sheet {
  const records = readRecords(text);
  if (!records.ok) return records;
  const unknown: string[] = [];
  const columns = records.header.map((heading) => {
    const column = columnOf(heading);
    if (!column && heading.trim()) unknown.push(heading.trim());
    return column;
  });
  return {ok: true, columns, rows: records.rows, unknown};
}

/** A header cell as a column: `name`, `Population year`, `summary_pl`, `name_pt-BR`. */
function columnOf(heading: string): Column | undefined {
  const key = heading.trim().toLowerCase().replace(/\s+/g, '_');
  if ((FIELDS as readonly string[]).includes(key)) return {field: key as Field, heading: heading.trim()};
  const translation = /^(name|summary|region|image_alt)_([a-z]{2,3}(?:[-_][a-z0-9]{1,8})*)$/.exec(key);
  if (!translation) return undefined;
  return {field: translation[1] as TextField, lang: canonicalTag(translation[2]), heading: heading.trim()};
}

function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return tag;
  }
}

/** The partner entry of one row, values as typed; the parser judges them. */
function partnerOf(row: Row, columns: readonly (Column | undefined)[], lang: string): Record<string, Json> {
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
  const id = cell('id') ?? (name === undefined ? undefined : slug(typeof name === 'string' ? name : name[lang] ?? Object.values(name)[0]));
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
  set('since', since === undefined ? undefined : integer(since));
  const kind = cell('kind');
  set('kind', kind === undefined ? undefined : kindOf(kind));
  set('summary', text('summary'));
  set('url', cell('url'));
  const image = cell('image');
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
    set(
      'themes',
      themes
        .split(/[;,]/)
        .map((theme) => theme.trim())
        .filter(Boolean)
        .map((theme) => ((THEMES as readonly string[]).includes(theme.toLowerCase()) ? theme.toLowerCase() : theme))
    );
  }
  set('feed', cell('feed'));
  return partner;
}

/** "Gueule Tapée-Fass Colobane" → "gueule-tapee-fass-colobane", for rows with no id. */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
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

/** The contract's ids, and the French words an editor is likely to type. */
function kindOf(text: string): string {
  const word = text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
  if (word === 'jumelage') return 'twinning';
  if (word === 'cooperation decentralisee' || word === 'cooperation') return 'cooperation';
  if (word === 'amitie') return 'friendship';
  return word;
}

/** The feed entry as published: what the parser kept, URLs as the editor wrote them. */
function published(partner: Partner, raw: Record<string, Json>): Record<string, Json> {
  const rawImage = raw.image as Record<string, Json> | undefined;
  const entry: Record<string, Json> = {id: partner.id, name: jsonText(partner.name), country: partner.country};
  if (partner.region !== undefined) entry.region = jsonText(partner.region);
  if (partner.population !== undefined) {
    const {value, year, approximate} = partner.population;
    entry.population = {value, ...(year !== undefined && {year}), ...(approximate && {approximate})};
  }
  if (partner.since !== undefined) entry.since = partner.since;
  entry.kind = partner.kind;
  if (partner.summary !== undefined) entry.summary = jsonText(partner.summary);
  if (partner.url !== undefined) entry.url = (raw.url as string).trim();
  if (partner.image !== undefined) {
    entry.image = {
      src: (rawImage!.src as string).trim(),
      ...(partner.image.alt !== undefined && {alt: jsonText(partner.image.alt)}),
    };
  }
  if (partner.location !== undefined) entry.location = {...partner.location};
  if (partner.themes.length > 0) entry.themes = [...partner.themes];
  if (partner.feed !== undefined) entry.feed = (raw.feed as string).trim();
  return entry;
}

const jsonText = (value: LocalizedText): Json => (typeof value === 'string' ? value : {...value});

/** The row and column a problem comes from, or `undefined` for the city. */
function locate(
  problem: Problem,
  rows: readonly Row[],
  columns: readonly (Column | undefined)[],
  lang: string
): {line: number; column: string} | undefined {
  const match = /^partners\[(\d+)\](?:\.([a-z_]+)(?:\.([^.[]+))?(?:\.([^.[]+))?)?/.exec(problem.path);
  if (!match) return undefined;
  const row = rows[Number(match[1])];
  if (!row) return undefined;
  const [, , key = '', sub, subsub] = match;
  const heading = (field: Field, tag?: string) => {
    const exact = columns.find((c) => c?.field === field && (tag === undefined || tag === lang ? c.lang === undefined : c.lang === tag));
    return exact?.heading ?? (tag === undefined || tag === lang ? field : `${field}_${tag}`);
  };
  let column: string;
  switch (key) {
    case 'population':
      column = heading(sub === 'year' ? 'population_year' : sub === 'approximate' ? 'approximate' : 'population');
      break;
    case 'image':
      column = sub === 'alt' ? heading('image_alt', subsub) : heading('image');
      break;
    case 'location':
      column = `${heading('lat')}, ${heading('lon')}`;
      break;
    case 'name':
    case 'summary':
    case 'region':
      column = heading(key, sub);
      break;
    case '':
      column = heading('id');
      break;
    default:
      column = (FIELDS as readonly string[]).includes(key) ? heading(key as Field) : key;
  }
  return {line: row.line, column};
}

/**
 * JSON laid out like a hand-written feed: a short object or list of plain values
 * on one line (`"location": { "lat": 52.7545, "lon": 13.2369 }`), the rest indented.
 */
function formatJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  const flat = (Array.isArray(value) ? value : Object.values(value)).every((v) => v === null || typeof v !== 'object');
  if (Array.isArray(value)) {
    const items = value.map((item) => formatJson(item, inner));
    const line = `[${items.join(', ')}]`;
    return flat && indent.length + line.length <= 100 ? line : `[\n${items.map((i) => inner + i).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${formatJson(v, inner)}`);
  if (entries.length === 0) return '{}';
  const line = `{ ${entries.join(', ')} }`;
  return flat && indent.length + line.length <= 100 ? line : `{\n${entries.map((e) => inner + e).join(',\n')}\n${indent}}`;
}
