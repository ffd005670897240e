/**
 * The studio's interface language: its own `lang` attribute, else the page's
 * `?lang=xx`, else the browser's languages, else French.
 */
import {LOCALES, matchLanguage, type Language} from '../core/language.js';

export function interfaceLanguage(attribute: string | null): Language {
  const fromPage = () => {
    try {
      return new URLSearchParams(location.search).get('lang');
    } catch {
      return null;
    }
  };
  for (const tag of [attribute, fromPage(), ...(navigator.languages ?? [navigator.language])]) {
    const language = matchLanguage(tag);
    if (language) return language;
  }
  return {locale: 'fr', tag: 'fr'};
}

/** Each language named in itself, for the switches. */
export const LANGUAGE_NAMES: Readonly<Record<(typeof LOCALES)[number], string>> = {
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  pl: 'Polski',
  pt: 'Português',
  en: 'English',
};
