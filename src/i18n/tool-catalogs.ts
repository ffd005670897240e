/**
 * The command-line tool's own catalogs (locales/cli/*.xlf), added to the
 * element's, so that `msg()` answers both the tool's sentences and the shared
 * feed-problem ones. Imported once, by main.ts.
 *
 * lit-localize writes the translations as HTML text (`<fichier>` becomes
 * `&lt;fichier&gt;`), made for a template; a terminal shows text as it is, so the
 * entities are decoded once, here.
 */
import type {LocaleModule} from '@lit/localize';
import {addCatalogs} from './localization.js';
import * as de from './generated/tool-locales/de.js';
import * as en from './generated/tool-locales/en.js';
import * as it from './generated/tool-locales/it.js';
import * as pl from './generated/tool-locales/pl.js';
import * as pt from './generated/tool-locales/pt.js';

const ENTITIES: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"};
const plain = (html: string) => html.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name]);

type Template = LocaleModule['templates'][string];

function plainTemplate(template: Template): Template {
  if (typeof template === 'string') return plain(template);
  if ('strTag' in template) {
    const strings = Object.assign(template.strings.map(plain), {raw: template.strings.raw.map(plain)});
    return {...template, strings};
  }
  return template;
}

function plainCatalog(module: LocaleModule): LocaleModule {
  return {templates: Object.fromEntries(Object.entries(module.templates).map(([id, t]) => [id, plainTemplate(t)]))};
}

addCatalogs(Object.fromEntries(Object.entries({de, en, it, pl, pt}).map(([locale, m]) => [locale, plainCatalog(m)])));
