/**
 * Where a JSON text goes wrong, for the syntax errors whose engine message gives
 * no position (V8 says only "Unexpected token ']'" for `[1,]`). A small scanner
 * of the JSON grammar: it stops at the first character that cannot come next.
 */

/** The offset of the first syntax error in `text`, or `undefined` when it is valid JSON. */
export function syntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  // Each reader returns false at the offending character, `i` left on it.
  const value = (): boolean => {
    space();
    const char = text[i];
    if (char === '{') return members();
    if (char === '[') return elements();
    if (char === '"') return string();
    if (char === '-' || (char >= '0' && char <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    return false;
  };
  const members = (): boolean => {
    i++;
    space();
    if (text[i] === '}') return ++i > 0;
    for (;;) {
      space();
      if (text[i] !== '"' || !string()) return false;
      space();
      if (text[i] !== ':') return false;
      i++;
      if (!value()) return false;
      space();
      if (text[i] === '}') return ++i > 0;
      if (text[i] !== ',') return false;
      i++;
    }
  };
  const elements = (): boolean => {
    i++;
    space();
    if (text[i] === ']') return ++i > 0;
    for (;;) {
      if (!value()) return false;
      space();
      if (text[i] === ']') return ++i > 0;
      if (text[i] !== ',') return false;
      i++;
    }
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const char = text[i];
      if (char === '"') return ++i > 0;
      if (char < ' ') return false;
      if (char === '\\') {
        const escape = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(i + 1, i + 6));
        if (!escape) return false;
        i += 1 + escape[0].length;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) return false;
    i += match[0].length;
    return true;
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1;
  if (!value()) return i;
  space();
  return i < text.length ? i : undefined;
}
