/** What every command is given, and the exit codes they answer with (docs/publishing.md, Check a feed). */
import type {Language} from '../core/language.js';

export interface Context {
  readonly language: Language;
  /** Runs `fn` with `msg()` answering in the command's language. */
  say<T>(fn: () => T): T;
  out(text: string): void;
  err(text: string): void;
}

/** Nothing to report. */
export const EXIT_CLEAN = 0;
/** A feed or file with problems, invalid or unreadable (or, for reciprocity, not listed back). */
export const EXIT_PROBLEMS = 1;
/** An unknown command or option, a missing argument. */
export const EXIT_USAGE = 2;
