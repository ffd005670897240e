/**
 * A spreadsheet's rows → a feed: what `twin-cities from-csv` prints and what the
 * studio imports, from the same code. The rows come from CSV text (`readSheet`) or
 * from a workbook's first sheet (`sheetOf`); the feed is checked by the element's
 * own parser, and what it would drop is left out, so what is published is what the
 * cards will show. Every remark comes with the spreadsheet row it is about
 * (header = row 1), worded by the tool's messages.
 */
import type {Field, Sheet} from './columns.js';
import {FIELDS, REQUIRED} from './columns.js';
import {parseFeed, type FeedProblem} from './feed.js';
import {lastYear} from './limits.js';
import {partnerOf} from './partner-row.js';
import {printable} from './printable.js';
import {headingOf, locate} from './problem-cell.js';
import {published} from './published.js';
import {
  csvColumnNamesText,
  csvIdFromNameText,
  csvMissingColumnsText,
  csvNoRowsText,
  csvNoValidRowsText,
  csvProblemText,
  csvUnknownColumnText,
  feedProblemText,
} from '../i18n/tool-messages.js';

export interface SheetFeedOptions {
  readonly city: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** The language of the unsuffixed text columns (`name`, `summary`…). */
  readonly lang: string;
  /** The BCP 47 tag the remarks are written for (lists and plurals). */
  readonly tag: string;
  /**
   * Where the feed will be read from, for its relative URLs: they are checked as
   * resolved against it and written back as the editor wrote them. When the feed has
   * no address yet, a stand-in that can never resolve (`https://feed.invalid/…`):
   * without a base, every relative URL would be refused.
   */
  readonly base: string;
}

/** One remark, in the order a reader expects: the sheet's shape, then row by row. */
export interface SheetRemark {
  /** The spreadsheet row (header = 1), or 0 for the sheet as a whole. */
  readonly row: number;
  readonly message: () => string;
}

export interface SheetFeed {
  /** The feed, when at least one row makes a partner. */
  readonly feed?: {version: 1; city: {name: string; country: string}; partners: unknown[]};
  readonly remarks: readonly SheetRemark[];
  /** Whether a row was left out, or the sheet could not become a feed. */
  readonly incomplete: boolean;
}

export function feedFromSheet(sheet: Extract<Sheet, {ok: true}>, options: SheetFeedOptions): SheetFeed {
  const remarks: SheetRemark[] = [];
  const tell = (message: () => string) => remarks.push({row: 0, message});
  const failed = (): SheetFeed => ({remarks, incomplete: true});
  const {columns, rows} = sheet;
  for (const {heading, suggestion} of sheet.unknown) tell(() => csvUnknownColumnText(heading, suggestion));
  const missing = REQUIRED.filter((field) => !columns.some((c) => c?.field === field && c.lang === undefined));
  if (missing.length > 0 || sheet.unknown.length > 0) {
    const list = new Intl.ListFormat(options.tag, {type: 'conjunction'});
    if (missing.length > 0) {
      const category = new Intl.PluralRules(options.tag).select(missing.length);
      tell(() => csvMissingColumnsText(list.format(missing), category));
    }
    tell(() => csvColumnNamesText(FIELDS.join(', ')));
    if (missing.length > 0) return failed();
  }

  // An empty feed would replace the published list with nothing: say so instead.
  if (rows.length === 0) {
    tell(csvNoRowsText);
    return failed();
  }

  const sheetPartners = rows.map((row) => ({row, ...partnerOf(row, columns, options.lang)}));
  const candidates = sheetPartners.filter(({rejected}) => rejected === undefined);
  const raw = candidates.map(({entry}) => entry);
  const city = {name: options.city, country: options.country};
  // Every problem, not the first thousand: each is a remark on its row, and the
  // skipped ones tell which rows the kept partners come from.
  const result = parseFeed({version: 1, city, partners: raw}, options.base, {maxProblems: Infinity});
  if (!result.ok) throw new Error(`a feed built from a sheet is not a feed (${result.reason})`);

  // A field's column, found once: a row may bring thousands of notices (one per
  // unknown theme), and finding it each time among thousands of columns is quadratic.
  const headings = new Map<Field, string>();
  const headingFor = (field: Field): string => {
    if (!headings.has(field)) headings.set(field, headingOf(columns, options.lang, field));
    return headings.get(field)!;
  };

  // What was read differently or refused, and what the parser refused, row by row.
  const lines: SheetRemark[] = [];
  for (const {row, notices, rejected} of sheetPartners) {
    for (const {field, message} of rejected ? [...notices, rejected] : notices) {
      const column = headingFor(field);
      lines.push({row: row.row, message: () => csvProblemText(row.row, column, message())});
    }
  }
  const maxYear = lastYear();
  // partners[i] of the parsed document is the row of candidates[i].
  const candidateRows = candidates.map(({row}) => row);
  const hasIdColumn = columns.some((column) => column?.field === 'id');
  for (const problem of result.problems) {
    const line = lineOf(problem);
    if (line) lines.push(line);
  }
  remarks.push(...lines.sort((a, b) => a.row - b.row));

  // The parser keeps partners in order and leaves out exactly the skipped ones:
  // pair each kept partner with its own row (ids may repeat across rows).
  const skipped = new Set(result.problems.filter((p) => p.skipped).map((p) => partnerIndex(p.path)));
  const kept = raw.filter((_, i) => !skipped.has(i));
  const partners = result.feed.partners.map((partner, i) => published(partner, kept[i]));
  // Every row left out: like a sheet with no row, no empty feed over the published one.
  if (partners.length === 0) {
    tell(csvNoValidRowsText);
    return failed();
  }
  const incomplete = candidates.length < sheetPartners.length || result.problems.some((problem) => problem.skipped);
  return {feed: {version: 1, city, partners}, remarks, incomplete};

  function lineOf(problem: FeedProblem): SheetRemark | undefined {
    // An id made from the name: say so, in the name's column, not in an id column the row may not have.
    const candidate = candidates[partnerIndex(problem.path)];
    if (candidate?.idFromName && /^partners\[\d+\]\.id$/.test(problem.path)) {
      // With no name, the name's own problem says it all.
      if (candidate.entry.name === undefined) return undefined;
      const {row} = candidate.row;
      const column = headingFor('name');
      const value = problem.code === 'duplicate-id' ? problem.value : undefined;
      return {row, message: () => csvProblemText(row, column, csvIdFromNameText(value, hasIdColumn))};
    }
    const message = () => feedProblemText(problem, maxYear);
    const where = locate(problem, candidateRows, columns, options.lang);
    return where
      ? {row: where.row, message: () => csvProblemText(where.row, where.column, message())}
      : {row: 0, message: () => `${printable(problem.path)}: ${message()}`};
  }
}

/** `partners[3].url` → 3. */
const partnerIndex = (path: string) => Number(/^partners\[(\d+)\]/.exec(path)?.[1] ?? -1);
