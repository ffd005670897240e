// `twin-cities check-reciprocity`: which partner towns list us back.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {controlCharacter, demo, noStackTrace, run, serveFeeds, tempDir, tempFile} from './cli-helpers.mjs';

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

describe('twin-cities check-reciprocity over http', () => {
  let server;
  before(async () => {
    server = await serveFeeds();
  });
  after(() => server.close());

  it('checks reciprocity with partner feeds resolved against the feed URL', async () => {
    const result = await run(['check-reciprocity', `${server.origin}/feeds/colombes.json`, '--json']);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 3, reciprocal: 1, missing: ['sopot'], unreachable: ['ras-jebel']});
  });

  it('checks a local file as published at --base', async () => {
    const result = await run(['check-reciprocity', demo('bagnolet.json'), '--base', `${server.origin}/feeds/bagnolet.json`, '--json']);
    assert.equal(result.status, 0);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 1, reciprocal: 1, missing: [], unreachable: []});
  });
});
