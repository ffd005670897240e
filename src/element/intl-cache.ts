/**
 * Memoized Intl objects: building a formatter costs far more than using one, and a
 * list of a thousand cards asks for the same few formatters again and again.
 * Keyed by (constructor, tag, options); small, since a page uses a handful of tags.
 */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, tag: string, options: object, create: () => T): T {
  const key = `${kind}|${tag}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

export const numberFormat = (tag: string, options: Intl.NumberFormatOptions = {}) =>
  cached('n', tag, options, () => new Intl.NumberFormat(tag, options));

export const pluralRules = (tag: string) =>
  cached('p', tag, {}, () => new Intl.PluralRules(tag));

export const collator = (tag: string) => cached('c', tag, {}, () => new Intl.Collator(tag));

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
