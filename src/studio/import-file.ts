/**
 * A file the editor picked, as partners to edit: a spreadsheet (CSV text or a
 * workbook's first sheet) through from-csv's own rules (`feedFromSheet`), or a
 * feed (.json) to edit as it is. Remarks come worded as the command-line tool
 * words them, with the spreadsheet's row and column.
 */
import {sheetOf, readSheet} from '../core/columns.js';
import {parseFeed} from '../core/feed.js';
import {feedFromSheet} from '../core/sheet-feed.js';
import {decodeText, guessEncoding} from '../core/text-encoding.js';
import {feedProblemText} from '../i18n/tool-messages.js';
import {invalidText} from '../i18n/messages.js';
import {lastYear} from '../core/limits.js';
import {printable} from '../core/printable.js';
import {CHECK_BASE} from './checks.js';
import {workOf, type JsonObject, type Work} from './model.js';
import {notFeedFileText, notJsonFileText, unknownTypeText, unreadableWorkbookText} from './messages.js';
import {workbookRecords} from './workbook.js';

/** The encodings the editor may choose for CSV text; `auto` lets the bytes tell. */
export const ENCODING_CHOICES = ['auto', 'utf-8', 'windows-1252', 'windows-1250'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];


export interface ImportOptions {
  readonly encoding: EncodingChoice;
  /** The language of a sheet's unsuffixed text columns. */
  readonly sheetLang: string;
  /** The interface's BCP 47 tag, for lists and plurals in the remarks. */
  readonly tag: string;
}

export type Imported =
  | {
      readonly ok: true;
      /** Partners only (a sheet), or the whole feed with its town (a .json). */
      readonly partners: readonly JsonObject[];
      readonly city?: JsonObject;
      readonly remarks: readonly (() => string)[];
      /** The encoding CSV text was read in. */
      readonly encoding?: string;
    }
  | {readonly ok: false; readonly remarks: readonly (() => string)[]; readonly encoding?: string};

export type FileKind = 'text' | 'workbook' | 'json';

/** What a file is, from its name: the editor's spreadsheet tells by its extension. */
export function kindOf(name: string): FileKind | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'text';
  if (extension === 'xlsx' || extension === 'ods') return 'workbook';
  if (extension === 'json') return 'json';
  return undefined;
}

export function importBytes(name: string, bytes: Uint8Array, options: ImportOptions): Imported {
  const kind = kindOf(name);
  if (kind === undefined) return failed(() => unknownTypeText(name));
  if (kind === 'json') return importFeed(name, decodeText(bytes));
  if (kind === 'workbook') {
    const records = workbookRecords(bytes);
    if (!records) return failed(() => unreadableWorkbookText(name));
    return importSheet(sheetOf(records), options);
  }
  const encoding = options.encoding === 'auto' ? guessEncoding(bytes) : options.encoding;
  return {...importSheet(readSheet(decodeText(bytes, encoding)), options), encoding};
}

const failed = (...remarks: (() => string)[]): Imported => ({ok: false, remarks});

function importSheet(sheet: ReturnType<typeof readSheet>, options: ImportOptions): Imported {
  if (!sheet.ok) return failed(sheet.message);
  // The town is the one being edited: the sheet gives partners only. The feed has no
  // address yet: relative cells are checked against a stand-in and kept as written.
  const result = feedFromSheet(sheet, {city: '-', country: 'FR', lang: options.sheetLang, tag: options.tag, base: CHECK_BASE});
  const remarks = result.remarks.map((remark) => remark.message);
  if (!result.feed) return {ok: false, remarks};
  return {ok: true, partners: result.feed.partners as JsonObject[], remarks};
}

function importFeed(name: string, text: string): Imported {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return failed(() => notJsonFileText(name));
  }
  const parsed = parseFeed(json, CHECK_BASE);
  if (!parsed.ok) {
    const reason = parsed.reason;
    return failed(() => `${notFeedFileText(name)} ${invalidText(reason)}`);
  }
  const work: Work = workOf(json);
  const maxYear = lastYear();
  // What the cards would leave out, said once; the fields show it again beside them.
  const remarks = parsed.problems.map((problem) => () => `${printable(problem.path)}: ${feedProblemText(problem, maxYear)}`);
  return {ok: true, partners: work.partners.map((e) => e.data), city: work.city, remarks};
}
