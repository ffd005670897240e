/**
 * Kinds and themes as an editor types them in a cell: the feed's ids, the labels
 * the cards show in any of the six languages (the element's own catalogs, so a
 * label added there is understood here), and a few everyday words. Compared
 * without case, accents or hyphens: `Städtepartnerschaft`, `coopération`,
 * `Eau et assainissement`, `culture` all work.
 */
import {KINDS, THEMES, type Kind, type Theme} from './feed.js';
import {LOCALES} from './language.js';
import {inLocale} from '../i18n/localization.js';
import {kindLabel, themeLabel} from '../i18n/messages.js';
import {comparableWord} from './comparable.js';

/** Words that are not labels but that editors write for a kind. */
const KIND_WORDS: Readonly<Record<Kind, readonly string[]>> = {
  twinning: ['jumelage', 'partnerschaft', 'städtepartnerschaft', 'gemellaggio', 'partnerstwo', 'geminação', 'twin town', 'sister city'],
  cooperation: ['coopération', 'coopération décentralisée', 'kooperation', 'zusammenarbeit', 'cooperazione', 'współpraca', 'cooperação'],
  friendship: ['amitié', 'freundschaft', 'amicizia', 'przyjaźń', 'amizade'],
};

let kinds: Map<string, Kind> | undefined;
let themes: Map<string, Theme> | undefined;

function vocabulary<T extends string>(ids: readonly T[], label: (id: T) => string, extra: (id: T) => readonly string[]) {
  const map = new Map<string, T>();
  for (const id of ids) {
    for (const word of [id, ...extra(id), ...LOCALES.map((locale) => inLocale(locale, () => label(id)))]) {
      map.set(comparableWord(word), id);
    }
  }
  return map;
}

/** The kind a cell names (`Amitié`, `Städtefreundschaft`, `cooperation`), or `undefined`. */
export function kindOf(text: string): Kind | undefined {
  kinds ??= vocabulary(KINDS, kindLabel, (kind) => KIND_WORDS[kind]);
  return kinds.get(comparableWord(text));
}

/** The theme a label or id names (`Eau et assainissement`, `water`), or `undefined`. */
export function themeOf(text: string): Theme | undefined {
  return themeWords().get(comparableWord(text));
}

/** The most comma-separated pieces a theme's label has (`Éducation, jeunesse et sport`: 2). */
let themePieces = 1;

function themeWords(): Map<string, Theme> {
  if (!themes) {
    themes = vocabulary(THEMES, themeLabel, () => []);
    // Folding leaves commas alone: a label of k pieces only ever matches a run of k pieces.
    for (const word of themes.keys()) themePieces = Math.max(themePieces, word.split(',').length);
  }
  return themes;
}

/**
 * A themes cell as themes: separated by `;` (or `,`), where a label may itself hold
 * a comma (`Éducation, jeunesse et sport`). Unknown parts are kept as written.
 * Runs of pieces are tried only as long as a label can be, so a cell of 10 000
 * pieces costs 10 000 look-ups, not one for each of its 50 million runs.
 */
export function themesOf(cell: string): {known: boolean; text: string; theme?: Theme}[] {
  themeWords();
  const found: {known: boolean; text: string; theme?: Theme}[] = [];
  for (const part of cell.split(/[;\n]/)) {
    const pieces = part.split(',');
    for (let i = 0; i < pieces.length; ) {
      // The longest run of comma-separated pieces that names a theme.
      let j = Math.min(pieces.length, i + themePieces);
      for (; j > i; j--) {
        const theme = themeOf(pieces.slice(i, j).join(','));
        if (theme !== undefined) {
          found.push({known: true, text: pieces.slice(i, j).join(',').trim(), theme});
          break;
        }
      }
      if (j > i) i = j;
      else {
        const text = pieces[i].trim();
        if (text) found.push({known: false, text});
        i++;
      }
    }
  }
  return found;
}
