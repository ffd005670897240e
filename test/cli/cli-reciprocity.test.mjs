// `twin-cities check-reciprocity`: which partner towns list us back.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {controlCharacter, demo, noStackTrace, run, serveFeeds, tempDir, tempFile} from './cli-helpers.mjs';

describe('twin-cities check-reciprocity', () => {
  it('finds Frankenthal listing Colombes back, Sopot not, Ras Jebel unreachable, and exits 1', async () => {
    const result = await run(['check-reciprocity', demo('colombes.json')]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    const row = (id) => result.stdout.split('\n').find((line) => line.startsWith(`${id} `));
    assert.match(row('frankenthal'), /Frankenthal\s+nous mentionne aussi$/);
    assert.match(row('sopot'), /Sopot\s+ne nous mentionne pas$/);
    assert.match(row('ras-jebel'), /Ras Jebel\s+flux illisible$/);
    assert.match(row('viana-do-castelo'), /pas de flux$/);
    assert.match(result.stdout, /Partenaires avec un flux\u00a0: 3\u00a0; nous mentionnent aussi\u00a0: 1\u00a0; ne nous mentionnent pas\u00a0: 1\u00a0; flux illisibles\u00a0: 1\./);
    assert.match(result.stdout, /^Flux de ras-jebel illisible \(.*demo\/feeds\/ras-jebel\.json\)\u00a0: Fichier introuvable\.$/m);
  });

  it('exits 1 when a partner feed cannot be read, even if every other partner lists us back', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'twin-cities-unread-'));
    writeFileSync(join(folder, 'sopot.json'), JSON.stringify({version: 1, partners: [{id: 'colombes', name: 'Colombes', country: 'FR'}]}));
    writeFileSync(join(folder, 'akbou.json'), '{"version": 1, "partners": [,]}');
    writeFileSync(join(folder, 'massala.json'), '{"version": 2}');
    const feed = join(folder, 'colombes.json');
    writeFileSync(feed, JSON.stringify({version: 1, city: {name: 'Colombes', country: 'FR'}, partners: [
      {id: 'sopot', name: 'Sopot', country: 'PL', feed: 'sopot.json'},
      {id: 'akbou', name: 'Akbou', country: 'DZ', feed: 'akbou.json'},
      {id: 'massala', name: 'Massala', country: 'ML', feed: 'massala.json'},
    ]}));
    const result = await run(['check-reciprocity', feed, '--lang', 'en']);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^Cannot read the feed of akbou \(.*akbou\.json\): This is not valid JSON \(line 1, column 29\)\.$/m);
    assert.match(result.stdout, /^Cannot read the feed of massala \(.*massala\.json\): .*"version".*$/m);
    const json = await run(['check-reciprocity', feed, '--json']);
    assert.equal(json.status, 1);
    assert.deepEqual(JSON.parse(json.stdout), {checked: 3, reciprocal: 1, missing: [], unreachable: ['akbou', 'massala']});
    assert.match(json.stderr, /^Flux de akbou illisible \(.*akbou\.json\)\u00a0: Ce n’est pas du JSON valide/m);
  });

  it('says a partner feed saved as UTF-16 is unreadable, as the element finds it, with the reason validate gives', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'twin-cities-utf16-'));
    const listsColombes = JSON.stringify({version: 1, partners: [{id: 'colombes', name: 'Colombes', country: 'FR'}]});
    writeFileSync(join(folder, 'sopot.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(listsColombes, 'utf16le')]));
    const feed = join(folder, 'colombes.json');
    writeFileSync(feed, JSON.stringify({version: 1, city: {name: 'Colombes', country: 'FR'}, partners: [
      {id: 'sopot', name: 'Sopot', country: 'PL', feed: 'sopot.json'},
    ]}));
    const result = await run(['check-reciprocity', feed]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^sopot\s+Sopot\s+flux illisible$/m);
    const validated = await run(['validate', join(folder, 'sopot.json'), '--json']);
    const [reason] = JSON.parse(validated.stdout).problems;
    assert.match(reason.message, /UTF-16/);
    assert.ok(result.stdout.includes(`Flux de sopot illisible (${join(folder, 'sopot.json')})\u00a0: ${reason.message}\n`), result.stdout);
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

  it('never echoes a control character of a partner name in its table', async () => {
    const path = tempFile('escape.json', JSON.stringify({
      version: 1,
      city: {name: 'Colombes', country: 'FR'},
      partners: [{id: 'sopot', name: 'Sop\u001b[2Jot\u202e', country: 'PL'}],
    }));
    const result = await run(['check-reciprocity', path]);
    assert.match(result.stdout, /^sopot\s+Sop\uFFFD\[2Jot\uFFFD\s+pas de flux$/m);
    assert.doesNotMatch(result.stdout, controlCharacter);
  });

  it('exits 1 with a sentence when the feed itself cannot be read', async () => {
    const result = await run(['check-reciprocity', join(tempDir(), 'nowhere.json')]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    assert.match(result.stderr, /nowhere\.json: Fichier introuvable\.\n$/);
  });
});

// The stand-in server listens on 127.0.0.1, a private address: partner feeds there
// are read only with --allow-private (see cli-private.test.mjs for the refusal).
describe('twin-cities check-reciprocity over http', () => {
  let server;
  before(async () => {
    server = await serveFeeds();
  });
  after(() => server.close());

  it('checks reciprocity with partner feeds resolved against the feed URL', async () => {
    const result = await run(['check-reciprocity', `${server.origin}/feeds/colombes.json`, '--json', '--allow-private']);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 3, reciprocal: 1, missing: ['sopot'], unreachable: ['ras-jebel']});
  });

  it('says which address answered which HTTP error', async () => {
    const result = await run(['check-reciprocity', `${server.origin}/feeds/colombes.json`, '--allow-private']);
    assert.equal(result.status, 1);
    assert.ok(
      result.stdout.includes(`Flux de ras-jebel illisible (${server.origin}/feeds/ras-jebel.json)\u00a0: Le serveur a répondu par l’erreur 404.`),
      result.stdout
    );
  });

  it('checks a local file as published at --base', async () => {
    const result = await run(['check-reciprocity', demo('bagnolet.json'), '--base', `${server.origin}/feeds/bagnolet.json`, '--json', '--allow-private']);
    assert.equal(result.status, 0);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 1, reciprocal: 1, missing: [], unreachable: []});
  });
});

