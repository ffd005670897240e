// `twin-cities from-csv`: a spreadsheet export in, a feed out, problems with their row.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {controlCharacter, demo, feedOf, fixture, noStackTrace, run, tempDir, tempFile} from './cli-helpers.mjs';

describe('twin-cities from-csv', () => {
  const colombes = JSON.parse(readFileSync(demo('colombes.json'), 'utf8'));
  const convert = (name, ...extra) => run(['from-csv', fixture(name), '--city', 'Colombes', '--country', 'FR', ...extra]);

  it('turns the Colombes sheet into a clean feed with the partners of the demo feed', async () => {
    const result = await convert('colombes.csv');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    const feed = feedOf(result.stdout);
    assert.deepEqual(feed.city, {name: 'Colombes', country: 'FR'});
    const pick = ({id, country, kind, since, url, themes, feed: partnerFeed}) => ({id, country, kind, since, url, themes, feed: partnerFeed});
    assert.deepEqual(feed.partners.map(pick), colombes.partners.map(pick));
  });

  it('keeps a quoted cell with a comma, a semicolon and a line break whole', async () => {
    const feed = feedOf((await convert('colombes.csv')).stdout);
    const sopot = feed.partners.find((p) => p.id === 'sopot');
    assert.equal(
      sopot.summary.fr,
      'Station balnéaire sur la mer Baltique, entre Gdańsk et Gdynia ;\nelle forme avec elles la Tricité (Trójmiasto).'
    );
  });

  it('reads name_de and summary_pl as translations of the French columns', async () => {
    const feed = feedOf((await convert('colombes.csv')).stdout);
    const sopot = feed.partners.find((p) => p.id === 'sopot');
    assert.deepEqual(sopot.name, {fr: 'Sopot', de: 'Zoppot'});
    assert.equal(sopot.summary.pl, 'Kurort nad Bałtykiem, między Gdańskiem a Gdynią.');
    assert.equal(feed.partners.find((p) => p.id === 'viana-do-castelo').name, 'Viana do Castelo');
  });

  it('makes an id from the name when the id cell is empty', async () => {
    const feed = feedOf((await convert('colombes.csv')).stdout);
    assert.equal(feed.partners[4].id, 'gueule-tapee-fass-colobane');
  });

  it('takes the unsuffixed columns in --lang', async () => {
    const feed = feedOf((await convert('colombes.csv', '--lang', 'pt')).stdout);
    assert.deepEqual(feed.partners[1].name, {pt: 'Sopot', de: 'Zoppot'});
  });

  it('reads a semicolon-separated Windows-1252 export of French Excel, accents right', async () => {
    const result = await convert('colombes-excel-1252.csv');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    const feed = feedOf(result.stdout);
    assert.deepEqual(feed.partners.map((p) => p.id), colombes.partners.map((p) => p.id));
    assert.deepEqual(feed.partners[0].region, {fr: 'Rhénanie-Palatinat', de: 'Rheinland-Pfalz'});
    assert.equal(feed.partners[1].summary, 'Station balnéaire sur la mer Baltique ;\nl’une des trois villes de la « Tricité ».');
    assert.equal(feed.partners[4].summary, 'Commune d’arrondissement de Dakar, partenaire de coopération décentralisée.');
    assert.deepEqual(feed.partners[3].themes, ['institutions', 'environment', 'water', 'energy', 'waste']);
  });

  it('reads a UTF-8 export with a byte order mark', async () => {
    const result = await convert('colombes-bom.csv');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '', 'the BOM does not make "id" an unknown column');
    const feed = feedOf(result.stdout);
    assert.deepEqual(feed.partners.map((p) => p.id), colombes.partners.map((p) => p.id));
    assert.equal(feed.partners[1].summary.pl, 'Kurort nad Bałtykiem, między Gdańskiem a Gdynią.');
    assert.equal(feed.partners[1].summary.fr, 'Station balnéaire sur la mer Baltique, entre Gdańsk et Gdynia.');
  });

  it('reports a skipped row with its spreadsheet row number on stderr, exits 1, and leaves it out', async () => {
    const result = await run(['from-csv', fixture('bagnolet-bad-row.csv'), '--city', 'Bagnolet', '--country', 'FR']);
    assert.equal(result.status, 1);
    noStackTrace(result);
    // Akbou is on line 7 of the file but row 6 of the sheet: Oranienburg's quoted
    // summary spans lines 3 and 4 of the file, one cell of row 3.
    assert.match(result.stderr, /bagnolet-bad-row\.csv: ligne 6, colonne country\u00a0: Code pays ISO 3166-1 inconnu\u00a0: «\u00a0ZZ\u00a0»\. Partenaire ignoré\.\n/);
    assert.match(result.stderr, /bagnolet-bad-row\.csv: ligne 7, colonne url\u00a0: .*«\u00a0javascript:alert\(1\)\u00a0».*Valeur ignorée\.\n/);
    const feed = feedOf(result.stdout);
    assert.deepEqual(feed.partners.map((p) => p.id), ['sesto-fiorentino', 'oranienburg', 'chatila', 'massala', 'le-robert']);
    assert.equal(feed.partners[4].url, undefined);
  });

  it('counts rows right with CRLF line ends, also inside a quoted cell, and after Excel’s "sep=" line', async () => {
    const text = readFileSync(fixture('bagnolet-bad-row.csv'), 'utf8').replace(/\n/g, '\r\n');
    const crlf = await run(['from-csv', tempFile('crlf.csv', text), '--city', 'Bagnolet', '--country', 'FR']);
    assert.match(crlf.stderr, /crlf\.csv: ligne 6, colonne country\u00a0: .*«\u00a0ZZ\u00a0»/);
    // Excel hides the "sep=" line: the header is still row 1.
    const sep = await run(['from-csv', tempFile('sep.csv', `sep=,\r\n${text}`), '--city', 'Bagnolet', '--country', 'FR']);
    assert.match(sep.stderr, /sep\.csv: ligne 6, colonne country\u00a0: .*«\u00a0ZZ\u00a0»/);
    assert.equal(JSON.parse(sep.stdout).partners.length, 5);
  });

  it('says "row" in English', async () => {
    const result = await run(['from-csv', fixture('bagnolet-bad-row.csv'), '--city', 'Bagnolet', '--country', 'FR', '--lang', 'en']);
    assert.match(result.stderr, /bagnolet-bad-row\.csv: row 6, column country: /);
  });

  it('counts an empty line as the empty row the spreadsheet shows', async () => {
    const path = tempFile('gap.csv', 'name;country\nSopot;PL\n\nAkbou;ZZ\n');
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.match(result.stderr, /gap\.csv: ligne 4, colonne country\u00a0: .*«\u00a0ZZ\u00a0»/);
  });

  it('names the row where an unclosed quote starts', async () => {
    const path = tempFile('unclosed-row.csv', 'name,country,summary\nSopot,PL,"Station\nbalnéaire"\nAkbou,DZ,"Kabylie\n');
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /unclosed-row\.csv: ligne 3\u00a0: un guillemet ouvert n’est jamais fermé\.\n$/);
  });

  it('reads numbers, yes/no cells, French decimal commas and French kind names', async () => {
    const result = await run(['from-csv', fixture('bagnolet-bad-row.csv'), '--city', 'Bagnolet', '--country', 'FR']);
    const [sesto, oranienburg, , massala] = JSON.parse(result.stdout).partners;
    assert.deepEqual(oranienburg.population, {value: 41810, year: 2010});
    assert.equal(oranienburg.kind, 'twinning');
    assert.deepEqual(oranienburg.location, {lat: 52.7545, lon: 13.2369});
    assert.equal(oranienburg.feed, 'oranienburg.json');
    assert.deepEqual(massala.population, {value: 6547, year: 2009, approximate: true});
    assert.deepEqual(sesto.themes, ['culture', 'education']);
  });

  it('says so when a quote is never closed', async () => {
    const path = tempFile('unclosed.csv', 'id,name,country,summary\nsopot,Sopot,PL,"Station balnéaire\n');
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 1);
    noStackTrace(result);
    assert.match(result.stderr, /unclosed\.csv: ligne \d+\u00a0: un guillemet ouvert n’est jamais fermé\.\n$/);
  });

  it('says which required column the header lacks, and what the columns are called', async () => {
    const path = tempFile('no-country.csv', 'id,name\nsopot,Sopot\n');
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no-country\.csv: Il manque la colonne obligatoire country\.\n/);
    assert.match(result.stderr, /no-country\.csv: Colonnes reconnues, sous ces noms ou traduits \(voir docs\/publishing\.md\)\u00a0: id, name, country, /);
  });
});

