import {expect} from '@open-wc/testing';
import {decodeText, guessEncoding} from '../../src/core/text-encoding.js';

/** ASCII text as bytes, with the bytes of the other characters given by the code page. */
function bytesOf(text: string, codePage: Record<string, number>): Uint8Array {
  return Uint8Array.from([...text].map((char) => codePage[char] ?? ascii(char)));
}

function ascii(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x80) throw new Error(`no byte given for ${char}`);
  return code;
}

/** The Windows-1250 bytes of Polish letters, as Polish Excel saves them. */
const CP1250: Record<string, number> = {Ł: 0xa3, ł: 0xb3, ó: 0xf3, ź: 0x9f, ń: 0xf1, ą: 0xb9, ż: 0xbf, ś: 0x9c, ę: 0xea, Ś: 0x8c};
/** The Windows-1252 bytes of the letters French Excel saves. */
const CP1252: Record<string, number> = {ö: 0xf6, û: 0xfb, ç: 0xe7, à: 0xe0, è: 0xe8, ê: 0xea, é: 0xe9, œ: 0x9c, '’': 0x92, ñ: 0xf1, '£': 0xa3, Œ: 0x8c};

describe('decodeText', () => {
  describe('Windows-1250, as Polish Excel saves a CSV', () => {
    for (const town of ['Łódź', 'Kraków', 'Wrocław', 'Gdańsk']) {
      it(`reads ${town} when told the encoding`, () => {
        expect(decodeText(bytesOf(town, CP1250), 'windows-1250')).to.equal(town);
      });
    }

    it('reads Łódź, Kraków, Wrocław and Gdańsk in one file without being told', () => {
      const rows = 'id;name\r\nlodz;Łódź\r\nkrakow;Kraków\r\nwroclaw;Wrocław\r\ngdansk;Gdańsk\r\n';
      const bytes = bytesOf(rows, CP1250);
      expect(guessEncoding(bytes)).to.equal('windows-1250');
      expect(decodeText(bytes)).to.equal(rows);
    });

    for (const town of ['Łódź', 'Wrocław', 'Gdańsk', 'Śląsk']) {
      it(`guesses Windows-1250 from ${town} alone`, () => {
        const bytes = bytesOf(town, {...CP1250, ą: 0xb9});
        expect(guessEncoding(bytes)).to.equal('windows-1250');
        expect(decodeText(bytes)).to.equal(town);
      });
    }

    it('reads a Polish sentence with every Polish letter of the code page', () => {
      const text = 'Miasto położone nad Wisłą, partnerstwo od 1964 r.; łódź, gęś, źle';
      const bytes = bytesOf(text, {...CP1250, ą: 0xb9, ę: 0xea, ż: 0xbf});
      expect(decodeText(bytes)).to.equal(text);
    });
  });

  describe('Windows-1252, as French Excel saves a CSV', () => {
    for (const town of ['Viana do Castelo', 'Sesto Fiorentino', 'Göttingen', 'Besançon']) {
      it(`reads ${town} when told the encoding and without being told`, () => {
        const bytes = bytesOf(town, CP1252);
        expect(decodeText(bytes, 'windows-1252')).to.equal(town);
        expect(decodeText(bytes)).to.equal(town);
      });
    }

    for (const text of [
      'Ville portuaire du nord du Portugal, à l’embouchure du Lima.',
      'Crèvecœur-le-Grand',
      'Œuvre commune',
      'A Coruña; Logroño',
      'Coût : 5 £',
      'Fête de la forêt',
    ]) {
      it(`keeps Windows-1252 for “${text}”, whose bytes are also Windows-1250 letters or symbols`, () => {
        const bytes = bytesOf(text, CP1252);
        expect(guessEncoding(bytes)).to.equal('windows-1252');
        expect(decodeText(bytes)).to.equal(text);
      });
    }

    it('reads ’ and œ as Windows-1252 does, not as Latin-1 control characters', () => {
      expect(decodeText(Uint8Array.from([0x6c, 0x92, 0x9c]), 'windows-1252')).to.equal('l’œ');
    });
  });

  describe('Unicode', () => {
    it('guesses UTF-8 for valid UTF-8 and drops its byte order mark', () => {
      const bytes = new TextEncoder().encode('\ufeffŁódź;Besançon');
      expect(guessEncoding(bytes)).to.equal('utf-8');
      expect(decodeText(bytes)).to.equal('Łódź;Besançon');
    });

    it('guesses UTF-16 from a byte order mark or from its zero bytes', () => {
      const le = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x01]);
      const be = Uint8Array.from([0x00, 0x69, 0x00, 0x64, 0x00, 0x3b, 0x00, 0x4b]);
      expect(guessEncoding(le)).to.equal('utf-16le');
      expect(decodeText(le)).to.equal('Ał');
      expect(guessEncoding(be)).to.equal('utf-16be');
      expect(decodeText(be)).to.equal('id;K');
    });

    it('reads bytes as the encoding named even when they would be guessed otherwise', () => {
      const bytes = new TextEncoder().encode('Kraków');
      expect(decodeText(bytes, 'windows-1250')).to.equal('KrakĂłw');
    });
  });
});
