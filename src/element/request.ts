/**
 * Fetching a feed: one request per URL and fetcher for all the elements of a page,
 * bounded in time and size, and answers that say what went wrong without throwing.
 * Elements that keep the default fetch share one fetcher; an element with its own
 * `fetch()` gets its own answers, never another fetcher's.
 *
 * The shared request is aborted only when every element that waits for it has
 * given up; each element keeps its own timeout and abort signal.
 */
import {readBody} from '../core/body.js';
import type {LoadFailure} from '../i18n/messages.js';


export type FetchOutcome =
  | {readonly ok: true; readonly text: string; readonly url: string}
  | ({readonly ok: false} & LoadFailure);

/** The longest delay `setTimeout` honours. */
const MAX_TIMER = 2 ** 31 - 1;

export type Fetcher = (request: Request) => Promise<Response>;

interface Shared {
  readonly promise: Promise<FetchOutcome>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** Requests by fetcher, then by URL. */
const cache = new WeakMap<Fetcher, Map<string, Shared>>();

function requestsOf(fetcher: Fetcher): Map<string, Shared> {
  let requests = cache.get(fetcher);
  if (!requests) cache.set(fetcher, (requests = new Map()));
  return requests;
}

/** The fetcher of every element that keeps the default `fetch()`. */
export const defaultFetcher: Fetcher = (request) => fetch(request);

/** Forgets `url`, so the next load through `fetcher` asks the server again (`reload()`). */
export function forget(url: string, fetcher: Fetcher): void {
  requestsOf(fetcher).delete(url);
}

/**
 * The feed text at `url`. Resolves (never rejects) with the text or a failure;
 * rejects only with `signal.reason` when the caller aborts. With `share: false`
 * the request is this caller's alone, and its body is forgotten once read: a
 * partner's feed, read only for a verdict, never stays in the page's memory.
 */
export function fetchFeed(
  url: string,
  fetcher: Fetcher,
  {signal, timeout, share = true}: {signal: AbortSignal; timeout: number; share?: boolean}
): Promise<FetchOutcome> {
  const requests = share ? requestsOf(fetcher) : new Map<string, Shared>();
  let shared = requests.get(url);
  if (!shared) {
    const controller = new AbortController();
    const promise = download(url, fetcher, controller.signal);
    const entry: Shared = {promise, controller, waiting: 0, settled: false};
    shared = entry;
    requests.set(url, entry);
    // Only successes stay shared once settled; a failure is asked again next time.
    promise.then((outcome) => {
      entry.settled = true;
      if (!outcome.ok && requests.get(url) === entry) requests.delete(url);
    });
  }
  const entry = shared;
  entry.waiting++;
  return new Promise<FetchOutcome>((resolve, reject) => {
    // Past 2^31 - 1 ms (24.8 days) browsers run a timer at once: cap it there.
    const timer = timeout > 0 ? setTimeout(() => finish({ok: false, kind: 'timeout'}), Math.min(timeout, MAX_TIMER)) : 0;
    const onAbort = () => finish(undefined);
    function finish(outcome: FetchOutcome | undefined) {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (--entry.waiting === 0 && !entry.settled) {
        // Nobody waits for it any more: stop the download and forget it.
        entry.controller.abort();
        if (requests.get(url) === entry) requests.delete(url);
      }
      if (outcome) resolve(outcome);
      else reject(signal.reason);
    }
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    entry.promise.then(finish);
  });
}

async function download(url: string, fetcher: Fetcher, signal: AbortSignal): Promise<FetchOutcome> {
  let response: Response;
  try {
    // No cookies and no Referer: a feed's server learns neither who reads it nor on which page.
    response = await fetcher(
      new Request(url, {
        signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: {Accept: 'application/json'},
      })
    );
  } catch {
    return {ok: false, kind: 'network'};
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    return {ok: false, kind: 'http', status: response.status};
  }
  try {
    const body = await readBody(response);
    return body === undefined
      ? {ok: false, kind: 'invalid', reason: 'too-large'}
      : {ok: true, text: new TextDecoder().decode(body), url: response.url || url};
  } catch {
    return {ok: false, kind: 'network'};
  }
}
