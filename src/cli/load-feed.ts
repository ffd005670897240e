/**
 * A feed from a file or URL, read and parsed as the element would, with every
 * reason it is not one (unreadable, not JSON with the line and column, a CSV
 * table, not a version-1 feed) as a sentence. Shared by validate and
 * check-reciprocity.
 */
import {parseFeed, type InvalidReason, type Feed, type FeedProblem} from '../core/feed.js';
import {invalidText} from '../i18n/messages.js';
import {syntaxErrorOffset} from '../core/json-error.js';
import {csvNotJsonText, notJsonText, privateAddressText, readFailureText} from '../i18n/tool-messages.js';
import {readSource, type LinkedOutcome, type ReadFailure} from './sources.js';
import {decodeUtf16} from '../core/text-encoding.js';
import {printable} from '../core/printable.js';

export type LoadedFeed =
  | {
      readonly ok: true;
      readonly feed: Feed;
      /** The first MAX_PROBLEMS problems. */
      readonly problems: readonly FeedProblem[];
      /** How many problems in all. */
      readonly problemCount: number;
      /** The URL the feed's relative URLs resolved against. */
      readonly url: string;
      /** The file, when the feed is local. */
      readonly path?: string;
      /** Saved as UTF-16, which the element cannot read. */
      readonly utf16?: true;
    }
  | {
      readonly ok: false;
      /** `version` or `partners` for the field at fault, `''` for the whole document. */
      readonly path: string;
      /** The sentence; call it inside `say()`. */
      readonly message: () => string;
      readonly failure?: ReadFailure;
    };

/**
 * Reads and parses a feed from a file or URL (with `readFrom`, `readSource` unless
 * told). A local file's relative URLs resolve against `base` when given, else
 * against the file's stand-in URL (see `sources.ts`).
 */
export async function loadFeed(
  input: string,
  base?: string,
  readFrom: (source: string) => Promise<LinkedOutcome> = readSource
): Promise<LoadedFeed> {
  const read = await readFrom(input);
  if (!read.ok && read.kind === 'private') {
    const {address} = read;
    return {ok: false, path: '', message: () => privateAddressText(printable(address))};
  }
  if (!read.ok) return {ok: false, path: '', message: () => readFailureText(read), failure: read};
  // Decoded anyway, to check the rest, but browsers read feeds as UTF-8 only.
  const utf16 = decodeUtf16(read.bytes);
  const text = utf16 ?? new TextDecoder().decode(read.bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (looksLikeCsv(input, text)) return {ok: false, path: '', message: () => csvNotJsonText(input)};
    const at = errorPosition(error, text);
    return {ok: false, path: '', message: () => notJsonText(at?.line, at?.column)};
  }
  const url = read.path !== undefined && base !== undefined ? base : read.url;
  const result = parseFeed(json, url);
  if (!result.ok) return {ok: false, path: reasonPath(result.reason), message: () => invalidText(result.reason)};
  return {
    ok: true,
    feed: result.feed,
    problems: result.problems,
    problemCount: result.problemCount,
    url,
    ...(read.path !== undefined && {path: read.path}),
    ...(utf16 !== undefined && {utf16: true}),
  };
}

/** A `.csv` file, or a first line of several separated names (`id;name;country`) rather than JSON. */
function looksLikeCsv(input: string, text: string): boolean {
  if (/\.csv$/i.test(input)) return true;
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].trim();
  return !/^[{["]/.test(first) && (first.match(/[;,\t]/g)?.length ?? 0) >= 2 && !/[{}[\]:]/.test(first);
}

const reasonPath = (reason: InvalidReason) => (reason === 'not-object' ? '' : reason);

/** The scanner's offset; `undefined` if the text nests deeper than the stack. */
function scan(text: string): number | undefined {
  try {
    return syntaxErrorOffset(text);
  } catch {
    return undefined;
  }
}

/** Line and column of a JSON syntax error: as the engine says, else as the scanner finds. */
function errorPosition(error: unknown, text: string): {line: number; column: number} | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return {line: Number(lineColumn[1]), column: Number(lineColumn[2])};
  const offset = Number(/position (\d+)/.exec(message)?.[1] ?? scan(text));
  if (Number.isNaN(offset)) return undefined;
  const before = text.slice(0, offset).split('\n');
  return {line: before.length, column: before[before.length - 1].length + 1};
}
