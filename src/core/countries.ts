/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo, a
 * user-assigned code that the EU and CLDR use).
 *
 * Kept as a list because `Intl.DisplayNames` is no validity check: it also names
 * ZZ, EU, UN, UK and XA, which are not countries a partner town can be in.
 */
const CODES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCN' +
  'COCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHM' +
  'HNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMK' +
  'MLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURW' +
  'SASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVI' +
  'VNVUWFWSYEYTZAZMZWXK';

// Two letters each, run together: the list travels in the one-file bundle.
const COUNTRIES: ReadonlySet<string> = new Set(CODES.match(/../g));

/** Whether `code` (upper case) is an assigned ISO 3166-1 alpha-2 code or XK. */
export const isCountryCode = (code: string): boolean => COUNTRIES.has(code);

/** How many codes are accepted (249 assigned + XK); exported for tests. */
export const countryCount = COUNTRIES.size;