describe('twin-cities from-csv with a repeated id', () => {
  const convert = (text) =>
    run(['from-csv', tempFile('repeated.csv', text), '--city', 'Colombes', '--country', 'FR']);

  it('publishes a later row with its own url when the first row of that id was skipped', async () => {
    const result = await convert(
      'id,name,country,url\n' +
        'sopot,Sopot,ZZ,https://www.colombes.fr/jumelage/sopot-ancien\n' +
        'sopot,Sopot,PL,https://www.colombes.fr/jumelage/sopot\n'
    );
    assert.equal(result.status, 1);
    noStackTrace(result);
    const [sopot] = JSON.parse(result.stdout).partners;
    assert.equal(sopot.country, 'PL');
    assert.equal(sopot.url, 'https://www.colombes.fr/jumelage/sopot');
  });

  it('does not stop when the skipped row had no url and the later one has one', async () => {
    const result = await convert('id,name,country,url,feed\nsopot,Sopot,ZZ,,\nsopot,Sopot,PL,https://www.colombes.fr/s,sopot.json\n');
    assert.equal(result.status, 1);
    assert.doesNotMatch(result.stderr, /erreur inattendue/);
    assert.deepEqual(JSON.parse(result.stdout).partners, [
      {id: 'sopot', name: 'Sopot', country: 'PL', kind: 'twinning', url: 'https://www.colombes.fr/s', feed: 'sopot.json'},
    ]);
  });
});

