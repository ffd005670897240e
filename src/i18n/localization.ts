/**
 * The @lit/localize wiring, in one place.
 *
 * Each `<twin-cities>` speaks its own language, so the global `configureLocalization`
 * (one locale per page) does not fit: reentrant mode asks `getLocale()` before every
 * `msg()`, and `inLocale()` sets it for exactly the synchronous code that renders one
 * element. Every catalog is imported statically so the one-file bundle carries them.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';
import * as de from './generated/locales/de.js';
import * as en from './generated/locales/en.js';
import * as it from './generated/locales/it.js';
import * as pl from './generated/locales/pl.js';
import * as pt from './generated/locales/pt.js';
import type {Locale} from '../core/language.js';

const catalogs: Record<string, LocaleModule> = {de, en, it, pl, pt};
let active: string = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => active,
  loadLocaleSync: (locale) => catalogs[locale],
});

/**
 * Adds messages of another catalog set (the command-line tool's own) on top of
 * the element's, which win for the ids both have.
 */
export function addCatalogs(extra: Record<string, LocaleModule>): void {
  for (const [locale, module] of Object.entries(extra)) {
    catalogs[locale] = {templates: {...module.templates, ...catalogs[locale]?.templates}};
  }
}

/** Runs `fn` with `msg()` answering in `locale`. */
export function inLocale<T>(locale: Locale, fn: () => T): T {
  const previous = active;
  active = locale;
  try {
    return fn();
  } finally {
    active = previous;
  }
}