describe('twin-cities check-reciprocity and local files named in feeds', () => {
  const colombes = {version: 1, city: {name: 'Colombes', country: 'FR'}};
  const listsColombes = JSON.stringify({version: 1, partners: [{id: 'colombes', name: 'Colombes', country: 'FR'}]});
  const standIn = (path) => `https://local.invalid${pathToFileURL(path).pathname}`;

  it('reads a partner feed next to the local feed, but not a local file outside its folder', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'twin-cities-outside-'));
    const secret = join(outside, 'secret.json');
    writeFileSync(secret, listsColombes);
    const folder = mkdtempSync(join(tmpdir(), 'twin-cities-feed-'));
    writeFileSync(join(folder, 'sopot.json'), listsColombes);
    symlinkSync(secret, join(folder, 'link.json'));
    const feed = join(folder, 'colombes.json');
    writeFileSync(feed, JSON.stringify({...colombes, partners: [
      {id: 'sopot', name: 'Sopot', country: 'PL', feed: 'sopot.json'},
      {id: 'outside', name: 'Outside', country: 'DE', feed: standIn(secret)},
      {id: 'link', name: 'Link', country: 'DE', feed: 'link.json'},
      {id: 'zero', name: 'Zero', country: 'IT', feed: standIn('/dev/zero')},
    ]}));
    const result = await run(['check-reciprocity', feed, '--json']);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 4, reciprocal: 1, missing: [], unreachable: ['outside', 'link', 'zero']});
  });

  it('never reads a local file that a feed from the web names', async () => {
    const secret = tempFile('secret.json', listsColombes);
    const hostile = JSON.stringify({...colombes, partners: [
      {id: 'secret', name: 'Secret', country: 'DE', feed: standIn(secret)},
      {id: 'zero', name: 'Zero', country: 'IT', feed: standIn('/dev/zero')},
    ]});
    const server = await serveFeeds({'/hostile.json': (request, response) => response.end(hostile)});
    try {
      const result = await run(['check-reciprocity', `${server.origin}/hostile.json`, '--json']);
      assert.deepEqual(JSON.parse(result.stdout), {checked: 2, reciprocal: 0, missing: [], unreachable: ['secret', 'zero']});
    } finally {
      server.close();
    }
  });

  it('says a partner feed naming a file with an encoded / is unreadable, with why, and goes on', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'twin-cities-slash-'));
    writeFileSync(join(folder, 'sopot.json'), listsColombes);
    const feed = join(folder, 'colombes.json');
    writeFileSync(feed, JSON.stringify({...colombes, partners: [
      {id: 'encoded', name: 'Encoded', country: 'DE', feed: 'x%2fy.json'},
      {id: 'elsewhere', name: 'Elsewhere', country: 'DE', feed: 'https://local.invalid/tmp/a%2Fb.json'},
      {id: 'sopot', name: 'Sopot', country: 'PL', feed: 'sopot.json'},
    ]}));
    const result = await run(['check-reciprocity', feed]);
    assert.equal(result.status, 1);
    noStackTrace(result);
    assert.doesNotMatch(result.stdout + result.stderr, /erreur inattendue/);
    assert.match(result.stdout, /^Flux de encoded illisible \(.*x%2fy\.json\)\u00a0: Fichier introuvable\.$/m);
    assert.match(result.stdout, /^Flux de elsewhere illisible \(.*a%2Fb\.json\)\u00a0: Adresse locale hors du dossier du flux donné\u00a0: non lue\.$/m);
    const json = await run(['check-reciprocity', feed, '--json']);
    assert.deepEqual(JSON.parse(json.stdout), {checked: 3, reciprocal: 1, missing: [], unreachable: ['encoded', 'elsewhere']});
  });

  it('says a stand-in address with an encoded / in a feed from the web is not read', async () => {
    const hostile = JSON.stringify({...colombes, partners: [
      {id: 'encoded', name: 'Encoded', country: 'DE', feed: 'https://local.invalid/tmp/a%2Fb.json'},
    ]});
    const server = await serveFeeds({'/hostile.json': (request, response) => response.end(hostile)});
    try {
      const result = await run(['check-reciprocity', `${server.origin}/hostile.json`]);
      assert.equal(result.status, 1);
      assert.doesNotMatch(result.stdout + result.stderr, /erreur inattendue/);
      assert.match(result.stdout, /^Flux de encoded illisible \(.*a%2Fb\.json\)\u00a0: Adresse locale hors du dossier/m);
    } finally {
      server.close();
    }
  });

  it('refuses a device or a FIFO given as a feed', async () => {
    const result = await run(['validate', '/dev/zero']);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^\/dev\/zero: Ce n’est pas un fichier ordinaire\u00a0: non lu\.\n$/);
  });
});
