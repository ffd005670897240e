/**
 * `twin-cities validate <file-or-url>…`: what the element would say about a feed,
 * before it goes live. Each problem with its path and a sentence; `--json` for
 * machines: `{ file, valid, partners, problems: [{ path, message }] }`.
 */
import {parseFeed, type InvalidReason, type Feed, type Problem} from '../feed.js';
import {invalidText} from '../messages.js';
import {decodeUtf16, readSource, type ReadFailure, type ReadOutcome} from './io.js';
import {EXIT_CLEAN, EXIT_PROBLEMS, type Context} from './context.js';
import {syntaxErrorOffset} from './json-error.js';
import {
  csvNotJsonText,
  feedProblemText,
  notJsonText,
  partnersText,
  problemsText,
  readFailureText,
  utf16Text,
} from './messages.js';
import {printable, printableJson} from './printable.js';

export interface ValidateOptions {
  readonly json: boolean;
  /** Where a local feed will be published, for its relative URLs. */
  readonly base?: string;
}

/** One input's verdict; `valid` means clean: a version-1 feed with no problem. */
export interface Report {
  readonly file: string;
  readonly valid: boolean;
  readonly partners: number;
  readonly problems: {readonly path: string; readonly message: string}[];
}

export async function validate(inputs: readonly string[], options: ValidateOptions, context: Context): Promise<number> {
  const verdicts = await Promise.all(inputs.map((input) => validateOne(input, options, context)));
  const reports = verdicts.map(({report}) => report);
  if (options.json) {
    context.out(`${printableJson(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2))}\n`);
  } else {
    for (const verdict of verdicts) context.out(textOf(verdict, context));
  }
  return reports.every((report) => report.valid) ? EXIT_CLEAN : EXIT_PROBLEMS;
}

/** A report, and for a document that is not a feed at all, the one-line reason. */
interface Verdict {
  readonly report: Report;
  readonly reason?: string;
}

async function validateOne(input: string, options: ValidateOptions, context: Context): Promise<Verdict> {
  const loaded = await loadFeed(input, options.base);
  if (!loaded.ok) {
    const reason = context.say(loaded.message);
    return {report: {file: input, valid: false, partners: 0, problems: [{path: loaded.path, message: reason}]}, reason};
  }
  const maxYear = new Date().getFullYear() + 1;
  const problems = loaded.problems.map((problem) => ({
    path: problem.path,
    message: context.say(() => feedProblemText(problem, maxYear)),
  }));
  if (loaded.utf16) problems.unshift({path: '', message: context.say(utf16Text)});
  return {report: {file: input, valid: problems.length === 0, partners: loaded.feed.partners.length, problems}};
}

function textOf({report, reason}: Verdict, context: Context): string {
  const {problems} = report;
  const file = printable(report.file);
  if (reason !== undefined) return `${file}: ${reason}\n`;
  const plural = new Intl.PluralRules(context.language.tag);
  const counts = context.say(
    () =>
      `${partnersText(report.partners, plural.select(report.partners))}, ${problemsText(problems.length, plural.select(problems.length))}`
  );
  return `${file}: ${counts}\n${problems.map(({path, message}) => (path ? `  ${printable(path)}: ${message}\n` : `  ${message}\n`)).join('')}`;
}

export type LoadedFeed =
  | {
      readonly ok: true;
      readonly feed: Feed;
      readonly problems: readonly Problem[];
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
 * against the file's stand-in URL (see `io.ts`).
 */
export async function loadFeed(
  input: string,
  base?: string,
  readFrom: (source: string) => Promise<ReadOutcome> = readSource
): Promise<LoadedFeed> {
  const read = await readFrom(input);
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
