// `twin-cities from-csv`: headers and cells as editors type them (their language,
// dates, addresses without https://, kinds and themes in six languages, ids made
// from names).
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {feedOf, run, tempFile} from './cli-helpers.mjs';

describe('twin-cities from-csv making ids from names', () => {
  const convert = (name, text, ...extra) => run(['from-csv', tempFile(name, text), '--city', 'Colombes', '--country', 'FR', ...extra]);

  it('with no id column, says the id made from the name is empty or repeated, in the name column, and suggests an id column', async () => {
    const result = await convert('no-id.csv', 'Nom,country\nSopot,PL\n***,PL\nSopot!,PL\n');
    assert.equal(result.status, 1);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.match(lines[0], /^.*no-id\.csv: ligne 3, colonne Nom\u00a0: Aucun identifiant ne peut être créé à partir de ce nom \(il n’a ni lettre ni chiffre\)\. Ajoutez une colonne id, avec un identifiant différent par ligne\. Partenaire ignoré\.$/);
    assert.match(lines[1], /^.*no-id\.csv: ligne 4, colonne Nom\u00a0: L’identifiant «\u00a0sopot\u00a0», créé à partir du nom, est déjà utilisé par une ligne précédente\. Ajoutez une colonne id/);
    assert.doesNotMatch(result.stderr, /colonne id :/);
    assert.deepEqual(feedOf(result.stdout).partners.map((p) => p.id), ['sopot']);
  });

  it('with an id column, asks for an id in the empty cell, and blames the id column for an id typed twice', async () => {
    const result = await convert('empty-id.csv', 'id,name,country\n,Sopot,PL\n,***,PL\nsopot,Sopot,PL\n', '--lang', 'en');
    assert.equal(result.status, 1);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.match(lines[0], /row 3, column name: No ID can be made from this name \(it has no letter or digit\)\. Write an ID in the id column of this row\. Partner skipped\.$/);
    assert.match(lines[1], /row 4, column id: /);
  });

  it('says only that the name is missing when a row has neither id nor name', async () => {
    const result = await convert('no-name.csv', 'name,country\nSopot,PL\n,DE\n');
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], /ligne 3, colonne name\u00a0: Champ obligatoire absent ou vide\. Partenaire ignoré\.$/);
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
      assert.match(result.stderr, new RegExp(`words\\.csv: Colonne «\u00a0${heading}\u00a0» inconnue\u00a0: ignorée\\.\n`));
    }
    assert.deepEqual(feedOf(result.stdout).partners[0], {id: 'sopot', name: 'Sopot', country: 'PL', kind: 'twinning'});
  });

  it('takes a real language tag after _, :, a space or a hyphen as a translation column, canonical', async () => {
    const result = await convert(
      'tags.csv',
      'name;country;name_pt-BR;nom:pl;Résumé de;summary_zh_hant_tw;image;image_alt_en;name_xx\n' +
        'Sopot;PL;Sopote;Sopot;Kurort;海濱;https://e.org/s.jpg;The pier;?\n'
    );
    assert.match(result.stderr, /tags\.csv: Colonne «\u00a0name_xx\u00a0» inconnue\u00a0: ignorée\.\n/);
    const [sopot] = feedOf(result.stdout).partners;
    assert.deepEqual(sopot.name, {fr: 'Sopot', 'pt-BR': 'Sopote', pl: 'Sopot'});
    assert.deepEqual(sopot.summary, {de: 'Kurort', 'zh-Hant-TW': '海濱'});
    assert.deepEqual(sopot.image, {src: 'https://e.org/s.jpg', alt: {en: 'The pier'}});
  });

  it('suggests the column a misspelt header looks like', async () => {
    const result = await convert('typo.csv', 'name;contry;populaton\nSopot;PL;37000\n');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /typo\.csv: Colonne «\u00a0contry\u00a0» inconnue\u00a0: ignorée\. Vouliez-vous dire country\u00a0\?\n/);
    assert.match(result.stderr, /typo\.csv: Colonne «\u00a0populaton\u00a0» inconnue\u00a0: ignorée\. Vouliez-vous dire population\u00a0\?\n/);
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
    assert.match(notices[0], /^.*dates\.csv: ligne 2, colonne since\u00a0: «\u00a012\/05\/1964\u00a0» est une date\u00a0: seule l’année 1964 est conservée\.$/);
    assert.match(notices[1], /ligne 3, colonne since\u00a0: «\u00a01964-05-12\u00a0»/);
    assert.match(notices[2], /ligne 4, colonne since\u00a0: «\u00a012\.05\.1964 00:00\u00a0»/);
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
      assert.match(lines[i], new RegExp(`ligne ${i + 2}, colonne since\u00a0: Année de 1800 à \\d{4} attendue au lieu de «\u00a0${date}\u00a0»\\. Valeur ignorée\\.$`));
    }
    assert.match(lines[3], /ligne 5, colonne since\u00a0: «\u00a029\/02\/2000\u00a0» est une date\u00a0: seule l’année 2000 est conservée\.$/);
    assert.match(lines[4], /ligne 6, colonne since\u00a0: «\u00a005\/13\/1964\u00a0» est une date/);
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
    assert.match(notices[0], /hosts\.csv: ligne 2, colonne url\u00a0: Adresse «\u00a0www\.colombes\.fr\/jumelage\/sopot\u00a0» sans https:\/\/\u00a0: publiée sous la forme https:\/\/www\.colombes\.fr\/jumelage\/sopot\.$/);
    assert.match(notices[1], /ligne 3, colonne image\u00a0: Adresse «\u00a0www\.colombes\.fr\/img\/f\.jpg\u00a0»/);
    assert.match(notices[2], /ligne 3, colonne feed\u00a0: Adresse «\u00a0frankenthal\.de\/partnerstaedte\.json\u00a0»/);
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
    assert.match(result.stderr, /^.*kinds\.csv: ligne 4, colonne themes\u00a0: Thème «\u00a0Tourisme\u00a0» inconnu\u00a0: affiché tel quel\.\n$/);
  });
});
