/**
 * Text from a file, a feed or the command line as a message may show it: a CSV
 * cell, a header, a feed value or an argument can hold control characters (a
 * terminal escape sequence, a stray byte of a binary file, a line break) that
 * would garble or forge the lines around it. Line breaks and tabs become a
 * space; other control and bidirectional-override characters become U+FFFD.
 */
export function printable(text: string): string {
  return text
    .replace(/[\t\n\v\f\r]+/g, ' ')
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '\uFFFD');
}

/**
 * JSON text (from `JSON.stringify`) as a terminal may show it, with the same
 * meaning: the characters `printable` replaces and JSON leaves as they are (DEL,
 * the C1 controls, bidirectional overrides) become `\u` escapes, which JSON reads
 * back as the same characters.
 */
export function printableJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}
