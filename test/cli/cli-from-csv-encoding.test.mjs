// `twin-cities from-csv` and the encodings Excel saves a plain CSV in: Windows-1250
// in Polish, Windows-1252 in French, German, Italian and Portuguese; `--encoding`
// for a file the guess gets wrong. The bytes are written here, as Excel writes them.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {feedOf, noStackTrace, run, tempFile} from './cli-helpers.mjs';

/** The bytes of the non-ASCII letters these sheets use, in each code page. */
const CP1250 = {Ł: 0xa3, ł: 0xb3, ó: 0xf3, ź: 0x9f, ń: 0xf1, ą: 0xb9, ę: 0xea, ż: 0xbf, ś: 0x9c, Ś: 0x8c};
const CP1252 = {ö: 0xf6, ç: 0xe7, à: 0xe0, é: 0xe9, è: 0xe8, '’': 0x92, œ: 0x9c, ê: 0xea};

function encode(text, codePage) {
  return Buffer.from(
    [...text].map((char) => {
      if (char in codePage) return codePage[char];
      if (char.charCodeAt(0) >= 0x80) throw new Error(`no byte for ${char}`);
      return char.charCodeAt(0);
    })
  );
}

const rows = (lines) => lines.join('\r\n') + '\r\n';

// Sopot's sheet, as Polish Excel saves "CSV (rozdzielany przecinkami)".
const sopot = rows([
  'id;name;country;kind;summary',
  'lodz;Łódź;PL;twinning;Miasto włókniarzy, trzecie co do wielkości w Polsce.',
  'krakow;Kraków;PL;twinning;Dawna stolica, nad Wisłą.',
  'wroclaw;Wrocław;PL;twinning;Miasto stu mostów.',
  'gdansk;Gdańsk;PL;twinning;Sąsiad z Trójmiasta.',
]);
// Colombes's sheet, as French Excel saves "CSV (séparateur: point-virgule)".
const colombes = rows([
  'id;name;country;kind;summary',
  'viana-do-castelo;Viana do Castelo;PT;twinning;Ville portuaire, à l’embouchure du Lima.',
  'sesto-fiorentino;Sesto Fiorentino;IT;twinning;Près de Florence, au cœur de la Toscane.',
  'gottingen;Göttingen;DE;twinning;Ville universitaire de Basse-Saxe.',
  'besancon;Besançon;FR;friendship;Capitale comtoise, fête chaque été.',
]);

const convert = (path, ...extra) => run(['from-csv', path, '--city', 'Sopot', '--country', 'PL', ...extra]);
/** A text field of the feed: a string, or the one language of an object. */
const plain = (value) => (typeof value === 'string' ? value : Object.values(value)[0]);
const names = (stdout) => feedOf(stdout).partners.map((p) => plain(p.name));

