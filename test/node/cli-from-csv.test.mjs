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
    assert.match(result.stderr, /bagnolet-bad-row\.csv: ligne 6, colonne country : Code pays ISO 3166-1 inconnu : « ZZ »\. Partenaire ignoré\.\n/);
    assert.match(result.stderr, /bagnolet-bad-row\.csv: ligne 7, colonne url : .*« javascript:alert\(1\) ».*Valeur ignorée\.\n/);
    const feed = feedOf(result.stdout);
    assert.deepEqual(feed.partners.map((p) => p.id), ['sesto-fiorentino', 'oranienburg', 'chatila', 'massala', 'le-robert']);
    assert.equal(feed.partners[4].url, undefined);
  });

  it('counts rows right with CRLF line ends, also inside a quoted cell, and after Excel’s "sep=" line', async () => {
    const text = readFileSync(fixture('bagnolet-bad-row.csv'), 'utf8').replace(/\n/g, '\r\n');
    const crlf = await run(['from-csv', tempFile('crlf.csv', text), '--city', 'Bagnolet', '--country', 'FR']);
    assert.match(crlf.stderr, /crlf\.csv: ligne 6, colonne country : .*« ZZ »/);
    // Excel hides the "sep=" line: the header is still row 1.
    const sep = await run(['from-csv', tempFile('sep.csv', `sep=,\r\n${text}`), '--city', 'Bagnolet', '--country', 'FR']);
    assert.match(sep.stderr, /sep\.csv: ligne 6, colonne country : .*« ZZ »/);
    assert.equal(JSON.parse(sep.stdout).partners.length, 5);
  });

  it('says "row" in English', async () => {
    const result = await run(['from-csv', fixture('bagnolet-bad-row.csv'), '--city', 'Bagnolet', '--country', 'FR', '--lang', 'en']);
    assert.match(result.stderr, /bagnolet-bad-row\.csv: row 6, column country: /);
  });

  it('counts an empty line as the empty row the spreadsheet shows', async () => {
    const path = tempFile('gap.csv', 'name;country\nSopot;PL\n\nAkbou;ZZ\n');
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.match(result.stderr, /gap\.csv: ligne 4, colonne country : .*« ZZ »/);
  });

  it('names the row where an unclosed quote starts', async () => {
    const path = tempFile('unclosed-row.csv', 'name,country,summary\nSopot,PL,"Station\nbalnéaire"\nAkbou,DZ,"Kabylie\n');
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /unclosed-row\.csv: ligne 3 : un guillemet ouvert n’est jamais fermé\.\n$/);
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
    assert.match(result.stderr, /unclosed\.csv: ligne \d+ : un guillemet ouvert n’est jamais fermé\.\n$/);
  });

  it('says which required column the header lacks, and what the columns are called', async () => {
    const path = tempFile('no-country.csv', 'id,name\nsopot,Sopot\n');
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no-country\.csv: Il manque la colonne obligatoire country\.\n/);
    assert.match(result.stderr, /no-country\.csv: Les en-têtes de colonnes sont les noms anglais de docs\/publishing\.md : id, name, country, /);
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

describe('twin-cities from-csv making ids from names', () => {
  const convert = (name, text, ...extra) => run(['from-csv', tempFile(name, text), '--city', 'Colombes', '--country', 'FR', ...extra]);

  it('with no id column, says the id made from the name is empty or repeated, in the name column, and suggests an id column', async () => {
    const result = await convert('no-id.csv', 'Nom,country\nSopot,PL\n***,PL\nSopot!,PL\n');
    assert.equal(result.status, 1);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.match(lines[0], /^.*no-id\.csv: ligne 3, colonne Nom : Aucun identifiant ne peut être fait à partir de ce nom \(il n’a ni lettre ni chiffre\)\. Ajoutez une colonne id, avec un identifiant différent par ligne\. Partenaire ignoré\.$/);
    assert.match(lines[1], /^.*no-id\.csv: ligne 4, colonne Nom : L’identifiant « sopot », fait à partir du nom, est déjà celui d’une ligne précédente\. Ajoutez une colonne id/);
    assert.doesNotMatch(result.stderr, /colonne id :/);
    assert.deepEqual(feedOf(result.stdout).partners.map((p) => p.id), ['sopot']);
  });

  it('with an id column, asks for an id in the empty cell, and blames the id column for an id typed twice', async () => {
    const result = await convert('empty-id.csv', 'id,name,country\n,Sopot,PL\n,***,PL\nsopot,Sopot,PL\n', '--lang', 'en');
    assert.equal(result.status, 1);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.match(lines[0], /row 3, column name: No id can be made from this name \(it has no letter or digit\)\. Write an id in its id column\. Partner skipped\.$/);
    assert.match(lines[1], /row 4, column id: /);
  });

  it('says only that the name is missing when a row has neither id nor name', async () => {
    const result = await convert('no-name.csv', 'name,country\nSopot,PL\n,DE\n');
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], /ligne 3, colonne name : Champ obligatoire absent ou vide\. Partenaire ignoré\.$/);
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
    assert.match(french.stderr, /partenaires\.xlsx: C’est un classeur de tableur .*pas un fichier CSV.*Fichier → Enregistrer sous → CSV \(séparateur : point-virgule\)\.\n$/);
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
    assert.match(result.stderr, /Colonne « na\uFFFD\[2Jme » inconnue/);
    assert.match(result.stderr, /Colonne « ré gion » inconnue/);
    assert.doesNotMatch(result.stderr, controlCharacter);
  });
});

