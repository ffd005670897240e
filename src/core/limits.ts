/**
 * The limits every reader of feeds shares, each defined once: the element, the
 * command-line tool and the studio quote them in their messages as placeholders.
 */

/** Past this, a feed is refused: no tab should freeze on a runaway file. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** How long a load may take, request and body, unless told otherwise (ms). */
export const DEFAULT_TIMEOUT_MS = 15000;

/** The first year a partnership or a census may carry. */
export const FIRST_YEAR = 1800;

/** The last year a partnership or a census may carry: next year (a pact signed for January). */
export const lastYear = (now: Date = new Date()): number => now.getFullYear() + 1;
