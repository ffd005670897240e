/**
 * The `detail` of the element's events (CONTRACT section 2), exported for
 * TypeScript users of `load`, `error` and `reciprocity`.
 */
import type {ErrorKind} from '../i18n/messages.js';

/** A feed problem as the `load` event reports it. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}
export interface LoadDetail {
  readonly partners: number;
  /** The first 1 000 problems. */
  readonly problems: readonly Problem[];
  /** How many problems in all. */
  readonly problemCount: number;
}
export interface ErrorDetail {
  readonly kind: ErrorKind;
  readonly message: string;
  readonly status?: number;
}
export interface ReciprocityDetail {
  readonly checked: number;
  readonly reciprocal: number;
  readonly missing: readonly string[];
  readonly unreachable: readonly string[];
  /** Partners with a `feed` past the first 50, not read. */
  readonly unchecked: readonly string[];
}
