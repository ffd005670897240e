/**
 * Words as an editor may type them in a header or a cell, compared: `Städtepartnerschaft`
 * = `STADTEPARTNERSCHAFT`, `Année de début` = `annee-de-debut`, `DŁUGOŚĆ` = `dlugosc`.
 * One normaliser for column names, kinds and themes, so that they never drift apart.
 */

/** Lower case, no accents (ł and Ł as l), hyphens, underscores, apostrophes and spaces as one space. */
export function comparableWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[-\u2010-\u2015_\s'’]+/g, ' ')
    .trim();
}
