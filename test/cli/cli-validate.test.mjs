// `twin-cities validate`: what the element would say about a feed, file or URL.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {controlCharacter, demo, fixture, noStackTrace, run, serveFeeds, tempDir, tempFile} from './cli-helpers.mjs';

describe('twin-cities validate', () => {
  for (const name of ['bagnolet.json', 'colombes.json', 'sopot.json', 'frankenthal.json', 'oranienburg.json']) {
    it(`accepts the clean demo feed ${name} with exit code 0`, async () => {
      const result = await run(['validate', demo(name)]);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.match(result.stdout, new RegExp(`${name}: \\d+ partenaires, 0 problème\\n$`));
    });
  }

  it('lists each problem of a hostile feed with its path and exits 1', async () => {
    const result = await run(['validate', fixture('hostile-colombes.json')]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    const lines = result.stdout.trimEnd().split('\n');
    assert.match(lines[0], /hostile-colombes\.json: 2 partenaires, 6 problèmes$/);
    assert.match(result.stdout, /^ {2}partners\[0\]\.url: Adresse http\(s\) attendue au lieu de «\u00a0javascript:alert\(document\.cookie\)\u00a0»\. Valeur ignorée\.$/m);
    assert.match(result.stdout, /^ {2}partners\[1\]\.country: .*«\u00a0ZZ\u00a0».*Partenaire ignoré\.$/m);
    assert.match(result.stdout, /^ {2}partners\[2\]\.id: /m);
    assert.match(result.stdout, /^ {2}partners\[3\]\.population: /m);
    assert.match(result.stdout, /^ {2}partners\[3\]\.since: /m);
    assert.match(result.stdout, /^ {2}partners\[4\]: /m);
  });

  it('says in one line that a file is not JSON, and exits 1', async () => {
    const path = tempFile('broken.json', '{\n  "version": 1,\n  "partners": [,]\n}\n');
    const result = await run(['validate', path]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    assert.match(result.stdout, /^.*broken\.json: Ce n’est pas du JSON valide \(ligne 3, colonne 16\)\.\n$/);
  });

  it('gives the line and column of a trailing comma, which the engine reports without one', async () => {
    const array = await run(['validate', tempFile('array-comma.json', '{\n  "version": 1,\n  "partners": [\n    {"id": "sopot"},\n  ]\n}\n')]);
    assert.equal(array.status, 1);
    assert.match(array.stdout, /array-comma\.json: Ce n’est pas du JSON valide \(ligne 5, colonne 3\)\.\n$/);
    const object = await run(['validate', tempFile('object-comma.json', '{"version": 1, "partners": [],}'), '--lang', 'en']);
    assert.match(object.stdout, /object-comma\.json: .*\(line 1, column 31\)\.\n$/);
    const deep = await run(['validate', tempFile('deep.json', '['.repeat(200000))]);
    assert.equal(deep.status, 1);
    noStackTrace(deep);
    assert.match(deep.stdout, /deep\.json: Ce n’est pas du JSON valide/);
  });

  it('says why a JSON document is not a feed, and exits 1', async () => {
    const path = tempFile('version-2.json', '{"version": 2, "partners": []}');
    const result = await run(['validate', path]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /version-2\.json: Le champ "version" doit valoir 1\.\n$/);
  });

  it('says a missing file is missing, and exits 1', async () => {
    const result = await run(['validate', join(tempDir(), 'nowhere.json')]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    assert.match(result.stdout, /nowhere\.json: Fichier introuvable\.\n$/);
  });

  it('exits 1 when one of several inputs has problems', async () => {
    const result = await run(['validate', demo('colombes.json'), fixture('hostile-colombes.json')]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /colombes\.json: 5 partenaires, 0 problème\n/);
  });

  it('prints { file, valid, partners, problems, problemCount } with --json', async () => {
    const result = await run(['validate', '--json', fixture('hostile-colombes.json')]);
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(report), ['file', 'valid', 'partners', 'problems', 'problemCount']);
    assert.equal(report.problemCount, 6);
    assert.equal(report.file, fixture('hostile-colombes.json'));
    assert.equal(report.valid, false);
    assert.equal(report.partners, 2);
    assert.equal(report.problems.length, 6);
    for (const problem of report.problems) assert.deepEqual(Object.keys(problem), ['path', 'message']);
    assert.equal(report.problems[0].path, 'partners[0].url');
    assert.match(report.problems[0].message, /javascript:alert/);
  });

  it('prints an array with --json for several inputs, valid true for a clean feed', async () => {
    const path = tempFile('not-json.json', 'Bonjour');
    const result = await run(['validate', demo('sopot.json'), path, '--json']);
    assert.equal(result.status, 1);
    const reports = JSON.parse(result.stdout);
    assert.ok(Array.isArray(reports));
    assert.deepEqual(reports[0], {file: demo('sopot.json'), valid: true, partners: 3, problems: [], problemCount: 0});
    assert.equal(reports[1].valid, false);
    assert.equal(reports[1].partners, 0);
    assert.equal(reports[1].problems.length, 1);
    assert.match(reports[1].problems[0].message, /JSON/);
  });

  it('accepts relative URLs in a local file, and --base says where it will be published', async () => {
    const path = tempFile('relative.json', JSON.stringify({
      version: 1,
      partners: [{id: 'sopot', name: 'Sopot', country: 'PL', url: 'jumelage/sopot', feed: '../sopot.json'}],
    }));
    assert.equal((await run(['validate', path])).status, 0);
    const based = await run(['validate', path, '--base', 'https://www.colombes.fr/jumelages.json', '--json']);
    assert.equal(based.status, 0);
    assert.equal(JSON.parse(based.stdout).valid, true);
  });

  it('speaks German with --lang de', async () => {
    const result = await run(['validate', demo('colombes.json'), join(tempDir(), 'nowhere.json'), '--lang', 'de']);
    assert.match(result.stdout, /colombes\.json: 5 Partner, 0 Probleme\n/);
    assert.match(result.stdout, /nowhere\.json: Datei nicht gefunden\.\n/);
  });

  it('speaks the language of LANG=pl_PL.UTF-8, with Polish plural forms', async () => {
    const env = {LANG: 'pl_PL.UTF-8'};
    const five = await run(['validate', demo('colombes.json')], {env});
    assert.match(five.stdout, /colombes\.json: 5 miast partnerskich, 0 problemów\n/);
    const hostile = await run(['validate', fixture('hostile-colombes.json')], {env});
    assert.match(hostile.stdout, /hostile-colombes\.json: 2 miasta partnerskie, 6 problemów\n/);
    assert.doesNotMatch(hostile.stdout, /Partenaire ignoré/);
  });

  it('prefers --lang to LANG, and falls back to French for an unsupported LANG', async () => {
    const italian = await run(['validate', demo('sopot.json'), '--lang=it'], {env: {LANG: 'de_DE.UTF-8'}});
    assert.match(italian.stdout, /sopot\.json: 3 partner, 0 problemi\n/);
    const spanish = await run(['validate', demo('sopot.json')], {env: {LANG: 'es_ES.UTF-8'}});
    assert.match(spanish.stdout, /sopot\.json: 3 partenaires, 0 problème\n/);
  });
});

describe('twin-cities validate over http', () => {
  let server;
  before(async () => {
    server = await serveFeeds({
      '/big.json': (request, response) => {
        response.writeHead(200, {'Content-Type': 'application/json'});
        response.end(`{"version":1,"partners":[]}${' '.repeat(6 * 1024 * 1024)}`);
      },
      '/bomb.json': (request, response) => {
        // About 50 KB on the wire, 50 MB once inflated.
        const body = gzipSync(Buffer.concat([Buffer.from('{"version":1,"partners":[]}'), Buffer.alloc(50 * 1024 * 1024, 0x20)]));
        response.writeHead(200, {'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': body.length});
        response.end(body);
      },
    });
  });
  after(() => server.close());

  it('validates a feed at a URL', async () => {
    const result = await run(['validate', `${server.origin}/feeds/colombes.json`]);
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /colombes\.json: 5 partenaires, 0 problème\n$/);
  });

  it('says which HTTP error a URL answered, and exits 1', async () => {
    const result = await run(['validate', `${server.origin}/feeds/ras-jebel.json`]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /ras-jebel\.json: Le serveur a répondu par l’erreur 404\.\n$/);
  });

  it('refuses a feed larger than 5 MB', async () => {
    const result = await run(['validate', `${server.origin}/big.json`]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /big\.json: Le document dépasse 5\u00a0Mo\.\n$/);
  });

  it('refuses a small gzip body that inflates past 5 MB', async () => {
    const result = await run(['validate', `${server.origin}/bomb.json`]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    assert.match(result.stdout, /bomb\.json: Le document dépasse 5\u00a0Mo\.\n$/);
  });
});

describe('twin-cities validate given something else than a feed', () => {
  it('suggests from-csv for a CSV file', async () => {
    const path = tempFile('partenaires.csv', 'id;name;country\nsopot;Sopot;PL\n');
    const result = await run(['validate', path]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /partenaires\.csv: C’est un tableau CSV, pas un flux JSON\u00a0: pour en faire un flux, lancez twin-cities from-csv .*partenaires\.csv --city NOM --country CC\.\n$/);
  });

  it('suggests from-csv in a German sentence with --lang de', async () => {
    const path = tempFile('partner.csv', 'name;country\nSopot;PL\n');
    const result = await run(['validate', path, '--lang', 'de']);
    assert.match(result.stdout, /partner\.csv: Das ist eine CSV-Tabelle, kein JSON-Feed\. Um daraus einen Feed zu erzeugen: twin-cities from-csv .*partner\.csv --city NAME --country CC\.\n$/);
  });

  it('suggests from-csv for a CSV export even under another name', async () => {
    const path = tempFile('export.txt', 'name,country,since\nSopot,PL,1994\n');
    const result = await run(['validate', path, '--lang', 'en']);
    assert.match(result.stdout, /This is a CSV table, not a JSON feed: .*twin-cities from-csv /);
  });

  it('never echoes a control character from a feed value', async () => {
    const path = tempFile('escape.json', JSON.stringify({
      version: 1,
      partners: [{id: 'sopot', name: 'Sopot', country: 'PL', url: 'javascript:\u001b[2J\u001b]0;pwned\u0007'}],
    }));
    const result = await run(['validate', path]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /partners\[0\]\.url: .*javascript:\uFFFD\[2J/);
    assert.doesNotMatch(result.stdout, controlCharacter);
  });
});

describe('twin-cities validate and a feed key holding terminal escapes', () => {
  const key = '\u001b]0;PWNED\u0007\u001b[31mRED';
  const path = tempFile('escape-key.json', JSON.stringify({
    version: 1,
    partners: [{id: 'sopot', name: {fr: 'Sopot', [key]: 'x', '\u202eevil': 1}, country: 'PL'}],
  }));

  it('prints the problem path with the escapes and U+202E made visible', async () => {
    const result = await run(['validate', path]);
    assert.equal(result.status, 1);
    assert.doesNotMatch(result.stdout, controlCharacter);
    assert.match(result.stdout, /^ {2}partners\[0\]\.name\.\uFFFD\]0;PWNED\uFFFD\uFFFD\[31mRED: /m);
    assert.match(result.stdout, /^ {2}partners\[0\]\.name\.\uFFFDevil: /m);
  });

  it('writes them as \\u escapes with --json, which read back as the same path', async () => {
    const result = await run(['validate', path, '--json']);
    assert.doesNotMatch(result.stdout, controlCharacter);
    const {problems} = JSON.parse(result.stdout);
    assert.deepEqual(problems.map((p) => p.path), [`partners[0].name.${key}`, 'partners[0].name.\u202eevil']);
  });
});

describe('twin-cities validate and a feed saved as UTF-16 (Windows PowerShell 5.1’s >)', () => {
  const feed = readFileSync(demo('sopot.json'), 'utf8');
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(feed, 'utf16le')]);
  const utf16be = Buffer.from(utf16le.subarray(2)).swap16();

  for (const [name, bytes] of [
    ['le', utf16le],
    ['be', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
    ['le-no-bom', utf16le.subarray(2)],
    ['be-no-bom', utf16be],
  ]) {
    it(`reads UTF-16 ${name.toUpperCase()} ${name.endsWith('no-bom') ? 'without' : 'with'} a BOM and says browsers need UTF-8`, async () => {
      const result = await run(['validate', tempFile(`utf16${name}.json`, bytes)]);
      assert.equal(result.status, 1);
      assert.match(result.stdout, /utf16.*\.json: 3 partenaires, 1 problème\n {2}Fichier enregistré en UTF-16\u00a0: les navigateurs ne le liront pas\. Enregistrez-le en UTF-8 \(from-csv --output le fait\)\.\n$/);
    });
  }
});
