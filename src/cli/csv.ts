/**
 * Reading a spreadsheet export: records with the line each starts on, whatever
 * the separator (`,`, `;`, tab, or Excel's `sep=` line) and the line ends, with
 * quoted cells that hold separators, quotes and line breaks (csv-parse does the
 * parsing; this module keeps count of lines so problems can name them).
 */
import {CsvError, parse} from 'csv-parse/sync';
import {csvEmptyText, csvMalformedText, csvUnclosedQuoteText} from './messages.js';

/** A spreadsheet row: its first line, and its cells by column. */
export interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

export type Records =
  | {readonly ok: true; readonly header: readonly string[]; readonly rows: Row[]}
  | {readonly ok: false; readonly message: () => string};

/** Parses CSV text: the header, then every non-empty row with its first line number. */
export function readRecords(text: string): Records {
  const newline = text.indexOf('\n');
  const header = newline === -1 ? text : text.slice(0, newline);
  let delimiter = detectDelimiter(header);
  // Excel's "sep=;" first line names the separator; the header comes after it.
  let skipped = 0;
  const sep = /^sep=(.)\s*$/i.exec(header);
  if (sep) {
    delimiter = sep[1];
    text = newline === -1 ? '' : text.slice(newline + 1);
    skipped = 1;
  }
  // Parsed as bytes: `info.bytes` then says exactly where each record ends.
  const bytes = Buffer.from(text, 'utf8');
  let records: {record: string[]; info: {bytes: number}}[];
  try {
    records = parse(bytes, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = skipped + (error instanceof CsvError ? Number((error as CsvError & {lines?: number}).lines) || 1 : 1);
    return error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? {ok: false, message: () => csvUnclosedQuoteText(line)}
      : {ok: false, message: () => csvMalformedText(line)};
  }
  if (records.length === 0) return {ok: false, message: csvEmptyText};

  const rows: Row[] = [];
  // A record starts after the previous one and the empty lines skipped in between.
  // (Counted here: csv-parse's `info.lines` counts a CRLF inside quotes as two lines.)
  let line = 1 + skipped;
  let counted = 0;
  for (let i = 1; i < records.length; i++) {
    let start = records[i - 1].info.bytes;
    while (bytes[start] === CR || bytes[start] === LF) start++;
    line += lineBreaks(bytes, counted, start);
    counted = start;
    // A line break inside a cell is a plain "\n", whatever the file's line ends.
    const cells = records[i].record.map((cell) => cell.replace(/\r\n?/g, '\n'));
    if (cells.some((cell) => cell.trim() !== '')) rows.push({line, cells});
  }
  return {ok: true, header: records[0].record, rows};
}

const CR = 0x0d;
const LF = 0x0a;

/** Line breaks (LF, CRLF or a lone CR) in `bytes` from `from` to `to`. */
function lineBreaks(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    if (bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] !== LF)) count++;
  }
  return count;
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