describe('twin-cities from-csv with a header in the editor’s language', () => {
  const convert = (name, text, ...extra) => run(['from-csv', tempFile(name, text), '--city', 'Colombes', '--country', 'FR', ...extra]);

  it('reads a French header (nom, pays, région, habitants, depuis, type, lien)', async () => {
    const result = await convert(
      'francais.csv',
      'Nom;Pays;Région;Habitants;Depuis;Type;Lien;nom_de\nSopot;PL;Poméranie;37000;1994;jumelage;https://www.colombes.fr/s;Zoppot\n'
    );
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.deepEqual(feedOf(result.stdout).partners[0], {
      id: 'sopot', name: {fr: 'Sopot', de: 'Zoppot'}, country: 'PL', region: 'Poméranie',
      population: {value: 37000}, since: 1994, kind: 'twinning', url: 'https://www.colombes.fr/s',
    });
  });

  it('reads a German header (Name, Land, Einwohner, Seit)', async () => {
    const result = await convert('deutsch.csv', 'Name;Land;Einwohner;Seit\nFrankenthal;DE;48000;1959\n', '--lang', 'de');
    assert.equal(result.status, 0, result.stderr);
    const [frankenthal] = feedOf(result.stdout).partners;
    assert.equal(frankenthal.country, 'DE');
    assert.equal(frankenthal.since, 1959);
    assert.deepEqual(frankenthal.population, {value: 48000});
  });

  it('reads a Polish header in capitals, Ł included (NAZWA, KRAJ, SZEROKOŚĆ, DŁUGOŚĆ), as it reads kinds', async () => {
    const result = await convert('polski.csv', 'NAZWA;KRAJ;SZEROKOŚĆ;DŁUGOŚĆ;RODZAJ\nSopot;PL;54,4418;18,5601;PRZYJAŹŃ\n', '--lang', 'pl');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    const [sopot] = feedOf(result.stdout).partners;
    assert.deepEqual(sopot.location, {lat: 54.4418, lon: 18.5601});
    assert.equal(sopot.kind, 'friendship');
  });

  it('lists the missing required columns with the right plural, in each language', async () => {
    const text = 'Stadt,Bemerkung\nSopot,x\n';
    const french = await convert('none.csv', 'Remarque\nx\n');
    assert.equal(french.status, 1);
    assert.match(french.stderr, /none\.csv: Il manque les colonnes obligatoires name et country\.\n/);
    const english = await convert('none.csv', 'Remarks\nx\n', '--lang', 'en');
    assert.match(english.stderr, /none\.csv: The required columns name and country are missing\.\n/);
    const polish = await convert('none.csv', 'Uwagi\nx\n', '--lang', 'pl');
    assert.match(polish.stderr, /none\.csv: Brak wymaganych kolumn name i country\.\n/);
    const german = await convert('one.csv', text, '--lang', 'de');
    assert.match(german.stderr, /one\.csv: Unbekannte Spalte „Bemerkung“ wird ignoriert\.\n/);
    assert.match(german.stderr, /one\.csv: Die Pflichtspalte country fehlt\.\n/);
  });

  it('reports a header with words after the field (Nom de la ville jumelle, Nom en polonais) as unknown, not a language', async () => {
    const result = await convert(
      'words.csv',
      'Nom;Pays;Nom de la ville jumelle;Nom en polonais;Résumé en anglais\nSopot;PL;Zoppot;Sopot PL;Summary\n'
    );
    for (const heading of ['Nom de la ville jumelle', 'Nom en polonais', 'Résumé en anglais']) {
      assert.match(result.stderr, new RegExp(`words\\.csv: Colonne « ${heading} » inconnue : ignorée\\.\n`));
    }
    assert.deepEqual(feedOf(result.stdout).partners[0], {id: 'sopot', name: 'Sopot', country: 'PL', kind: 'twinning'});
  });

  it('takes a real language tag after _, :, a space or a hyphen as a translation column, canonical', async () => {
    const result = await convert(
      'tags.csv',
      'name;country;name_pt-BR;nom:pl;Résumé de;summary_zh_hant_tw;image;image_alt_en;name_xx\n' +
        'Sopot;PL;Sopote;Sopot;Kurort;海濱;https://e.org/s.jpg;The pier;?\n'
    );
    assert.match(result.stderr, /tags\.csv: Colonne « name_xx » inconnue : ignorée\.\n/);
    const [sopot] = feedOf(result.stdout).partners;
    assert.deepEqual(sopot.name, {fr: 'Sopot', 'pt-BR': 'Sopote', pl: 'Sopot'});
    assert.deepEqual(sopot.summary, {de: 'Kurort', 'zh-Hant-TW': '海濱'});
    assert.deepEqual(sopot.image, {src: 'https://e.org/s.jpg', alt: {en: 'The pier'}});
  });

  it('suggests the column a misspelt header looks like', async () => {
    const result = await convert('typo.csv', 'name;contry;populaton\nSopot;PL;37000\n');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /typo\.csv: Colonne « contry » inconnue : ignorée\. Vouliez-vous dire country \?\n/);
    assert.match(result.stderr, /typo\.csv: Colonne « populaton » inconnue : ignorée\. Vouliez-vous dire population \?\n/);
    assert.match(result.stderr, /typo\.csv: Il manque la colonne obligatoire country\.\n/);
  });
});

