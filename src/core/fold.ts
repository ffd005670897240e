/**
 * Text as two people may write the same word: without case or accents, and with
 * the letters that carry no separable accent written plainly (Łódź = lodz,
 * Gießen = giessen, Tønder = tonder). The element's reciprocity check compares
 * town names with it; the command-line tool, column names, kinds and themes.
 */
const PLAIN: Record<string, string> = {ł: 'l', ø: 'o', đ: 'd', ß: 'ss'};

export const folded = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđß]/g, (c) => PLAIN[c]);
