/**
 * The six languages, and how a language tag maps to one of them.
 *
 * Messages come from one of the six supported languages; numbers, country names and
 * plural rules follow the full tag (`de-AT`, `pt-PT`), so a supported primary keeps
 * its region. Anything unsupported becomes `fr`, for messages and formats alike.
 */
export const LOCALES = ['fr', 'de', 'it', 'pl', 'pt', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'fr';

export interface Language {
  /** The catalog the messages come from. */
  readonly locale: Locale;
  /** The BCP 47 tag given to Intl. */
  readonly tag: string;
}


/** `tag` in its canonical form (`pt_br` → `pt-BR`), or `undefined` when it is no tag. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** Maps one tag to a language, or `undefined` when its primary is not supported. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  const canonical = tag ? canonicalTag(tag) : undefined;
  if (!canonical) return undefined;
  const primary = canonical.split('-')[0] as Locale;
  return LOCALES.includes(primary) ? {locale: primary, tag: canonical} : undefined;
}
