/**
 * `twin-cities <command> …`: arguments, language and exit codes, in one place.
 *
 * Exit codes (docs/publishing.md, Check a feed): 0 clean, 1 a feed or file with problems, invalid
 * or unreadable, 2 a usage error. Whatever happens, the person at the terminal gets
 * a sentence in their language, never a stack trace.
 */
import {readFileSync} from 'node:fs';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {isCountryCode} from '../core/countries.js';
import {canonicalTag, matchLanguage, SOURCE_LOCALE, type Language} from '../core/language.js';
import {CSV_ENCODINGS, type TextEncoding} from '../core/text-encoding.js';
import {inLocale} from '../i18n/localization.js';
import '../i18n/tool-catalogs.js';
import {reportReciprocity} from './check-reciprocity.js';
import {EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE, type Context} from './context.js';
import {fromCsv} from './from-csv.js';
import {isSameFile} from './sources.js';
import {
  badBaseText,
  badEncodingText,
  badCountryText,
  extraArgumentText,
  helpText,
  missingCommandText,
  missingInputText,
  missingOptionText,
  missingValueText,
  noValueText,
  outputIsInputText,
  unexpectedText,
  unknownCommandText,
  unknownOptionText,
  usageCheck,
  usageFromCsv,
  usageText,
  usageValidate,
} from '../i18n/tool-messages.js';
import {validate} from './validate.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

interface Command {
  readonly options: Options;
  readonly usage: () => string;
  /** How many inputs: at least `min`, at most `max`. */
  readonly min: number;
  readonly max: number;
  run(inputs: string[], values: Values, context: Context): Promise<number>;
}

const common: Options = {
  lang: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
};

const COMMANDS: Record<string, Command> = {
  validate: {
    options: {...common, json: {type: 'boolean'}, base: {type: 'string'}},
    usage: usageValidate,
    min: 1,
    max: Infinity,
    run: (inputs, values, context) =>
      validate(inputs, {json: values.json === true, base: values.base as string | undefined}, context),
  },
  'from-csv': {
    options: {
      ...common,
      city: {type: 'string'},
      country: {type: 'string'},
      output: {type: 'string', short: 'o'},
      encoding: {type: 'string'},
    },
    usage: usageFromCsv,
    min: 1,
    max: 1,
    run: async (inputs, values, context) => {
      const output = values.output as string | undefined;
      if (output !== undefined && (await isSameFile(inputs[0], output))) {
        throw new UsageError(context.say(() => outputIsInputText(output)), usageFromCsv);
      }
      return fromCsv(
        inputs[0],
        {
          city: values.city as string,
          country: (values.country as string).trim().toUpperCase(),
          lang: contentLanguage(values.lang as string | undefined),
          ...(output !== undefined && {output}),
          ...(values.encoding !== undefined && {encoding: encodingOf(values.encoding as string)}),
        },
        context
      );
    },
  },
  'check-reciprocity': {
    options: {...common, json: {type: 'boolean'}, base: {type: 'string'}, 'allow-private': {type: 'boolean'}},
    usage: usageCheck,
    min: 1,
    max: 1,
    run: (inputs, values, context) =>
      reportReciprocity(
        inputs[0],
        {
          json: values.json === true,
          base: values.base as string | undefined,
          allowPrivate: values['allow-private'] === true,
        },
        context
      ),
  },
};

/** A usage error: the sentence and the usage line that goes with it. */
class UsageError {
  constructor(
    readonly message: string,
    readonly usage: () => string
  ) {}
}

/**
 * Runs the command line `argv` (without `node` and the script) and resolves with
 * the exit code. Never rejects.
 */
export async function main(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
  write: {out(text: string): void; err(text: string): void} = {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  }
): Promise<number> {
  const language = pickLanguage(argv, env);
  const context: Context = {
    language,
    say: (fn) => consoleText(inLocale(language.locale, fn)),
    out: write.out,
    err: write.err,
  };
  const fail = (message: string, usage: () => string) => {
    context.err(`twin-cities: ${message}\n${context.say(usage)}\n`);
    return EXIT_USAGE;
  };
  try {
    const {name, rest, help} = splitCommand(argv);
    if (name === 'help' || (name === undefined && help)) {
      context.out(`${context.say(helpText)}\n`);
      return EXIT_CLEAN;
    }
    if (name === undefined) return fail(context.say(missingCommandText), usageText);
    if (name === '--version') {
      context.out(`${version()}\n`);
      return EXIT_CLEAN;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
      const message = () =>
        name === '--lang' ? missingValueText(name) : name.startsWith('-') ? unknownOptionText(name) : unknownCommandText(name);
      return fail(context.say(message), usageText);
    }
    const {inputs, values} = parseCommand(command, rest, context);
    if (values.help) {
      context.out(`${context.say(command.usage)}\n`);
      return EXIT_CLEAN;
    }
    return await command.run(inputs, values, context);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message, error.usage);
    // Not a usage error and not foreseen: one line, still no stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    context.err(`twin-cities: ${context.say(() => unexpectedText(detail))}\n`);
    return EXIT_PROBLEMS;
  }
}