describe('twin-cities from-csv reading what a spreadsheet wrote', () => {
  const convert = (name, text, ...extra) => run(['from-csv', tempFile(name, text), '--city', 'Colombes', '--country', 'FR', ...extra]);

  it('keeps the year of a date in since (12/05/1964, 1964-05-12, 12.05.1964), with a notice', async () => {
    const result = await convert('dates.csv', 'name;country;since\nSopot;PL;12/05/1964\nAkbou;DZ;1964-05-12\nMassala;ML;12.05.1964 00:00\nChatila;LB;2002\n');
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(feedOf(result.stdout).partners.map((p) => p.since), [1964, 1964, 1964, 2002]);
    const notices = result.stderr.trimEnd().split('\n');
    assert.equal(notices.length, 3);
    assert.match(notices[0], /^.*dates\.csv: ligne 2, colonne since : « 12\/05\/1964 » est une date : seule l’année 1964 est gardée\.$/);
    assert.match(notices[1], /ligne 3, colonne since : « 1964-05-12 »/);
    assert.match(notices[2], /ligne 4, colonne since : « 12\.05\.1964 00:00 »/);
  });
});

describe('twin-cities from-csv and impossible dates in since', () => {
  it('keeps the year of a real date only (29 February of a leap year, month first too); reports 1964-13-45 like any bad year', async () => {
    const path = tempFile(
      'impossible.csv',
      'name;country;since\nSopot;PL;1964-13-45\nAkbou;DZ;31/02/1990\nChatila;LB;29.02.1900\nMassala;ML;29/02/2000\nFrankenthal;DE;05/13/1964\n'
    );
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(feedOf(result.stdout).partners.map((p) => p.since), [undefined, undefined, undefined, 2000, 1964]);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 5, result.stderr);
    for (const [i, date] of ['1964-13-45', '31/02/1990', '29.02.1900'].entries()) {
      assert.match(lines[i], new RegExp(`ligne ${i + 2}, colonne since : Année de 1800 à \\d{4} attendue au lieu de « ${date} »\\. Valeur ignorée\\.$`));
    }
    assert.match(lines[3], /ligne 5, colonne since : « 29\/02\/2000 » est une date : seule l’année 2000 est gardée\.$/);
    assert.match(lines[4], /ligne 6, colonne since : « 05\/13\/1964 » est une date/);
  });
});

