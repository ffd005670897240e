/**
 * A published feed, read to be edited: fetched with no credentials and no
 * referrer, as the element reads feeds, and its failures said in plain words
 * (a site that does not let other sites read it is the usual one).
 */
import {parseFeed} from '../core/feed.js';
import {MAX_FEED_BYTES, lastYear} from '../core/limits.js';
import {printable} from '../core/printable.js';
import {errorText} from '../i18n/messages.js';
import {feedProblemText} from '../i18n/tool-messages.js';
import {feedNetworkText} from './messages.js';

export type Opened =
  | {readonly ok: true; readonly json: unknown; readonly remarks: readonly (() => string)[]}
  | {readonly ok: false; readonly message: () => string};

export async function loadFeedText(url: string): Promise<Opened> {
  let response: Response;
  try {
    response = await fetch(url, {credentials: 'omit', referrerPolicy: 'no-referrer', headers: {accept: 'application/json'}});
  } catch {
    return {ok: false, message: () => feedNetworkText(url)};
  }
  if (!response.ok) {
    const status = response.status;
    return {ok: false, message: () => errorText({kind: 'http', status}, url)};
  }
  const text = await response.text().catch(() => undefined);
  if (text === undefined) return {ok: false, message: () => feedNetworkText(url)};
  if (text.length > MAX_FEED_BYTES) return {ok: false, message: () => errorText({kind: 'invalid', reason: 'too-large'}, url)};
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {ok: false, message: () => errorText({kind: 'parse'}, url)};
  }
  const parsed = parseFeed(json, url);
  if (!parsed.ok) {
    const reason = parsed.reason;
    return {ok: false, message: () => errorText({kind: 'invalid', reason}, url)};
  }
  const maxYear = lastYear();
  const remarks = parsed.problems.map((problem) => () => `${printable(problem.path)}: ${feedProblemText(problem, maxYear)}`);
  return {ok: true, json, remarks};
}
