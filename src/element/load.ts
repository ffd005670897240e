/**
 * Getting a feed for the element: from a URL, the page or a JavaScript object to
 * a parsed feed, or the reason it could not be had. No rendering, no messages.
 */
import {parseFeed, parseFeedText, parseUrl, type Feed, type FeedProblem} from '../core/feed.js';
import type {LoadFailure} from '../i18n/messages.js';
import {fetchFeed, type Fetcher} from './request.js';

export type Source =
  | {readonly type: 'feed'; readonly value: unknown}
  | {readonly type: 'src'; readonly url: string}
  | {readonly type: 'inline'; readonly text: string};

export interface Loaded {
  readonly feed: Feed;
  /** The first MAX_PROBLEMS problems: a feed of millions of wrong values is not kept as millions of objects. */
  readonly problems: readonly FeedProblem[];
  /** How many problems in all. */
  readonly problemCount: number;
  /** The feed's own absolute URL (after redirects), for a feed read from `src`. */
  readonly url?: string;
}

export interface LoadOptions {
  readonly fetcher: Fetcher;
  readonly signal: AbortSignal;
  /** Milliseconds for the request and its body; 0 waits forever. */
  readonly timeout: number;
  /** What relative URLs resolve against: the document's base URL. */
  readonly base: string;
}

/** The URL `src` names against `base`, or undefined when it is no URL at all. */
export const absolute = (src: string, base: string): string | undefined => parseUrl(src, base)?.href;

/**
 * The feed of `source`, or why it could not be had; `undefined` once `signal`
 * aborts. Never rejects: a `feed` object whose getters throw (a Proxy, a class
 * instance) is simply not a feed.
 */
export async function loadFeed(source: Source, options: LoadOptions): Promise<Loaded | LoadFailure | undefined> {
  try {
    return await read(source, options);
  } catch {
    return {kind: 'invalid'};
  }
}

/**
 * `partner`: a partner's feed, read only for its verdict, so fetched past the
 * page's shared requests, which keep each body for the page's lifetime.
 */
async function read(source: Source, {fetcher, signal, timeout, base}: LoadOptions, partner = false) {
  let url: string | undefined;
  let text: string;
  if (source.type === 'feed') return loaded(parseFeed(source.value, base));
  if (source.type === 'inline') {
    text = source.text;
  } else {
    const requested = absolute(source.url, base);
    if (!requested) return {kind: 'network'} as const;
    const outcome = await fetchFeed(requested, fetcher, {signal, timeout, share: !partner}).catch(() => undefined);
    if (!outcome) return undefined;
    if (!outcome.ok) return {kind: outcome.kind, status: outcome.status, reason: outcome.reason};
    ({text, url} = outcome);
  }
  const result = parseFeedText(text, url ?? base);
  return result ? loaded(result, url) : ({kind: 'parse'} as const);
}

function loaded(result: ReturnType<typeof parseFeed>, url?: string): Loaded | LoadFailure {
  if (!result.ok) return {kind: 'invalid', reason: result.reason};
  const {feed, problems, problemCount} = result;
  return {feed, problems, problemCount, ...(url !== undefined && {url})};
}

/**
 * How `checkReciprocity` reads a partner's feed here: bounded by `timeout`, and
 * past the page's shared requests, so that only each verdict outlives its read;
 * `undefined` when it is not a feed.
 */
export const partnerFeedReader =
  (options: LoadOptions) =>
  async (url: string): Promise<Feed | undefined> => {
    const outcome = await read({type: 'src', url}, options, true);
    return outcome && 'feed' in outcome ? outcome.feed : undefined;
  };
