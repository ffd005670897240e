/**
 * The work in progress, kept in the browser's localStorage as it is edited, so
 * that closing the tab or the computer loses nothing.
 */
import {entry, isObject, plain, type Entry, type JsonObject, type Work} from './model.js';

interface Stored {
  readonly city: JsonObject;
  readonly partners: {data: JsonObject; draft?: Entry['draft']}[];
  /** Changed since the last download. */
  readonly dirty: boolean;
}

/** What was kept under `key`, or `undefined` (nothing kept, storage refused, or not ours). */
export function restore(key: string): {work: Work; dirty: boolean} | undefined {
  let text: string | null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  let stored: unknown;
  try {
    stored = plain(JSON.parse(text));
  } catch {
    return undefined;
  }
  if (!isObject(stored) || !isObject(stored.city) || !Array.isArray(stored.partners)) return undefined;
  const partners = stored.partners.filter(isObject).map((p) => {
    const draft = isObject(p.draft) && typeof p.draft.qid === 'string' && Array.isArray(p.draft.missing)
      ? {qid: p.draft.qid, missing: p.draft.missing.filter((m): m is string => typeof m === 'string')}
      : undefined;
    return entry(isObject(p.data) ? p.data : {}, draft);
  });
  return {work: {city: stored.city, partners}, dirty: stored.dirty === true};
}

/** Keeps the work; `false` when the browser refuses (storage full or disabled). */
export function keep(key: string, work: Work, dirty: boolean): boolean {
  const stored: Stored = {
    city: work.city,
    partners: work.partners.map((e) => ({data: e.data, ...(e.draft && {draft: e.draft})})),
    dirty,
  };
  try {
    localStorage.setItem(key, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}
