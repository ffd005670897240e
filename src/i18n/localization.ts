/**
 * twin-cities' own `msg()`: it answers from twin-cities' catalogs, in the locale
 * `inLocale()` sets, and installs nothing in @lit/localize.
 *
 * @lit/localize keeps one `msg` implementation per page: `configureLocalization`
 * and `configureReentrantLocalization` install theirs and throw if one is already
 * installed. A Lit application that localizes itself must stay free to call them
 * before or after it imports twin-cities, and its `msg()` must keep answering
 * from its own catalogs; so twin-cities never calls either. Its messages call this
 * `msg`, which has @lit/localize's type (`MsgFn`): `lit-localize extract` finds
 * messages by that type, so the catalogs are extracted and built as before.
 *
 * Each `<twin-cities>` speaks its own language: `inLocale()` sets the locale for
 * exactly the synchronous code that renders one element. Every catalog is
 * imported statically so the one-file bundle carries them.
 */
import {joinStringsAndValues, type LocaleModule, type MsgFn, type MsgOptions, type TemplateLike} from '@lit/localize';
import type {TemplateResult} from 'lit';
import {sourceLocale} from './generated/locale-codes.js';
import * as de from './generated/locales/de.js';
import * as en from './generated/locales/en.js';
import * as it from './generated/locales/it.js';
import * as pl from './generated/locales/pl.js';
import * as pt from './generated/locales/pt.js';
import type {Locale} from '../core/language.js';

const catalogs: Record<string, LocaleModule> = {de, en, it, pl, pt};
let active: string = sourceLocale;

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

/**
 * The message `id` in the active locale, its placeholders filled from `template`
 * (translations refer to them by number, in whatever order the language needs);
 * the French source when the locale is French or the catalog lacks the id.
 * The same rules as @lit/localize's own runtime.
 */
function localize(template: TemplateLike, options?: MsgOptions): string | TemplateResult {
  const id = options?.id;
  const localized = id === undefined || active === sourceLocale ? undefined : catalogs[active]?.templates[id];
  if (localized !== undefined && typeof template !== 'string') {
    if (typeof localized === 'string') return localized;
    if ('strTag' in localized) return joinStringsAndValues(localized.strings, template.values, localized.values as number[]);
    // An html`` translation: its values are the indexes of the source's.
    return {...localized, values: (localized.values as number[]).map((i) => template.values[i])};
  }
  if (typeof localized === 'string') return localized;
  return typeof template !== 'string' && 'strTag' in template
    ? joinStringsAndValues(template.strings, template.values)
    : template;
}

/** Use as @lit/localize's `msg()`, with an explicit `id`. */
export const msg = localize as MsgFn;
