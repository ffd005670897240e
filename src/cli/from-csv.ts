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
import {parseFeed} from '../feed.js';
import {problemText} from '../messages.js';
import {readSheet, REQUIRED} from './columns.js';
import {EXIT_CLEAN, EXIT_PROBLEMS, type Context} from './context.js';
import {formatJson} from './feed-json.js';
import {decodeText, readSource} from './io.js';
import {csvMissingColumnsText, csvProblemText, csvUnknownColumnText, readFailureText} from './messages.js';
import {partnerOf} from './partner-row.js';
import {locate} from './problem-cell.js';
import {published} from './published.js';

export interface FromCsvOptions {
  readonly city: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** The language of the unsuffixed text columns (`name`, `summary`…). */
  readonly lang: string;
}

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
      `${input}: ${where ? context.say(() => csvProblemText(where.row, where.column, message)) : `${problem.path}: ${message}`}\n`
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
