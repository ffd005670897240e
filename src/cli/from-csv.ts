/**
 * `twin-cities from-csv <file.csv> --city NAME --country CC`: a spreadsheet export
 * in, a feed on stdout, problems on stderr with the spreadsheet's row numbers.
 *
 * Web editors keep partner lists in spreadsheets. Whatever their tool writes must
 * work: comma or semicolon separated, UTF-8 with or without BOM, or Windows-1252
 * (French Excel), quoted cells holding separators, quotes and line breaks. The feed
 * is checked by the element's own parser (`parseFeed`), and what it would drop is
 * left out of the output, so what is published is what the cards will show
 * (core/sheet-feed.ts, which the studio shares).
 */
import {writeFile} from 'node:fs/promises';
import {readSheet} from '../core/columns.js';
import {feedText} from '../core/feed-json.js';
import {printable} from '../core/printable.js';
import {feedFromSheet} from '../core/sheet-feed.js';
import {decodeText, type TextEncoding} from '../core/text-encoding.js';
import {pluralCategory} from '../i18n/messages.js';
import {csvSpreadsheetText, partnersText, readFailureText, writeFailureText} from '../i18n/tool-messages.js';
import {EXIT_CLEAN, EXIT_PROBLEMS, type Context} from './context.js';
import {readSource} from './sources.js';

export interface FromCsvOptions {
  readonly city: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** The language of the unsuffixed text columns (`name`, `summary`…). */
  readonly lang: string;
  /** The file to write the feed to (UTF-8), instead of stdout. */
  readonly output?: string;
  /** The CSV's encoding, when `--encoding` names it; guessed otherwise. */
  readonly encoding?: TextEncoding;
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
  const sheet = readSheet(decodeText(read.bytes, options.encoding));
  if (!sheet.ok) {
    tell(sheet.message);
    return EXIT_PROBLEMS;
  }
  const {feed, remarks, incomplete} = feedFromSheet(sheet, {...options, tag: context.language.tag, base: read.url});
  for (const {message} of remarks) tell(message);
  if (!feed) return EXIT_PROBLEMS;
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
    const category = pluralCategory(new Intl.PluralRules(context.language.tag), count);
    context.out(`${printable(options.output)}: ${context.say(() => partnersText(count, category))}\n`);
  }
  return incomplete ? EXIT_PROBLEMS : EXIT_CLEAN;
}

/**
 * An Excel or LibreOffice workbook rather than its CSV export: .xlsx and .ods are
 * ZIP archives (`PK\x03\x04`), .xls an OLE2 compound file.
 */
function isWorkbook(bytes: Uint8Array): boolean {
  const starts = (magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  return starts([0x50, 0x4b, 0x03, 0x04]) || starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}
