/**
 * A workbook's first sheet (.xlsx, .ods) as spreadsheet records: each cell as the
 * editor sees it in the spreadsheet (its formatted text: `41 810`, `12/05/1964`),
 * rows numbered as the spreadsheet numbers them. SheetJS reads the file; a formula
 * is only ever its last computed value, never evaluated.
 */
import {read, utils} from '@e965/xlsx';
import type {Records, Row} from '../core/csv.js';

/** The records of the first sheet, or `undefined` when the file is no readable workbook or has no cell. */
export function workbookRecords(bytes: Uint8Array): Records | undefined {
  let sheet;
  try {
    const book = read(bytes, {type: 'array', sheets: 0, dense: true, cellFormula: false, cellHTML: false, cellStyles: false, cellNF: false, cellDates: false});
    sheet = book.Sheets[book.SheetNames[0]];
  } catch {
    return undefined;
  }
  if (!sheet || !sheet['!ref']) return undefined;
  const first = utils.decode_range(sheet['!ref']).s.r;
  const lines = utils.sheet_to_json<unknown[]>(sheet, {header: 1, raw: false, defval: '', blankrows: true});
  const text = (cell: unknown) => (cell === undefined || cell === null ? '' : String(cell));
  const [header = [], ...rest] = lines.map((line) => (Array.isArray(line) ? line.map(text) : []));
  const rows: Row[] = [];
  rest.forEach((cells, i) => {
    // The header is on spreadsheet row `first + 1`.
    if (cells.some((cell) => cell.trim() !== '')) rows.push({row: first + i + 2, cells});
  });
  return {ok: true, header, rows};
}
