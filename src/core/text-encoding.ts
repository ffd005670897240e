/**
 * A file's bytes as text, whatever the tool that saved it: UTF-8 with or without
 * a BOM, UTF-16 (Windows PowerShell 5.1's `>`, Excel's "Unicode text"),
 * Windows-1252 (French, German, Italian, Portuguese Excel's CSV) or Windows-1250
 * (Polish Excel's CSV).
 */

/** The encodings a spreadsheet's CSV comes in, and that a user may name. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1250'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** The encodings a user may name for a CSV file: UTF-16 always tells itself by its bytes. */
export const CSV_ENCODINGS = ['utf-8', 'windows-1250', 'windows-1252'] as const satisfies readonly TextEncoding[];

/**
 * Text saved as UTF-16 (what Windows PowerShell 5.1's `>` writes, or Excel's
 * "Unicode text"), with a byte order mark or without one, or `undefined` for any
 * other bytes.
 */
export function decodeUtf16(bytes: Uint8Array): string | undefined {
  const order = utf16Order(bytes);
  return order === undefined ? undefined : new TextDecoder(order).decode(bytes);
}

/** UTF-16 by its byte order mark, else by its zero bytes (see utf16ByZeros). */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16ByZeros(bytes);
}

/**
 * UTF-16 without a byte order mark, told by its zero bytes: text in UTF-8 or a
 * Windows code page has none, while the Latin letters, digits and punctuation of
 * a feed or a header row in UTF-16 have one in every pair, second (LE) or first
 * (BE); a few characters such as U+2000 have it on the other side.
 */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length, 512) >> 1;
  if (pairs < 2) return undefined;
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroFirst++;
    if (bytes[2 * i + 1] === 0) zeroSecond++;
  }
  if (zeroSecond * 2 >= pairs && zeroFirst * 16 < pairs) return 'utf-16le';
  if (zeroFirst * 2 >= pairs && zeroSecond * 16 < pairs) return 'utf-16be';
  return undefined;
}

/**
 * The encoding `decodeText` reads bytes with when none is named: a byte order
 * mark, else UTF-16 told by its zero bytes, else UTF-8 if the bytes are valid
 * UTF-8, else the Windows code page whose letters fit the text best.
 */
export function guessEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const utf16 = utf16Order(bytes);
  if (utf16 !== undefined) return utf16;
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    return 'utf-8';
  } catch {
    return singleByteGuess(bytes);
  }
}

/** A file's text in the encoding named, or in the one `guessEncoding` finds. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding = guessEncoding(bytes)): string {
  if (encoding === 'windows-1252') return decodeSingleByte(bytes, windows1252High());
  if (encoding === 'windows-1250') return decodeSingleByte(bytes, windows1250High());
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (WHATWG index): what French Excel writes for
 * ’ « € œ and the like. Decoded by hand because Node 20.18.3+ and 22.13+ decode
 * `windows-1252` as Latin-1, turning ’ into an invisible control character
 * (nodejs/node#60888).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

let high1252: string | undefined;
let high1250: string | undefined;

/** The characters of bytes 0x80–0xFF in Windows-1252, in byte order. */
function windows1252High(): string {
  high1252 ??= String.fromCharCode(...WINDOWS_1252_HIGH) + String.fromCharCode(...range(0xa0, 0x100));
  return high1252;
}

/** The characters of bytes 0x80–0xFF in Windows-1250, in byte order. */
function windows1250High(): string {
  high1250 ??= new TextDecoder('windows-1250').decode(Uint8Array.from(range(0x80, 0x100)));
  return high1250;
}

function range(from: number, to: number): number[] {
  return Array.from({length: to - from}, (_, i) => from + i);
}

function decodeSingleByte(bytes: Uint8Array, high: string): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : high[byte - 0x80];
  return text;
}

/**
 * Windows-1250 or Windows-1252, by the bytes the two read differently: each
 * reading scores how likely its character is where it stands (a letter inside a
 * word, rather than ³ or £ or an upper-case Ÿ after a lower-case letter), and
 * Windows-1250 needs the better score, so French Excel files keep reading right.
 */
function singleByteGuess(bytes: Uint8Array): 'windows-1250' | 'windows-1252' {
  const central = windows1250High();
  const western = windows1252High();
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte < 0x80 || central[byte - 0x80] === western[byte - 0x80]) continue;
    score += likelihood(bytes, i, central) - likelihood(bytes, i, western);
  }
  return score > 0 ? 'windows-1250' : 'windows-1252';
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const VOWEL = /[aeiouyáéíóúàèìòùâêîôûäëïöüąęő]/i;
/**
 * Polish soft consonants: followed by a consonant or nothing, never by a vowel
 * (that is "ni", "si"…); ć counts at the end of a word only, as æ (ex æquo) may
 * also stand before a consonant.
 */
const SOFT = /[ńśź]/i;
/** Their Windows-1252 twins: ñ and œ are followed by a vowel (año, cœur). */
const BEFORE_VOWEL = /[ñœ]/i;

/** How likely the character of byte `i` is between its neighbours, in rough points. */
function likelihood(bytes: Uint8Array, i: number, high: string): number {
  const at = (j: number) => (j < 0 || j >= bytes.length ? ' ' : bytes[j] < 0x80 ? String.fromCharCode(bytes[j]) : high[bytes[j] - 0x80]);
  const [before, char, after] = [at(i - 1), at(i), at(i + 1)];
  if (!LETTER.test(char)) return char < '\u00a0' ? -4 : -2;
  if (!LETTER.test(before) && !LETTER.test(after)) return char === 'à' ? 1 : -2;
  let points = 1;
  if (!LOWER.test(char) && LOWER.test(before)) points -= 3;
  if (SOFT.test(char)) points += VOWEL.test(after) ? -1 : 1;
  if (char === 'ć' && !LETTER.test(after)) points += 1;
  if (BEFORE_VOWEL.test(char)) points += VOWEL.test(after) ? 1 : -1;
  return points;
}