describe('twin-cities from-csv and addresses typed without https://', () => {
  it('adds https:// to a host name in url, image and feed, with a notice; leaves relative paths alone', async () => {
    const path = tempFile(
      'hosts.csv',
      'name;country;url;image;feed\n' +
        'Sopot;PL;www.colombes.fr/jumelage/sopot;images/sopot.jpg;sopot.json\n' +
        'Frankenthal;DE;/jumelage/frankenthal;www.colombes.fr/img/f.jpg;frankenthal.de/partnerstaedte.json\n'
    );
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 0, result.stderr);
    const [sopot, frankenthal] = feedOf(result.stdout).partners;
    assert.equal(sopot.url, 'https://www.colombes.fr/jumelage/sopot');
    assert.equal(sopot.image.src, 'images/sopot.jpg');
    assert.equal(sopot.feed, 'sopot.json');
    assert.equal(frankenthal.url, '/jumelage/frankenthal');
    assert.equal(frankenthal.image.src, 'https://www.colombes.fr/img/f.jpg');
    assert.equal(frankenthal.feed, 'https://frankenthal.de/partnerstaedte.json');
    const notices = result.stderr.trimEnd().split('\n');
    assert.equal(notices.length, 3, result.stderr);
    assert.match(notices[0], /hosts\.csv: ligne 2, colonne url : « www\.colombes\.fr\/jumelage\/sopot » n’a pas de https:\/\/ : publiée comme https:\/\/www\.colombes\.fr\/jumelage\/sopot\.$/);
    assert.match(notices[1], /ligne 3, colonne image : « www\.colombes\.fr\/img\/f\.jpg »/);
    assert.match(notices[2], /ligne 3, colonne feed : « frankenthal\.de\/partnerstaedte\.json »/);
  });
});

