// The `twin-cities` command, run as a web editor runs it: node bin/twin-cities.js …
// Needs the compiled lib/ (npm test builds first).
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {gzipSync} from 'node:zlib';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {parseFeed} from '../../lib/feed.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/twin-cities.js');
const fixture = (name) => join(root, 'test/fixtures', name);
const demo = (name) => join(root, 'demo/feeds', name);

/** Runs the command; resolves with its exit code and output, whatever the code. */
function run(args, {env = {}} = {}) {
  // A neutral environment: no LANG unless the test sets one.
  const base = {...process.env};
  delete base.LANG;
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], {cwd: root, env: {...base, ...env}}, (error, stdout, stderr) => {
      resolve({status: error ? error.code : 0, stdout, stderr});
    });
  });
}

const noStackTrace = ({stdout, stderr}) => {
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace on stderr');
  assert.doesNotMatch(stdout, /\n\s+at /, 'no stack trace on stdout');
};

const tmp = mkdtempSync(join(tmpdir(), 'twin-cities-cli-'));
function tempFile(name, content) {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

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
    assert.match(result.stdout, /^ {2}partners\[0\]\.url: Adresse http\(s\) attendue au lieu de « javascript:alert\(document\.cookie\) »\. Valeur ignorée\.$/m);
    assert.match(result.stdout, /^ {2}partners\[1\]\.country: .*« ZZ ».*Partenaire ignoré\.$/m);
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
    assert.match(result.stdout, /^.*broken\.json: Ce n’est pas du JSON valide( \(ligne 3, colonne \d+\))?\.\n$/);
  });

  it('says why a JSON document is not a feed, and exits 1', async () => {
    const path = tempFile('version-2.json', '{"version": 2, "partners": []}');
    const result = await run(['validate', path]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /version-2\.json: Le champ "version" doit valoir 1\.\n$/);
  });

  it('says a missing file is missing, and exits 1', async () => {
    const result = await run(['validate', join(tmp, 'nowhere.json')]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    assert.match(result.stdout, /nowhere\.json: Fichier introuvable\.\n$/);
  });

  it('exits 1 when one of several inputs has problems', async () => {
    const result = await run(['validate', demo('colombes.json'), fixture('hostile-colombes.json')]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /colombes\.json: 5 partenaires, 0 problème\n/);
  });

  it('prints { file, valid, partners, problems } with --json', async () => {
    const result = await run(['validate', '--json', fixture('hostile-colombes.json')]);
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(report), ['file', 'valid', 'partners', 'problems']);
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
    assert.deepEqual(reports[0], {file: demo('sopot.json'), valid: true, partners: 3, problems: []});
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
    const result = await run(['validate', demo('colombes.json'), join(tmp, 'nowhere.json'), '--lang', 'de']);
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

describe('twin-cities usage errors', () => {
  const usage = async (args, pattern) => {
    const result = await run(args);
    assert.equal(result.status, 2, `${args.join(' ')} → ${result.status}`);
    noStackTrace(result);
    assert.equal(result.stdout, '');
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.match(lines[0], pattern);
    assert.match(lines[1], /^Usage : twin-cities /);
  };

  it('exits 2 for an unknown command', () => usage(['publish', 'x.json'], /^twin-cities: commande inconnue : publish$/));
  it('exits 2 for an unknown option', () => usage(['validate', '--strict', 'x.json'], /^twin-cities: option inconnue : --strict$/));
  it('exits 2 with no command', () => usage([], /^twin-cities: /));
  it('exits 2 when validate has no input', () => usage(['validate', '--json'], /^twin-cities: indiquez un fichier/));
  it('exits 2 when an option lacks its value', () => usage(['from-csv', 'x.csv', '--country', 'FR', '--city'], /--city attend une valeur/));
  it('exits 2 when from-csv lacks --city', () => usage(['from-csv', fixture('colombes.csv'), '--country', 'FR'], /--city est obligatoire/));
  it('exits 2 for a country that is not an ISO code', () => usage(['from-csv', fixture('colombes.csv'), '--city', 'Colombes', '--country', 'FRA'], /« FRA »/));
  it('exits 2 for a second input to check-reciprocity', () => usage(['check-reciprocity', 'a.json', 'b.json'], /argument en trop : b\.json/));

  it('says it in the chosen language', async () => {
    const result = await run(['validate', '--strict', '--lang', 'en']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^twin-cities: unknown option: --strict\nUsage: twin-cities validate /);
  });

  it('prints help with --help and exits 0', async () => {
    const result = await run(['--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /from-csv/);
  });
});

describe('twin-cities from-csv', () => {
  const colombes = JSON.parse(readFileSync(demo('colombes.json'), 'utf8'));
  const convert = (name, ...extra) => run(['from-csv', fixture(name), '--city', 'Colombes', '--country', 'FR', ...extra]);

  /** The feed on stdout, checked with the element's parser. */
  function feedOf(stdout) {
    const json = JSON.parse(stdout);
    const result = parseFeed(json, 'https://www.colombes.fr/jumelages.json');
    assert.ok(result.ok);
    assert.deepEqual(result.problems, []);
    return json;
  }

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

  it('reports a skipped row with its line number on stderr, exits 1, and leaves it out', async () => {
    const result = await run(['from-csv', fixture('bagnolet-bad-row.csv'), '--city', 'Bagnolet', '--country', 'FR']);
    assert.equal(result.status, 1);
    noStackTrace(result);
    // Akbou is on line 7: the quoted summary of Oranienburg spans lines 3 and 4.
    assert.match(result.stderr, /bagnolet-bad-row\.csv: ligne 7, colonne country : Code pays ISO 3166-1 inconnu : « ZZ »\. Partenaire ignoré\.\n/);
    assert.match(result.stderr, /bagnolet-bad-row\.csv: ligne 8, colonne url : .*« javascript:alert\(1\) ».*Valeur ignorée\.\n/);
    const feed = feedOf(result.stdout);
    assert.deepEqual(feed.partners.map((p) => p.id), ['sesto-fiorentino', 'oranienburg', 'chatila', 'massala', 'le-robert']);
    assert.equal(feed.partners[4].url, undefined);
  });

  it('counts lines right with CRLF line ends, also inside a quoted cell, and after a "sep=" line', async () => {
    const text = readFileSync(fixture('bagnolet-bad-row.csv'), 'utf8').replace(/\n/g, '\r\n');
    const crlf = await run(['from-csv', tempFile('crlf.csv', text), '--city', 'Bagnolet', '--country', 'FR']);
    assert.match(crlf.stderr, /crlf\.csv: ligne 7, colonne country : .*« ZZ »/);
    const sep = await run(['from-csv', tempFile('sep.csv', `sep=,\r\n${text}`), '--city', 'Bagnolet', '--country', 'FR']);
    assert.match(sep.stderr, /sep\.csv: ligne 8, colonne country : .*« ZZ »/);
    assert.equal(JSON.parse(sep.stdout).partners.length, 5);
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

  it('says which required column the header lacks', async () => {
    const path = tempFile('no-country.csv', 'id,name\nsopot,Sopot\n');
    const result = await run(['from-csv', path, '--city', 'Colombes', '--country', 'FR']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no-country\.csv: La ligne d’en-tête n’a pas la colonne obligatoire country\.\n$/);
  });
});

describe('twin-cities check-reciprocity', () => {
  it('finds Frankenthal listing Colombes back, Sopot not, Ras Jebel unreachable, and exits 1', async () => {
    const result = await run(['check-reciprocity', demo('colombes.json')]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    const row = (id) => result.stdout.split('\n').find((line) => line.startsWith(`${id} `));
    assert.match(row('frankenthal'), /Frankenthal\s+nous liste aussi$/);
    assert.match(row('sopot'), /Sopot\s+ne nous liste pas$/);
    assert.match(row('ras-jebel'), /Ras Jebel\s+flux illisible$/);
    assert.match(row('viana-do-castelo'), /pas de flux$/);
    assert.match(result.stdout, /Partenaires avec un flux : 3 ; nous listent aussi : 1 ; ne nous listent pas : 1 ; flux illisibles : 1\./);
  });

  it('prints the reciprocity event detail with --json', async () => {
    const result = await run(['check-reciprocity', demo('colombes.json'), '--json']);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 3, reciprocal: 1, missing: ['sopot'], unreachable: ['ras-jebel']});
  });

  it('recognizes Bagnolet in Oranienburg’s feed by its feed URL, and exits 0', async () => {
    const result = await run(['check-reciprocity', demo('bagnolet.json'), '--json']);
    assert.equal(result.status, 0);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 1, reciprocal: 1, missing: [], unreachable: []});
  });

  it('writes its table in the chosen language', async () => {
    const result = await run(['check-reciprocity', demo('colombes.json'), '--lang', 'de']);
    assert.match(result.stdout, /^sopot\s+Sopot\s+führt uns nicht auf$/m);
  });

  it('exits 1 with a sentence when the feed itself cannot be read', async () => {
    const result = await run(['check-reciprocity', join(tmp, 'nowhere.json')]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    assert.match(result.stderr, /nowhere\.json: Fichier introuvable\.\n$/);
  });
});

describe('twin-cities over http', () => {
  let server;
  let origin;
  before(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url, 'http://localhost').pathname;
      if (path === '/big.json') {
        response.writeHead(200, {'Content-Type': 'application/json'});
        response.end(`{"version":1,"partners":[]}${' '.repeat(6 * 1024 * 1024)}`);
        return;
      }
      if (path === '/bomb.json') {
        // About 50 KB on the wire, 50 MB once inflated.
        const body = gzipSync(Buffer.concat([Buffer.from('{"version":1,"partners":[]}'), Buffer.alloc(50 * 1024 * 1024, 0x20)]));
        response.writeHead(200, {'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': body.length});
        response.end(body);
        return;
      }
      const match = /^\/feeds\/([a-z-]+\.json)$/.exec(path);
      let body;
      try {
        body = match && readFileSync(demo(match[1]));
      } catch {
        body = undefined;
      }
      if (!body) {
        response.writeHead(404).end('Not found');
        return;
      }
      response.writeHead(200, {'Content-Type': 'application/json'}).end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('validates a feed at a URL', async () => {
    const result = await run(['validate', `${origin}/feeds/colombes.json`]);
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /colombes\.json: 5 partenaires, 0 problème\n$/);
  });

  it('says which HTTP error a URL answered, and exits 1', async () => {
    const result = await run(['validate', `${origin}/feeds/ras-jebel.json`]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /ras-jebel\.json: Le serveur a répondu par l’erreur 404\.\n$/);
  });

  it('refuses a feed larger than 5 MB', async () => {
    const result = await run(['validate', `${origin}/big.json`]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /big\.json: Le document dépasse 5 Mo\.\n$/);
  });

  it('refuses a small gzip body that inflates past 5 MB', async () => {
    const result = await run(['validate', `${origin}/bomb.json`]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    assert.match(result.stdout, /bomb\.json: Le document dépasse 5 Mo\.\n$/);
  });

  it('checks reciprocity with partner feeds resolved against the feed URL', async () => {
    const result = await run(['check-reciprocity', `${origin}/feeds/colombes.json`, '--json']);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 3, reciprocal: 1, missing: ['sopot'], unreachable: ['ras-jebel']});
  });

  it('checks a local file as published at --base', async () => {
    const result = await run(['check-reciprocity', demo('bagnolet.json'), '--base', `${origin}/feeds/bagnolet.json`, '--json']);
    assert.equal(result.status, 0);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 1, reciprocal: 1, missing: [], unreachable: []});
  });
});
