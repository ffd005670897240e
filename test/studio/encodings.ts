/**
 * Bytes as spreadsheets save CSV text, made here so the tests read real bytes:
 * Windows-1252 (French or Portuguese Excel), Windows-1250 (Polish or Czech Excel),
 * UTF-16 with its byte order mark (Excel's "Unicode text"), UTF-8 with a BOM.
 */
const CP1252: Record<string, number> = {'€': 0x80, '’': 0x92, '«': 0xab, '»': 0xbb, 'œ': 0x9c, '…': 0x85};
const CP1250: Record<string, number> = {
  'Ł': 0xa3, 'ł': 0xb3, 'ó': 0xf3, 'Ó': 0xd3, 'ź': 0x9f, 'Ź': 0x8f, 'ś': 0x9c, 'Ś': 0x8c, 'ą': 0xb9, 'Ą': 0xa5,
  'ę': 0xea, 'Ę': 0xca, 'ń': 0xf1, 'ć': 0xe6, 'ż': 0xbf, 'Ż': 0xaf, 'č': 0xe8, 'ř': 0xf8, 'š': 0x9a, 'ý': 0xfd, 'é': 0xe9, 'á': 0xe1,
};

function singleByte(text: string, table: Record<string, number>, latin1: boolean): Uint8Array {
  return Uint8Array.from([...text].map((char) => {
    if (char in table) return table[char];
    const code = char.codePointAt(0)!;
    if (code < 0x80 || (latin1 && code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`not in this code page: ${char}`);
  }));
}

export const windows1252 = (text: string) => singleByte(text, CP1252, true);
export const windows1250 = (text: string) => singleByte(text, CP1250, false);
export const utf8 = (text: string) => new TextEncoder().encode(text);
export const utf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
export function utf16leBom(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(unit & 0xff, unit >> 8);
  }
  return Uint8Array.from(bytes);
}
