// Usage errors, help and the language of the messages, for every command.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fixture, noStackTrace, run, tempDir} from './cli-helpers.mjs';

describe('twin-cities usage errors', () => {
  const usage = async (args, pattern) => {
    const result = await run(args);
    assert.equal(result.status, 2, `${args.join(' ')} → ${result.status}`);
    noStackTrace(result);
    assert.equal(result.stdout, '');
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.match(lines[0], pattern);
    assert.match(lines[1], /^Utilisation\u00a0: twin-cities /);
  };

  it('exits 2 for an unknown command', () => usage(['publish', 'x.json'], /^twin-cities: commande inconnue\u00a0: publish$/));
  it('exits 2 for an unknown option', () => usage(['validate', '--strict', 'x.json'], /^twin-cities: option inconnue\u00a0: --strict$/));
  it('exits 2 with no command, asking for one', () =>
    usage([], /^twin-cities: indiquez une commande\u00a0: validate, from-csv ou check-reciprocity$/));
  it('exits 2 when validate has no input', () => usage(['validate', '--json'], /^twin-cities: indiquez un fichier/));
  it('exits 2 when an option lacks its value', () => usage(['from-csv', 'x.csv', '--country', 'FR', '--city'], /--city attend une valeur/));
  it('exits 2 when from-csv lacks --city', () => usage(['from-csv', fixture('colombes.csv'), '--country', 'FR'], /--city est obligatoire/));
  it('exits 2 for a country that is not an ISO code', () => usage(['from-csv', fixture('colombes.csv'), '--city', 'Colombes', '--country', 'FRA'], /«\u00a0FRA\u00a0»/));
  it('exits 2 for a second input to check-reciprocity', () => usage(['check-reciprocity', 'a.json', 'b.json'], /argument en trop\u00a0: b\.json/));

  it('says it in the chosen language', async () => {
    const result = await run(['validate', '--strict', '--lang', 'en']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^twin-cities: unknown option: --strict\nUsage: twin-cities validate /);
  });

  it('says an unknown command in the language of LANG', async () => {
    const result = await run(['valider', 'x.json'], {env: {LANG: 'de_DE.UTF-8'}});
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^twin-cities: unbekannter Befehl: valider\nAufruf: twin-cities /);
  });

  it('takes --lang L and --lang=L before the command name', async () => {
    const before = await run(['--lang', 'de', 'valider', 'x.json']);
    assert.equal(before.status, 2);
    assert.match(before.stderr, /^twin-cities: unbekannter Befehl: valider\n/);
    const equals = await run(['--lang=en', 'validate', join(tempDir(), 'nowhere.json')]);
    assert.equal(equals.status, 1);
    assert.match(equals.stdout, /nowhere\.json: File not found\.\n$/);
  });

  it('takes --help before the command name: the command’s usage, in --lang', async () => {
    const result = await run(['--lang', 'it', '--help', 'from-csv']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Uso: twin-cities from-csv /);
    const all = await run(['--lang=pt', '--help']);
    assert.equal(all.status, 0);
    assert.match(all.stdout, /check-reciprocity/);
  });

  it('prints help with --help and exits 0', async () => {
    const result = await run(['--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /from-csv/);
  });
});


describe('twin-cities help and usage lines in every language', () => {
  for (const lang of ['fr', 'de', 'en', 'it', 'pl', 'pt']) {
    it(`writes <…> as angle brackets, not HTML entities, in --lang ${lang}`, async () => {
      const help = await run(['--help', '--lang', lang]);
      assert.equal(help.status, 0);
      const usage = await run(['validate', '--lang', lang]);
      assert.equal(usage.status, 2);
      const fromCsv = await run(['from-csv', '--help', '--lang', lang]);
      for (const text of [help.stdout, usage.stderr, fromCsv.stdout]) {
        assert.doesNotMatch(text, /&(lt|gt|amp|quot|apos);/);
        assert.match(text, /<[^<>\s]+>/);
      }
    });
  }
});
