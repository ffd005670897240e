/**
 * Language tags as an editor writes them in a column name (`name_de`,
 * `summary_pt-BR`) or in `--lang`: only a real one counts, so that the words of
 * a header such as `Nom de la ville jumelle` or `Nom en polonais` never pass for
 * a language.
 */

import {canonicalTag} from './language.js';

/** language, optional Script, optional REGION (`de`, `pt-BR`, `zh-Hant-TW`, `es-419`), `_` or `-` between. */
const SIMPLE_TAG = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$/i;

let languages: Intl.DisplayNames | undefined;
let regions: Intl.DisplayNames | undefined;

/**
 * The canonical form of `text` (`pt_br` → `pt-BR`) when it is a language tag of
 * a language and region that exist, else `undefined`.
 */
export function languageTag(text: string): string | undefined {
  const match = SIMPLE_TAG.exec(text.trim());
  if (!match) return undefined;
  const [, language, , region] = match;
  languages ??= new Intl.DisplayNames('en', {type: 'language', fallback: 'none'});
  regions ??= new Intl.DisplayNames('en', {type: 'region', fallback: 'none'});
  try {
    if (languages.of(language) === undefined) return undefined;
    if (region !== undefined && regions.of(region.toUpperCase()) === undefined) return undefined;
  } catch {
    return undefined;
  }
  return canonicalTag(text);
}
