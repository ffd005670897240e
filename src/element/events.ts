/**
 * The `detail` of the element's events (README, Events), exported for TypeScript
 * users of `load`, `error` and `reciprocity`, and declared on every HTML element's
 * event map so that `el.addEventListener('error', (e) => e.detail.kind)` type-checks.
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

declare global {
  interface HTMLElementEventMap {
    load: CustomEvent<LoadDetail>;
    /**
     * `<twin-cities>` fires a CustomEvent; an `<img>` or `<script>` an ErrorEvent,
     * which this type still is, so their listeners type-check as before.
     */
    error: ErrorEvent & CustomEvent<ErrorDetail>;
    reciprocity: CustomEvent<ReciprocityDetail>;
  }
}
