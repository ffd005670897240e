/**
 * Reading a spreadsheet export: rows numbered as the spreadsheet shows them (the
 * header is row 1), whatever the separator (`,`, `;`, tab, or Excel's `sep=` line)
 * and the line ends, with quoted cells that hold separators, quotes and line breaks.
 * csv-parse does the parsing; a record is a row, so a cell spanning two lines or
 * an empty line between rows keeps the count right.
 */
import {CsvError, parse} from 'csv-parse/sync';
import {csvEmptyText, csvMalformedText, csvUnclosedQuoteText} from '../i18n/tool-messages.js';

/** A spreadsheet row: its number (header = 1), and its cells by column. */
export interface Row {
  readonly row: number;
  readonly cells: readonly string[];
}

export type Records =
  | {readonly ok: true; readonly header: readonly string[]; readonly rows: Row[]}
  | {readonly ok: false; readonly message: () => string};

/** Parses CSV text: the header, then every row that has a value, with its number. */
export function readRecords(text: string): Records {
  const newline = text.indexOf('\n');
  const header = newline === -1 ? text : text.slice(0, newline);
  let delimiter = detectDelimiter(header);
  // Excel's "sep=;" first line names the separator; the spreadsheet does not show it.
  const sep = /^sep=(.)\s*$/i.exec(header);
  if (sep) {
    delimiter = sep[1];
    text = newline === -1 ? '' : text.slice(newline + 1);
  }
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      // Empty lines are empty rows in the spreadsheet: they count.
      skip_empty_lines: false,
    });
  } catch (error) {
    // The records read before the faulty one, header included: the faulty one is next.
    const row = error instanceof CsvError ? Number((error as CsvError & {records?: number}).records) + 1 || 1 : 1;
    return error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? {ok: false, message: () => csvUnclosedQuoteText(row)}
      : {ok: false, message: () => csvMalformedText(row)};
  }
  if (records.length === 0 || records[0].every((cell) => cell.trim() === '')) return {ok: false, message: csvEmptyText};

  const rows: Row[] = [];
  records.forEach((record, i) => {
    // A line break inside a cell is a plain "\n", whatever the file's line ends.
    const cells = record.map((cell) => cell.replace(/\r\n?/g, '\n'));
    if (i > 0 && cells.some((cell) => cell.trim() !== '')) rows.push({row: i + 1, cells});
  });
  return {ok: true, header: records[0], rows};
}

/** `;` or `,` (or a tab), whichever the header line uses most outside quotes. */
function detectDelimiter(header: string): string {
  const counts: Record<string, number> = {',': 0, ';': 0, '\t': 0};
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char]++;
  }
  return [';', '\t'].reduce((best, char) => (counts[char] > counts[best] ? char : best), ',');
}
