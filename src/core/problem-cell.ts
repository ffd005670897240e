/** Where a feed problem comes from in the spreadsheet: the row, and the column as headed. */
import type {FeedProblem} from './feed.js';
import {FIELDS, type Column, type Field} from './columns.js';
import type {Row} from './csv.js';

/** The row and column a problem comes from, or `undefined` for the city. */
export function locate(
  problem: FeedProblem,
  rows: readonly Row[],
  columns: readonly (Column | undefined)[],
  lang: string
): {row: number; column: string} | undefined {
  const match = /^partners\[(\d+)\](?:\.([a-z_]+)(?:\.([^.[]+))?(?:\.([^.[]+))?)?/.exec(problem.path);
  if (!match) return undefined;
  const row = rows[Number(match[1])];
  if (!row) return undefined;
  const [, , key = '', sub, subsub] = match;
  const heading = (field: Field, tag?: string) => headingOf(columns, lang, field, tag);
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
  return {row: row.row, column};
}


/** A field's column as the header writes it (`Pays`, `name_de`), or the field's own name. */
export function headingOf(columns: readonly (Column | undefined)[], lang: string, field: Field, tag?: string): string {
  const plain = tag === undefined || tag === lang;
  const exact = columns.find((c) => c?.field === field && (plain ? c.lang === undefined : c.lang === tag));
  return exact?.heading ?? (plain ? field : `${field}_${tag}`);
}