describe('twin-cities from-csv given something else than a CSV export', () => {
  const convert = (path, ...extra) => run(['from-csv', path, '--city', 'Colombes', '--country', 'FR', ...extra]);

  it('says an .xlsx or .ods workbook must be saved as CSV, naming the menu, in each language', async () => {
    // An .xlsx or .ods file is a ZIP archive: "PK\x03\x04", then binary headers.
    const zip = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00', 'latin1'), Buffer.from('\x00!\x00\x1b[31m[Content_Types].xml\x07\x08')]);
    const path = tempFile('partenaires.xlsx', zip);
    const french = await convert(path);
    assert.equal(french.status, 1);
    assert.equal(french.stdout, '');
    assert.match(french.stderr, /partenaires\.xlsx: C’est un classeur de tableur .*pas un fichier CSV.*Fichier → Enregistrer sous → CSV UTF-8 \(délimité par des virgules\)\.\n$/);
    assert.doesNotMatch(french.stderr, controlCharacter);
    const german = await convert(path, '--lang', 'de');
    assert.match(german.stderr, /keine CSV-Datei.*Datei → Speichern unter → CSV/);
  });

  it('says the same of an old .xls workbook', async () => {
    const path = tempFile('partenaires.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const result = await convert(path);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /pas un fichier CSV/);
  });

  it('never echoes a control character of a header cell', async () => {
    const path = tempFile('controls.csv', 'id;na\u001b[2Jme;country;"ré\ngion"\nsopot;Sopot;PL;x\n');
    const result = await convert(path);
    assert.match(result.stderr, /Colonne «\u00a0na\uFFFD\[2Jme\u00a0» inconnue/);
    assert.match(result.stderr, /Colonne «\u00a0ré gion\u00a0» inconnue/);
    assert.doesNotMatch(result.stderr, controlCharacter);
  });
});

describe('twin-cities from-csv output pasted into a page', () => {
  it('writes < as \\u003c: the same data, and no </script> to end an inline feed', async () => {
    const summary = 'Fin du flux ? </script><script>alert(1)</script> <!-- a<b -->';
    const path = tempFile('script.csv', `name,country,summary,name_de\nSopot,PL,"${summary}",<Zoppot>\n`);
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stdout, /</);
    const [sopot] = feedOf(result.stdout).partners;
    assert.deepEqual(sopot.name, {fr: 'Sopot', de: '<Zoppot>'});
    assert.equal(sopot.summary, summary);
  });
});

describe('twin-cities from-csv output shown in a terminal', () => {
  it('writes bidirectional overrides and C1 controls of a cell as \\u escapes: the same data', async () => {
    const name = 'Sop\u202eot\u009b31m';
    const path = tempFile('bidi.csv', `name,country\n${name},PL\n`);
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stdout, controlCharacter);
    assert.equal(feedOf(result.stdout).partners[0].name, name);
  });
});

describe('twin-cities from-csv with no partner row', () => {
  it('says the sheet has only its header, prints no feed and exits 1', async () => {
    const path = tempFile('header-only.csv', 'id;name;country\r\n;;\r\n\r\n');
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^.*header-only\.csv: Aucun partenaire\u00a0: le tableau n’a que sa ligne d’en-tête\. Ajoutez une ligne par ville partenaire\.\n$/);
  });
});

