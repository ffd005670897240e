/**
 * `twin-cities validate <file-or-url>…`: what the element would say about a feed,
 * before it goes live. Each problem with its path and a sentence; `--json` for
 * machines: `{ file, valid, partners, problems: [{ path, message }], problemCount }`.
 * Like the element, it describes the first MAX_PROBLEMS problems and counts them
 * all: a feed of millions of wrong values prints a thousand lines and a total.
 */
import {EXIT_CLEAN, EXIT_PROBLEMS, type Context} from './context.js';
import {loadFeed} from './load-feed.js';
import {lastYear, MAX_PROBLEMS} from '../core/limits.js';
import {
  feedProblemText,
  firstProblemsText,
  partnersText,
  problemsText,
  utf16Text,
} from '../i18n/tool-messages.js';
import {pluralCategory} from '../i18n/messages.js';
import {printable, printableJson} from '../core/printable.js';

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
  /** The first MAX_PROBLEMS problems. */
  readonly problems: {readonly path: string; readonly message: string}[];
  /** How many problems in all. */
  readonly problemCount: number;
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
    const problems = [{path: loaded.path, message: reason}];
    return {report: {file: input, valid: false, partners: 0, problems, problemCount: 1}, reason};
  }
  const maxYear = lastYear();
  const problems = loaded.problems.map((problem) => ({
    path: problem.path,
    message: context.say(() => feedProblemText(problem, maxYear)),
  }));
  let problemCount = loaded.problemCount;
  if (loaded.utf16) {
    problems.unshift({path: '', message: context.say(utf16Text)});
    problemCount++;
  }
  const partners = loaded.feed.partners.length;
  return {report: {file: input, valid: problemCount === 0, partners, problems, problemCount}};
}

function textOf({report, reason}: Verdict, context: Context): string {
  const {problems, problemCount} = report;
  const file = printable(report.file);
  if (reason !== undefined) return `${file}: ${reason}\n`;
  const plural = new Intl.PluralRules(context.language.tag);
  const counts = context.say(
    () =>
      `${partnersText(report.partners, pluralCategory(plural, report.partners))}, ${problemsText(problemCount, pluralCategory(plural, problemCount))}`
  );
  const lines = problems.map(({path, message}) => (path ? `  ${printable(path)}: ${message}\n` : `  ${message}\n`));
  if (problemCount > problems.length) {
    const shown = new Intl.NumberFormat(context.language.tag).format(MAX_PROBLEMS);
    lines.push(`  ${context.say(() => firstProblemsText(shown))}\n`);
  }
  return `${file}: ${counts}\n${lines.join('')}`;
}
