/**
 * A spreadsheet's header row as feed fields: `name`, `Population year`, `summary_pl`
 * (a translation column), and which cells are unknown.
 */
import {readRecords, type Row} from './csv.js';

export const FIELDS = [
  'id', 'name', 'country', 'population', 'population_year', 'approximate', 'since', 'kind',
  'url', 'summary', 'themes', 'region', 'feed', 'image', 'image_alt', 'lat', 'lon',
] as const;
export type Field = (typeof FIELDS)[number];

/** The fields that take `<field>_<lang>` translation columns. */
export type TextField = 'name' | 'summary' | 'region' | 'image_alt';

export const REQUIRED: readonly Field[] = ['name', 'country'];

/** One header cell understood: a field, and the language for a translation column. */
export interface Column {
  readonly field: Field;
  readonly lang?: string;
  /** As written in the header, for messages. */
  readonly heading: string;
}

export type Sheet =
  | {readonly ok: true; readonly columns: (Column | undefined)[]; readonly rows: Row[]; readonly unknown: string[]}
  | {readonly ok: false; readonly message: () => string};

/** The CSV text as columns and rows. */
export function readSheet(text: string): Sheet {
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