describe('twin-cities from-csv reading Windows code pages', () => {
  it('reads a Polish Excel CSV (Windows-1250) right without being told', async () => {
    const result = await convert(tempFile('sopot-1250.csv', encode(sopot, CP1250)), '--lang', 'pl');
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(names(result.stdout), ['Łódź', 'Kraków', 'Wrocław', 'Gdańsk']);
    assert.equal(plain(feedOf(result.stdout).partners[3].summary), 'Sąsiad z Trójmiasta.');
  });

  it('reads a French Excel CSV (Windows-1252) right without being told', async () => {
    const result = await convert(tempFile('colombes-1252.csv', encode(colombes, CP1252)));
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(names(result.stdout), ['Viana do Castelo', 'Sesto Fiorentino', 'Göttingen', 'Besançon']);
    const summaries = feedOf(result.stdout).partners.map((p) => plain(p.summary));
    assert.deepEqual(summaries, colombes.split('\r\n').slice(1, 5).map((line) => line.split(';')[4]));
  });

  it('reads the file in the encoding --encoding names, in any case, over the guess', async () => {
    // "Częstochowa" alone reads as well in either code page: the guess keeps Windows-1252.
    const path = tempFile('czestochowa.csv', encode(rows(['name;country', 'Częstochowa;PL']), CP1250));
    assert.deepEqual(names((await convert(path)).stdout), ['Czêstochowa']);
    assert.deepEqual(names((await convert(path, '--encoding', 'windows-1250')).stdout), ['Częstochowa']);
    assert.deepEqual(names((await convert(path, '--encoding', 'Windows-1250')).stdout), ['Częstochowa']);
    const polish = tempFile('sopot-as-1252.csv', encode(sopot, CP1250));
    assert.deepEqual(names((await convert(polish, '--encoding', 'windows-1252')).stdout).slice(0, 1), ['£ódŸ']);
    const utf8 = tempFile('sopot-utf8.csv', Buffer.from(sopot));
    assert.deepEqual(names((await convert(utf8, '--encoding', 'utf-8')).stdout), ['Łódź', 'Kraków', 'Wrocław', 'Gdańsk']);
  });

  it('exits 2 for an encoding it does not read, naming the ones it does, in the user’s language', async () => {
    const path = tempFile('any.csv', Buffer.from(sopot));
    const french = await convert(path, '--encoding', 'latin2');
    assert.equal(french.status, 2);
    assert.equal(french.stdout, '');
    assert.match(french.stderr, /^twin-cities: encodage inconnu\u00a0: «\u00a0latin2\u00a0» \(utf-8, windows-1250, windows-1252\)\nUtilisation\u00a0: twin-cities from-csv /);
    noStackTrace(french);
    const english = await convert(path, '--encoding', 'utf-16le', '--lang', 'en');
    assert.equal(english.status, 2);
    assert.match(english.stderr, /^twin-cities: unknown encoding: “utf-16le” \(utf-8, windows-1250, windows-1252\)\nUsage: /);
    const empty = await convert(path, '--encoding=');
    assert.equal(empty.status, 2);
  });

  for (const lang of ['fr', 'de', 'en', 'it', 'pl', 'pt']) {
    it(`documents --encoding in --help, in ${lang}`, async () => {
      const result = await run(['--help', '--lang', lang]);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /^ {6}--encoding.*\(utf-8, windows-1250, windows-1252\)/m);
      assert.match(result.stdout, /from-csv .*\[--encoding E\]/);
    });
  }

  it('advises Polish users to save as "CSV UTF-8 (rozdzielany przecinkami)"', async () => {
    const zip = Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1');
    const result = await convert(tempFile('arkusz.xlsx', zip), '--lang', 'pl');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Plik → Zapisz jako → CSV UTF-8 \(rozdzielany przecinkami\)\.\n$/);
  });
});

describe('twin-cities counts in the reader’s grammar', () => {
  const feed = (count) =>
    tempFile(
      `feed-${count}.json`,
      JSON.stringify({
        version: 1,
        partners: Array.from({length: count}, (_, i) => ({id: `p${i}`, name: `Town ${i}`, country: 'PL'})),
      })
    );

  it('says 0 parceiros, 0 problemas in Portuguese (pt and pt-BR), as in pt-PT', async () => {
    for (const env of [{LANG: 'pt_PT.UTF-8'}, {LANG: 'pt_BR.UTF-8'}, {LANG: 'pt.UTF-8'}]) {
      const result = await run(['validate', feed(0)], {env});
      assert.equal(result.status, 0, result.stdout);
      assert.match(result.stdout, /: 0 parceiros, 0 problemas\n$/);
    }
  });

  it('says 1 parceiro and 22 miasta partnerskie', async () => {
    assert.match((await run(['validate', feed(1), '--lang', 'pt'])).stdout, /: 1 parceiro, 0 problemas\n$/);
    assert.match((await run(['validate', feed(22), '--lang', 'pl'])).stdout, /: 22 miasta partnerskie, 0 problemów\n$/);
  });
});
