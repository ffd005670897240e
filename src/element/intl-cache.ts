/**
 * Memoized Intl objects: building a formatter costs far more than using one, and a
 * list of a thousand cards asks for the same few formatters again and again.
 * Keyed by (constructor, tag, options). A page uses a handful of tags, but tags
 * come from attributes and feeds: the cache keeps at most `MAX_ENTRIES`, dropping
 * the one used longest ago, and starts afresh when the browser's languages change
 * (`languagechange`), as the data behind a formatter may have changed with them.
 */
export const MAX_ENTRIES = 64;

const cache = new Map<string, unknown>();

function cached<T>(kind: string, tag: string, options: object, create: () => T): T {
  const key = `${kind}|${tag}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  } else {
    // Most recently used last, so that the first key is the one used longest ago.
    cache.delete(key);
  }
  cache.set(key, value);
  return value;
}

globalThis.addEventListener?.('languagechange', () => cache.clear());

export const numberFormat = (tag: string, options: Intl.NumberFormatOptions = {}) =>
  cached('n', tag, options, () => new Intl.NumberFormat(tag, options));

export const pluralRules = (tag: string) =>
  cached('p', tag, {}, () => new Intl.PluralRules(tag));

export const regionNames = (tag: string) =>
  cached('r', tag, {}, () => new Intl.DisplayNames(tag, {type: 'region', fallback: 'code'}));

/** The country's name in `tag`, or the code itself when Intl has none. */
export function countryName(code: string, tag: string): string {
  try {
    return regionNames(tag).of(code) ?? code;
  } catch {
    return code;
  }
}
