// Inputs that made a command run for minutes or take gigabytes, each now read in
// linear time. The timeouts only stop a command that hangs (each took 17 to 55 s
// on a fraction of these sizes before); nothing here measures time.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {feedOf, noStackTrace, run, tempFile} from './cli-helpers.mjs';

const HANG = {timeout: 60_000};
const colombes = {version: 1, city: {name: 'Colombes', country: 'FR'}};

describe('twin-cities and hostile inputs', () => {
  it('check-reciprocity: a partner entry whose feed URL is a million slashes', HANG, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'twin-cities-slashes-'));
    const hostile = {version: 1, partners: [{id: 'x', name: 'X', country: 'FR', feed: `https://e.example/${'/'.repeat(1_000_000)}a`}]};
    writeFileSync(join(folder, 'evil.json'), JSON.stringify(hostile));
    writeFileSync(join(folder, 'colombes.json'), JSON.stringify({...colombes, partners: [{id: 'evil', name: 'Evil', country: 'DE', feed: 'evil.json'}]}));
    const result = await run(['check-reciprocity', join(folder, 'colombes.json'), '--json']);
    noStackTrace(result);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 1, reciprocal: 0, missing: ['evil'], unreachable: []});
  });

  it('from-csv: a themes cell of 10 000 pieces, known and unknown, keeps each in order', HANG, async () => {
    const pieces = Array.from({length: 10_000}, (_, i) => (i % 2 ? 'Éducation, jeunesse et sport' : `t${i}`));
    const csv = tempFile('themes.csv', `name,country,themes\nSopot,PL,"${pieces.join(',')}"\n`);
    const result = await run(['from-csv', csv, '--city', 'Colombes', '--country', 'FR']);
    noStackTrace(result);
    const [partner] = feedOf(result.stdout).partners;
    assert.equal(partner.themes.length, 10_000);
    assert.equal(partner.themes[0], 't0');
    assert.equal(partner.themes[1], 'education');
    assert.equal(partner.themes[9_998], 't9998');
  });

  it('from-csv: a cell of 100 000 characters', HANG, async () => {
    const summary = 'Ville jumelle, ’s-Hertogenbosch; '.repeat(3_100).slice(0, 100_000);
    const csv = tempFile('long-cell.csv', `name;country;summary\nSopot;PL;"${summary}"\n`);
    const result = await run(['from-csv', csv, '--city', 'Colombes', '--country', 'FR']);
    noStackTrace(result);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(feedOf(result.stdout).partners[0].summary.length, 100_000);
  });

  it('from-csv: a header cell of 40 000 characters is an unknown column, said once', HANG, async () => {
    const heading = `name${'_x'.repeat(20_000)}`;
    const csv = tempFile('long-header.csv', `name;country;${heading}\nSopot;PL;1\n`);
    const result = await run(['from-csv', csv, '--city', 'Colombes', '--country', 'FR']);
    noStackTrace(result);
    assert.equal(feedOf(result.stdout).partners.length, 1);
    assert.ok(result.stderr.includes(heading), 'the unknown column is named');
  });

  it('validate: a feed of 2.4 million wrong themes prints the first 1 000 problems and the total', HANG, async () => {
    const themes = new Array(2_400_000).fill(0).join(',');
    const feed = tempFile('zeros.json', `{"version":1,"partners":[{"id":"a","name":"A","country":"FR","themes":[${themes}]}]}`);
    const text = await run(['validate', feed, '--lang', 'en']);
    noStackTrace(text);
    assert.equal(text.status, 1);
    const lines = text.stdout.trimEnd().split('\n');
    assert.match(lines[0], /: 1 partner, 2400000 problems$/);
    assert.equal(lines.length, 1 + 1000 + 1);
    assert.match(lines[1], /^ {2}partners\[0\]\.themes\[0\]: /);
    assert.match(lines[1000], /^ {2}partners\[0\]\.themes\[999\]: /);
    assert.equal(lines[1001], '  Only the first 1,000 problems are listed.');

    const json = await run(['validate', feed, '--json']);
    const report = JSON.parse(json.stdout);
    assert.equal(report.problemCount, 2_400_000);
    assert.equal(report.problems.length, 1000);
    assert.equal(report.valid, false);
  });
});
