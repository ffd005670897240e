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

/**
 * Past this many partners with a `feed`, the others are left unchecked: a feed
 * listing thousands of partner feeds must not make a visitor's browser read them all.
 */
export const MAX_PARTNER_FEEDS = 50;

/**
 * Past this many problems, a feed's problems are counted, not described: a feed of
 * millions of wrong values must not become millions of sentences in memory.
 */
export const MAX_PROBLEMS = 1000;
