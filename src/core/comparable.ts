/**
 * Words as an editor may type them in a header or a cell, compared: `Städtepartnerschaft`
 * = `STADTEPARTNERSCHAFT`, `Année de début` = `annee-de-debut`, `DŁUGOŚĆ` = `dlugosc`.
 * One normaliser for column names, kinds and themes, so that they never drift apart.
 */
import {folded} from './fold.js';

/** Folded as town names are (see ../fold.ts), hyphens, underscores, apostrophes and spaces as one space. */
export function comparableWord(word: string): string {
  return folded(word)
    .replace(/[-\u2010-\u2015_\s'’]+/g, ' ')
    .trim();
}