describe('twin-cities from-csv with thousands of faulty rows', () => {
  it('names, for each of 3000 bad urls, its own row, rows left out before it included', async () => {
    const rows = Array.from({length: 3000}, (_, i) =>
      i % 7 === 3 ? `Town ${i},PL,Partnerschaftt,` : `Town ${i},PL,,javascript:alert(${i})`
    );
    const path = tempFile('thousands.csv', `name,country,kind,url\n${rows.join('\n')}\n`);
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 1);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, rows.length);
    lines.forEach((line, i) => {
      const column = i % 7 === 3 ? `kind\u00a0: Type de partenariat inconnu\u00a0: «\u00a0Partnerschaftt\u00a0» ` : `url\u00a0: .*«\u00a0javascript:alert\\(${i}\\)\u00a0»`;
      assert.match(line, new RegExp(`thousands\\.csv: ligne ${i + 2}, colonne ${column}`));
    });
    assert.equal(JSON.parse(result.stdout).partners.length, rows.filter((_, i) => i % 7 !== 3).length);
  });
});

describe('twin-cities from-csv when every row is left out', () => {
  const sheet = 'name;country;kind\nSopot;PL;Partnerschaftt\nAkbou;ZZ;\n';

  it('says there is no valid partner, prints no feed and exits 1', async () => {
    const result = await run(['from-csv', tempFile('all-skipped.csv', sheet), '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 3, result.stderr);
    assert.match(lines[0], /ligne 2, colonne kind\u00a0: Type de partenariat inconnu/);
    assert.match(lines[1], /ligne 3, colonne country\u00a0: .*«\u00a0ZZ\u00a0»/);
    assert.match(lines[2], /all-skipped\.csv: Aucun partenaire valide\u00a0: toutes les lignes ont été ignorées \(voir ci-dessus\)\. Aucun flux n’a été écrit\.$/);
  });

  it('leaves the feed named by -o as it was', async () => {
    const output = tempFile('published.json', '{"version": 1, "partners": [{"id": "sopot", "name": "Sopot", "country": "PL"}]}\n');
    const before = readFileSync(output, 'utf8');
    const result = await run(['from-csv', tempFile('all-skipped.csv', sheet), '--city', 'Colombes', '--country', 'FR', '-o', output]);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.equal(readFileSync(output, 'utf8'), before);
  });
});

describe('twin-cities from-csv --output', () => {
  it('writes the feed in UTF-8 to the file given with -o or --output, and says how many partners', async () => {
    for (const flag of ['-o', '--output']) {
      const output = join(tempDir(), `feed${flag}.json`);
      const result = await run(['from-csv', fixture('colombes.csv'), '--city', 'Colombes', '--country', 'FR', flag, output]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, `${output}: 5 partenaires\n`);
      const bytes = readFileSync(output);
      assert.notEqual(bytes[0], 0xff, 'no UTF-16 byte order mark');
      const printed = await run(['from-csv', fixture('colombes.csv'), '--city', 'Colombes', '--country', 'FR']);
      assert.equal(bytes.toString('utf8'), printed.stdout);
    }
  });

  it('refuses to write the feed over the spreadsheet it reads, by any spelling or link, and leaves it as it was', async () => {
    const sheet = 'name;country\nSopot;PL\n';
    const path = tempFile('same.csv', sheet);
    symlinkSync(path, join(tempDir(), 'same-link.csv'));
    for (const output of [path, join(tempDir(), '.', 'same.csv'), join(tempDir(), 'same-link.csv')]) {
      const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR', '-o', output]);
      assert.equal(result.status, 2, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^twin-cities: -o .*same(-link)?\.csv est le tableau lui-même\u00a0: il serait écrasé par le flux\. .*jumelages\.json\.\nUtilisation\u00a0: twin-cities from-csv /);
      assert.equal(readFileSync(path, 'utf8'), sheet);
    }
  });

  const write = (output, ...extra) =>
    run(['from-csv', fixture('colombes.csv'), '--city', 'Colombes', '--country', 'FR', '-o', output, ...extra]);

  it('says in words that the folder of the file does not exist, and exits 1', async () => {
    const result = await write(join(tempDir(), 'no-such-folder', 'feed.json'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no-such-folder\/feed\.json: Le dossier n’existe pas\u00a0: créez-le, ou choisissez un autre chemin\.\n$/);
    const english = await write(join(tempDir(), 'no-such-folder', 'feed.json'), '--lang', 'en');
    assert.match(english.stderr, /feed\.json: The folder does not exist: create it, or choose another path\.\n$/);
  });

  it('says -o names a folder, not a file, and exits 1', async () => {
    const result = await write(tempDir());
    assert.equal(result.status, 1);
    assert.match(result.stderr, /: C’est un dossier\u00a0: indiquez un fichier, par exemple jumelages\.json\.\n$/);
    assert.doesNotMatch(result.stderr, /EISDIR/);
  });

  it('says writing is not allowed where it is not', {skip: process.getuid?.() === 0 && 'root may write anywhere'}, async () => {
    const folder = join(tempDir(), 'read-only');
    mkdirSync(folder, {mode: 0o555});
    const result = await write(join(folder, 'feed.json'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /feed\.json: Écriture refusée\u00a0: droits insuffisants\.\n$/);
  });

  it('takes an empty -o as a missing value: usage error, exit 2', async () => {
    const result = await write('');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^twin-cities: l’option --output attend une valeur\nUtilisation\u00a0: twin-cities from-csv /);
  });

  it('reads a CSV saved as UTF-16 with a BOM (Excel’s Unicode text)', async () => {
    const text = readFileSync(fixture('colombes.csv'), 'utf8');
    const path = tempFile('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(feedOf(result.stdout).partners.length, 5);
  });

  it('reads a CSV saved as UTF-16 without a BOM, little- or big-endian, accents right', async () => {
    const text = readFileSync(fixture('colombes.csv'), 'utf8');
    const expected = JSON.parse((await run(['from-csv', fixture('colombes.csv'), '--city', 'Colombes', '--country', 'FR'])).stdout);
    for (const bytes of [Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()]) {
      const result = await run(['from-csv', tempFile('utf16-no-bom.csv', bytes), '--city', 'Colombes', '--country', 'FR']);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout), expected);
    }
  });
});