/**
 * The command name and its arguments. `--lang L`, `--lang=L` and `--help` may come
 * before the name too (`twin-cities --lang de validate …`): they go to the command.
 */
function splitCommand(argv: readonly string[]): {name?: string; rest: string[]; help: boolean} {
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i];
    if (arg === '--lang' && i + 1 < argv.length) i += 2;
    else if (arg.startsWith('--lang=') || arg === '--help' || arg === '-h') i += 1;
    else break;
  }
  const leading = argv.slice(0, Math.min(i, argv.length));
  const help = leading.some((arg) => arg === '--help' || arg === '-h');
  return {name: argv[i], rest: [...leading, ...argv.slice(i + 1)], help};
}

function parseCommand(command: Command, args: string[], context: Context) {
  const usage = (message: () => string) => new UsageError(context.say(message), command.usage);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({args, options: command.options, allowPositionals: true, strict: true});
  } catch (error) {
    throw usage(() => parseErrorText(error, command.options));
  }
  const values = parsed.values as Values;
  const inputs = parsed.positionals;
  if (values.help) return {inputs, values};

  if (inputs.length < command.min) throw usage(missingInputText);
  if (inputs.length > command.max) throw usage(() => extraArgumentText(inputs[command.max]));
  for (const name of ['city', 'country'] as const) {
    if (name in command.options && !(typeof values[name] === 'string' && (values[name] as string).trim())) {
      throw usage(() => missingOptionText(`--${name}`));
    }
  }
  if (typeof values.country === 'string' && !isCountryCode(values.country.trim().toUpperCase())) {
    throw usage(() => badCountryText(values.country as string));
  }
  if (values.output === '') throw usage(() => missingValueText('--output'));
  if (typeof values.encoding === 'string' && encodingOf(values.encoding) === undefined) {
    throw usage(() => badEncodingText(values.encoding as string));
  }
  if (typeof values.base === 'string' && !/^https?:\/\/[^/]/i.test(values.base)) {
    throw usage(() => badBaseText(values.base as string));
  }
  return {inputs, values};
}

/** `node:util` explains in English; say the same in the user's language. */
function parseErrorText(error: unknown, options: Options): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as {code?: string} | undefined)?.code;
  const name = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? message;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const key = name.replace(/^-+/, '');
    const option = Object.prototype.hasOwnProperty.call(options, key) ? options[key] : undefined;
    // A string option with no value, or a yes/no option given one (`--json=3`).
    if (option?.type === 'string') return missingValueText(name);
    if (option?.type === 'boolean') return noValueText(name);
    return unknownOptionText(name);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return extraArgumentText(name);
  return unknownOptionText(name);
}

/**
 * A message as a terminal shows it: French puts a narrow no-break space (U+202F)
 * before ; ? ! and inside « », which the console fonts of older Windows lack; the
 * no-break space (U+00A0) they all have keeps the same words together.
 */
function consoleText<T>(text: T): T {
  return (typeof text === 'string' ? text.replaceAll('\u202f', '\u00a0') : text) as T;
}

/** `--encoding` as named (any case), or `undefined` for a name the tool does not read. */
function encodingOf(name: string): TextEncoding | undefined {
  const wanted = name.trim().toLowerCase();
  return CSV_ENCODINGS.find((encoding) => encoding === wanted);
}

/**
 * Messages: `--lang` when supported, else the primary language of `LANG`
 * (`de_DE.UTF-8` → de) when supported, else French.
 */
export function pickLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  let given: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') given = argv[i + 1];
    else if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length);
  });
  const posix = env.LANG?.split(/[.@]/)[0];
  return matchLanguage(given) ?? matchLanguage(posix) ?? {locale: SOURCE_LOCALE, tag: SOURCE_LOCALE};
}

/** The language of the unsuffixed CSV columns: `--lang` as given (canonical), else French. */
const contentLanguage = (lang: string | undefined): string =>
  lang?.trim() ? (canonicalTag(lang) ?? lang.trim()) : SOURCE_LOCALE;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}
