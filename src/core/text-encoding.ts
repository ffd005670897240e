/**
 * A file's bytes as text, whatever the tool that saved it: UTF-8 with or without
 * a BOM, UTF-16 (Windows PowerShell 5.1's `>`, Excel's "Unicode text"), or
 * Windows-1252 (French Excel's CSV).
 */

/**
 * Text saved as UTF-16 (what Windows PowerShell 5.1's `>` writes, or Excel's
 * "Unicode text"), with a byte order mark or without one, or `undefined` for any
 * other bytes.
 */
export function decodeUtf16(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const order = utf16Order(bytes);
  return order === undefined ? undefined : new TextDecoder(order).decode(bytes);
}

/**
 * UTF-16 without a byte order mark, told by its zero bytes: text in UTF-8 or
 * Windows-1252 has none, while the Latin letters, digits and punctuation of a
 * feed or a header row in UTF-16 have one in every pair, second (LE) or first (BE);
 * a few characters such as U+2000 have it on the other side.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
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

/** A file's text as a spreadsheet wrote it: UTF-16 or UTF-8 with a BOM, UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = decodeUtf16(bytes);
  if (utf16 !== undefined) return utf16;
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
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

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80] : byte);
  }
  return text;
}
