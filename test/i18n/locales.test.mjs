// Every message has a translation in every catalog, with the same placeholders:
// a German page must never fall back to French in silence.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {join} from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const dirs = ['locales', 'locales/cli'].filter((dir) => existsSync(dir));

const units = (xml) =>
  [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1],
    target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));
/** Each placeholder as `number=expression`: lit-localize fills them in by number. */
const placeholders = (text) =>
  [...(text ?? '').matchAll(/<x id="(\d+)"[^>]*equiv-text="([^"]*)"\/>/g)].map((m) => `${m[1]}=${m[2]}`).sort();

for (const dir of dirs) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.xlf'));
  test(`${dir} has one catalog per target locale`, () => {
    assert.deepEqual(files.map((f) => f.replace('.xlf', '')).sort(), [...config.targetLocales].sort());
  });
  for (const file of files) {
    test(`${dir}/${file} translates every message, keeping its placeholders`, () => {
      const list = units(readFileSync(join(dir, file), 'utf8'));
      assert.ok(list.length > 0, 'no messages');
      for (const {id, source, target} of list) {
        assert.ok(target && target.trim(), `${id} has no translation`);
        assert.deepEqual(placeholders(target), placeholders(source), `${id} changes its placeholders`);
      }
    });
  }
}

test('every message has an explicit, readable id (the bundle relies on it)', () => {
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf'))) {
      for (const {id} of units(readFileSync(join(dir, file), 'utf8'))) {
        assert.match(id, /^[a-z]+(\.[a-z0-9-]+)+$/, `${dir}/${file}: ${id} looks generated: give its msg() an id`);
      }
    }
  }
});
