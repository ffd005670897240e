/**
 * Reciprocal listings: does a partner town's feed list us back?
 *
 * Pure, like `feed.ts`: feeds in, a verdict out. The element (`reciprocal`) and
 * the `check-reciprocity` command share it, so both say the same thing about the
 * same pair of feeds. Reading a partner's feed is the caller's job (`readFeed`).
 *
 * A town recognizes us in its feed by the entry's `feed` (our feed's own URL) or,
 * since most towns will not know that URL, by country and name: "Colombes",
 * "colombes" and "COLOMBES" are one town, and so are "Gueule Tapée-Fass Colobane"
 * and "gueule tapee fass colobane".
 */
import {parseUrl, type City, type Feed, type LocalizedText, type Partner} from './feed.js';
import {folded} from './fold.js';
import {MAX_PARTNER_FEEDS} from './limits.js';

/** What we know about our own feed. */
export interface OwnFeed {
  /** The absolute URL our feed is published at. */
  readonly url?: string;
  readonly city?: City;
}

export type ReciprocityStatus = 'listed' | 'missing' | 'unreachable';

export interface ReciprocityReport {
  /** Partners whose feed was read or tried. */
  readonly checked: number;
  /** How many of those list us back. */
  readonly reciprocal: number;
  /** Ids of partners whose feed does not list us, in feed order. */
  readonly missing: string[];
  /** Ids of partners whose feed could not be read, in feed order. */
  readonly unreachable: string[];
  /** Ids of partners with a `feed` past the first `limit`, not read, in feed order. */
  readonly unchecked: string[];
  /** Every checked partner's status, by id, in feed order. */
  readonly results: Map<string, ReciprocityStatus>;
}

export interface CheckOptions {
  /** At most this many feeds are read at a time (default 4). */
  readonly concurrency?: number;
  /** At most this many partner feeds are read in all, the first in feed order (default 50). */
  readonly limit?: number;
}

/**
 * True when `partnerFeed` lists us, false when it does not, `undefined` when we
 * give neither a URL nor a city with a name and a country: nothing to recognize.
 */
export function listsBack(partnerFeed: Feed, own: OwnFeed): boolean | undefined {
  const ownUrl = own.url === undefined ? undefined : comparableUrl(own.url);
  const ownCountry = own.city?.country?.toUpperCase();
  // A set: each name of the partner's feed is looked up, not compared with each of ours.
  const ownNames = new Set(own.city?.name === undefined ? [] : names(own.city.name).map(comparableName));
  const byName = ownCountry !== undefined && ownNames.size > 0;
  if (ownUrl === undefined && !byName) return undefined;

  return partnerFeed.partners.some(
    (entry) =>
      (ownUrl !== undefined && entry.feed !== undefined && comparableUrl(entry.feed) === ownUrl) ||
      (byName &&
        entry.country.toUpperCase() === ownCountry &&
        names(entry.name).some((name) => ownNames.has(comparableName(name))))
  );
}

/**
 * Reads the feed of the first `limit` partners that have one, at most
 * `concurrency` at a time, and sorts them into listed, missing and unreachable;
 * the partners past `limit` are `unchecked`. `readFeed` resolves with `undefined`
 * (or rejects) when a feed cannot be read or is not a version-1 feed. Only each
 * verdict is kept, never a partner's feed: a page may hold 50 verdicts, not 50
 * feeds of 5 MB. When `listsBack` cannot decide (see above), nothing is read and
 * nothing checked.
 */
export async function checkReciprocity(
  partners: readonly Partner[],
  readFeed: (url: string) => Promise<Feed | undefined>,
  own: OwnFeed,
  {concurrency = 4, limit = MAX_PARTNER_FEEDS}: CheckOptions = {}
): Promise<ReciprocityReport> {
  const all = canRecognize(own) ? partners.filter((p) => p.feed !== undefined) : [];
  const withFeed = all.slice(0, limit);
  const statuses: ReciprocityStatus[] = new Array(withFeed.length);

  let next = 0;
  const worker = async () => {
    while (next < withFeed.length) {
      const i = next++;
      let feed: Feed | undefined;
      try {
        feed = await readFeed(withFeed[i].feed!);
      } catch {
        feed = undefined;
      }
      statuses[i] = feed === undefined ? 'unreachable' : listsBack(feed, own) ? 'listed' : 'missing';
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, withFeed.length));
  await Promise.all(Array.from({length: workers}, worker));

  const results = new Map<string, ReciprocityStatus>();
  withFeed.forEach((partner, i) => results.set(partner.id, statuses[i]));
  const having = (status: ReciprocityStatus) =>
    withFeed.filter((_, i) => statuses[i] === status).map((p) => p.id);
  return {
    checked: withFeed.length,
    reciprocal: having('listed').length,
    missing: having('missing'),
    unreachable: having('unreachable'),
    unchecked: all.slice(withFeed.length).map((p) => p.id),
    results,
  };
}

/** Whether a partner could recognize us at all (a URL, or a city with a name and a country). */
function canRecognize(own: OwnFeed): boolean {
  return listsBack({version: 1, partners: []}, own) !== undefined;
}

/** Every value of a localized text. */
const names = (text: LocalizedText): string[] =>
  typeof text === 'string' ? [text] : Object.values(text);

/**
 * A name as compared: no case, no accents, hyphens and runs of spaces as one space
 * ("Gueule Tapée-Fass Colobane" = "gueule tapee fass  colobane").
 */
function comparableName(name: string): string {
  return folded(name)
    .replace(/[-\u2010-\u2015\s]+/g, ' ')
    .trim();
}

/** A URL as compared: absolute, no fragment, no trailing slash. */
function comparableUrl(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  // A loop, not `/\/+$/`: that regular expression starts again at every slash of a
  // long run and rescans the run to its end each time, which is quadratic (a path
  // of 200 000 slashes froze a page for seconds).
  const path = parsed.pathname;
  let end = path.length;
  while (path[end - 1] === '/') end--;
  return `${parsed.origin}${path.slice(0, end)}${parsed.search}`;
}