describe('twin-cities from-csv reading kinds and themes in six languages', () => {
  const convert = (text, ...extra) => run(['from-csv', tempFile('kinds.csv', text), '--city', 'Colombes', '--country', 'FR', ...extra]);

  it('reads the cards’ kind labels in any language, and the ids, ignoring case and accents', async () => {
    const result = await convert(
      'name;country;kind\nOranienburg;DE;Städtepartnerschaft\nFrankenthal;DE;STADTEFREUNDSCHAFT\nSesto;IT;Cooperazione decentrata\n' +
        'Viana;PT;amizade\nRas Jebel;TN;coopération décentralisée\nSopot;PL;friendship\nLe Robert;MQ;Twinning\n'
    );
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(
      feedOf(result.stdout).partners.map((p) => p.kind),
      ['twinning', 'friendship', 'cooperation', 'friendship', 'cooperation', 'friendship', 'twinning']
    );
  });

  it('never publishes an unknown kind as twinning: the row is left out, with the kinds it could be', async () => {
    const result = await convert('name;country;kind\nSopot;PL;Freundschaft\nAkbou;DZ;Partnerschaftt\n', '--lang', 'de');
    assert.equal(result.status, 1);
    assert.deepEqual(feedOf(result.stdout).partners.map((p) => [p.id, p.kind]), [['sopot', 'friendship']]);
    assert.match(
      result.stderr,
      /kinds\.csv: Zeile 3, Spalte kind: Unbekannte Art der Partnerschaft: „Partnerschaftt“ \(erwartet: Städtepartnerschaft, Kommunale Entwicklungszusammenarbeit oder Städtefreundschaft\)\. Partner übersprungen\.\n$/
    );
  });

  it('reads theme labels in any language, even with a comma inside, and the ids; an unknown theme gets a notice', async () => {
    const result = await convert(
      'name;country;kind;themes\n' +
        'Ras Jebel;TN;cooperation;"Eau et assainissement; Culture et patrimoine"\n' +
        'Gueule Tapée;SN;cooperation;"Éducation, jeunesse et sport, water"\n' +
        'Massala;ML;cooperation;"Bildung, Jugend und Sport;Tourisme"\n'
    );
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(feedOf(result.stdout).partners.map((p) => p.themes), [
      ['water', 'culture'],
      ['education', 'water'],
      ['education', 'Tourisme'],
    ]);
    assert.match(result.stderr, /^.*kinds\.csv: ligne 4, colonne themes : Thème « Tourisme » inconnu : affiché tel quel\.\n$/);
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
    assert.match(result.stderr, /^.*header-only\.csv: Aucun partenaire : le tableau n’a que sa ligne d’en-tête\. Ajoutez une ligne par ville partenaire\.\n$/);
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
      const column = i % 7 === 3 ? `kind : Type de partenariat inconnu : « Partnerschaftt »` : `url : .*« javascript:alert\\(${i}\\) »`;
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
    assert.match(lines[0], /ligne 2, colonne kind : Type de partenariat inconnu/);
    assert.match(lines[1], /ligne 3, colonne country : .*« ZZ »/);
    assert.match(lines[2], /all-skipped\.csv: Aucun partenaire valide : toutes les lignes sont ignorées \(voir ci-dessus\)\. Aucun flux n’est écrit\.$/);
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
      assert.match(result.stderr, /^twin-cities: -o .*same(-link)?\.csv est le tableau lui-même : il serait remplacé par le flux\. .*jumelages\.json\.\nUsage : twin-cities from-csv /);
      assert.equal(readFileSync(path, 'utf8'), sheet);
    }
  });

  const write = (output, ...extra) =>
    run(['from-csv', fixture('colombes.csv'), '--city', 'Colombes', '--country', 'FR', '-o', output, ...extra]);

  it('says in words that the folder of the file does not exist, and exits 1', async () => {
    const result = await write(join(tempDir(), 'no-such-folder', 'feed.json'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no-such-folder\/feed\.json: Le dossier n’existe pas : créez-le, ou choisissez un autre chemin\.\n$/);
    const english = await write(join(tempDir(), 'no-such-folder', 'feed.json'), '--lang', 'en');
    assert.match(english.stderr, /feed\.json: The folder does not exist: create it, or choose another path\.\n$/);
  });

  it('says -o names a folder, not a file, and exits 1', async () => {
    const result = await write(tempDir());
    assert.equal(result.status, 1);
    assert.match(result.stderr, /: C’est un dossier : indiquez un fichier, par exemple jumelages\.json\.\n$/);
    assert.doesNotMatch(result.stderr, /EISDIR/);
  });

  it('says writing is not allowed where it is not', {skip: process.getuid?.() === 0 && 'root may write anywhere'}, async () => {
    const folder = join(tempDir(), 'read-only');
    mkdirSync(folder, {mode: 0o555});
    const result = await write(join(folder, 'feed.json'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /feed\.json: Écriture refusée : droits insuffisants\.\n$/);
  });

  it('takes an empty -o as a missing value: usage error, exit 2', async () => {
    const result = await write('');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^twin-cities: l’option --output attend une valeur\nUsage : twin-cities from-csv /);
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
