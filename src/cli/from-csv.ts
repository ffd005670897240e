/**
 * `twin-cities from-csv <file.csv> --city NAME --country CC`: a spreadsheet export
 * in, a feed on stdout, problems on stderr with the spreadsheet's row numbers.
 *
 * Web editors keep partner lists in spreadsheets. Whatever their tool writes must
 * work: comma or semicolon separated, UTF-8 with or without BOM, or Windows-1252
 * (French Excel), quoted cells holding separators, quotes and line breaks. The feed
 * is checked by the element's own parser (`parseFeed`), and what it would drop is
 * left out of the output, so what is published is what the cards will show.
 */
import {writeFile} from 'node:fs/promises';
import {parseFeed} from '../core/feed.js';
import {FIELDS, readSheet, REQUIRED} from '../core/columns.js';
import {EXIT_CLEAN, EXIT_PROBLEMS, type Context} from './context.js';
import {feedText} from '../core/feed-json.js';
import {lastYear} from '../core/limits.js';
import {
  csvColumnNamesText,
  csvIdFromNameText,
  csvMissingColumnsText,
  csvNoRowsText,
  csvNoValidRowsText,
  csvProblemText,
  csvSpreadsheetText,
  csvUnknownColumnText,
  feedProblemText,
  partnersText,
  readFailureText,
  writeFailureText,
} from '../i18n/tool-messages.js';
import {partnerOf} from '../core/partner-row.js';
import {headingOf, locate} from '../core/problem-cell.js';
import {printable} from '../core/printable.js';
import {published} from '../core/published.js';
import {readSource} from './sources.js';
import {decodeText} from '../core/text-encoding.js';

export interface FromCsvOptions {
  readonly city: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** The language of the unsuffixed text columns (`name`, `summary`…). */
  readonly lang: string;
  /** The file to write the feed to (UTF-8), instead of stdout. */
  readonly output?: string;
}

export async function fromCsv(input: string, options: FromCsvOptions, context: Context): Promise<number> {
  const file = printable(input);
  const tell = (message: () => string) => context.err(`${file}: ${context.say(message)}\n`);
  const read = await readSource(input);
  if (!read.ok) {
    tell(() => readFailureText(read));
    return EXIT_PROBLEMS;
  }
  if (isWorkbook(read.bytes)) {
    tell(csvSpreadsheetText);
    return EXIT_PROBLEMS;
  }
  const sheet = readSheet(decodeText(read.bytes));
  if (!sheet.ok) {
    tell(sheet.message);
    return EXIT_PROBLEMS;
  }
  const {columns, rows} = sheet;
  for (const {heading, suggestion} of sheet.unknown) tell(() => csvUnknownColumnText(heading, suggestion));
  const missing = REQUIRED.filter((field) => !columns.some((c) => c?.field === field && c.lang === undefined));
  if (missing.length > 0 || sheet.unknown.length > 0) {
    const list = new Intl.ListFormat(context.language.tag, {type: 'conjunction'});
    if (missing.length > 0) {
      const category = new Intl.PluralRules(context.language.tag).select(missing.length);
      tell(() => csvMissingColumnsText(list.format(missing), category));
    }
    tell(() => csvColumnNamesText(FIELDS.join(', ')));
    if (missing.length > 0) return EXIT_PROBLEMS;
  }

  // An empty feed would replace the published list with nothing: say so instead.
  if (rows.length === 0) {
    tell(csvNoRowsText);
    return EXIT_PROBLEMS;
  }

  const sheetPartners = rows.map((row) => ({row, ...partnerOf(row, columns, options.lang)}));
  const candidates = sheetPartners.filter(({rejected}) => rejected === undefined);
  const raw = candidates.map(({entry}) => entry);
  const document = {version: 1, city: {name: options.city, country: options.country}, partners: raw};
  const result = parseFeed(document, read.url);
  if (!result.ok) throw new Error(`the feed built from ${input} is not a feed (${result.reason})`);

  // What the tool read differently or refused, and what the parser refused, row by row.
  const lines: {row: number; message: () => string}[] = [];
  for (const {row, notices, rejected} of sheetPartners) {
    for (const {field, message} of rejected ? [...notices, rejected] : notices) {
      const column = headingOf(columns, options.lang, field);
      lines.push({row: row.row, message: () => csvProblemText(row.row, column, message())});
    }
  }
  const maxYear = lastYear();
  // partners[i] of the parsed document is the row of candidates[i].
  const candidateRows = candidates.map(({row}) => row);
  const hasIdColumn = columns.some((column) => column?.field === 'id');
  for (const problem of result.problems) {
    // An id made from the name: say so, in the name's column, not in an id column the row may not have.
    const candidate = candidates[partnerIndex(problem.path)];
    if (candidate?.idFromName && /^partners\[\d+\]\.id$/.test(problem.path)) {
      // With no name, the name's own problem says it all.
      if (candidate.entry.name === undefined) continue;
      const {row} = candidate.row;
      const column = headingOf(columns, options.lang, 'name');
      lines.push({row, message: () => csvProblemText(row, column, csvIdFromNameText(problem.code === 'duplicate-id' ? problem.value : undefined, hasIdColumn))});
      continue;
    }
    const message = () => feedProblemText(problem, maxYear);
    const where = locate(problem, candidateRows, columns, options.lang);
    lines.push(
      where
        ? {row: where.row, message: () => csvProblemText(where.row, where.column, message())}
        : {row: 0, message: () => `${printable(problem.path)}: ${message()}`}
    );
  }
  for (const {message} of lines.sort((a, b) => a.row - b.row)) tell(message);

  // The parser keeps partners in order and leaves out exactly the skipped ones:
  // pair each kept partner with its own row (ids may repeat across rows).
  const skipped = new Set(result.problems.filter((p) => p.skipped).map((p) => partnerIndex(p.path)));
  const kept = raw.filter((_, i) => !skipped.has(i));
  const feed = {
    version: 1,
    city: {name: options.city, country: options.country},
    partners: result.feed.partners.map((partner, i) => published(partner, kept[i])),
  };
  // Every row left out: like a sheet with no row, no empty feed over the published one.
  if (feed.partners.length === 0) {
    tell(csvNoValidRowsText);
    return EXIT_PROBLEMS;
  }
  if (options.output === undefined) context.out(`${feedText(feed)}\n`);
  else {
    // Written here, in UTF-8: Windows PowerShell 5.1's `>` would write UTF-16.
    try {
      await writeFile(options.output, `${feedText(feed)}\n`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
      context.err(`${printable(options.output)}: ${context.say(() => writeFailureText(code))}\n`);
      return EXIT_PROBLEMS;
    }
    const count = feed.partners.length;
    const category = new Intl.PluralRules(context.language.tag).select(count);
    context.out(`${printable(options.output)}: ${context.say(() => partnersText(count, category))}\n`);
  }
  const left = candidates.length < sheetPartners.length || result.problems.some((problem) => problem.skipped);
  return left ? EXIT_PROBLEMS : EXIT_CLEAN;
}

/**
 * An Excel or LibreOffice workbook rather than its CSV export: .xlsx and .ods are
 * ZIP archives (`PK\x03\x04`), .xls an OLE2 compound file.
 */
function isWorkbook(bytes: Uint8Array): boolean {
  const starts = (magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  return starts([0x50, 0x4b, 0x03, 0x04]) || starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/** `partners[3].url` → 3. */
const partnerIndex = (path: string) => Number(/^partners\[(\d+)\]/.exec(path)?.[1] ?? -1);
