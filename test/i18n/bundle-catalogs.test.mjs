// The bundle carries each catalog packed into one text (scripts/rollup/compact-messages.mjs).
// Unpacked, it must give back every message of the catalog lit-localize built, under
// the short id the bundle's msg() calls use, with its placeholders in the same order.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseAst} from 'rollup/parseAst';
import {messageIds, msgIdEdits, packCatalog, UNPACK_MODULE} from '../../scripts/rollup/compact-messages.mjs';
import {applyEdits} from '../../scripts/rollup/estree.mjs';

const ids = messageIds('locales/de.xlf');
/** packCatalog() as the build calls it, on the module's syntax tree. */
const pack = (code) => packCatalog(parseAst(code), ids);
const dir = mkdtempSync(join(tmpdir(), 'twin-cities-catalogs-'));
/** Imports JavaScript written to a file, with bare imports resolved from this package. */
const load = (name, code) => {
  const file = join(dir, name);
  writeFileSync(file, code.replace(/from '@lit\/localize'/g, `from '${import.meta.resolve('@lit/localize')}'`));
  return import(pathToFileURL(file).href);
};
await load('unpack.mjs', UNPACK_MODULE);
/** A packed catalog, run: its `import` of the unpacker points at the file above. */
const unpacked = async (locale, code) => {
  const packed = pack(code).replace(/from '[^']*'/, `from './unpack.mjs'`);
  return (await load(`${locale}.mjs`, packed)).templates;
};
// The generated modules are plain JavaScript apart from their `.ts` name.
const generated = (locale) => readFileSync(`src/i18n/generated/locales/${locale}.ts`, 'utf8');
const text = (template, values) =>
  typeof template === 'string'
    ? template
    : template.strings.reduce((out, part, i) => out + values[template.values[i - 1]] + part);
const locales = readdirSync('src/i18n/generated/locales').map((f) => f.replace('.ts', ''));

test('there are five generated catalogs to pack', () => {
  assert.deepEqual(locales.sort(), ['de', 'en', 'it', 'pl', 'pt']);
});

for (const locale of locales) {
  test(`${locale}: the packed catalog unpacks to the same messages`, async () => {
    const original = (await load(`${locale}-original.mjs`, generated(locale))).templates;
    const packed = await unpacked(locale, generated(locale));
    assert.equal(Object.keys(packed).length, ids.length);
    ids.forEach((id, i) => {
      const short = `~${i.toString(36)}`;
      const want = original[id];
      const got = packed[short];
      assert.equal(typeof got, typeof want, `${id}: string or str template`);
      if (typeof want !== 'string') {
        assert.deepEqual([...got.strings], [...want.strings], `${id}: text`);
        assert.deepEqual(got.values, want.values, `${id}: placeholder order`);
        assert.ok(got.strTag, `${id}: a str template`);
      }
      const values = ['https://example.org/feed.json', 404];
      assert.equal(text(got, values), text(want, values), `${id} in ${locale}`);
    });
  });
}

test('a catalog that lacks a message, or has one too many, stops the build', () => {
  const de = generated('de');
  const lacking = de.replace(/^'status\.loading':.*\n/m, '');
  assert.throws(() => pack(lacking), /missing status\.loading/);
  const extra = de.replace(/^'status\.loading':/m, `'status.unknown': \`x\`,\n'status.loading':`);
  assert.throws(() => pack(extra), /unknown status\.unknown/);
});

test('a message that would not survive packing stops the build', () => {
  const de = generated('de');
  const cases = {
    '`zwei\nZeilen`': /status\.loading cannot be packed/,
    '`ein {0} wörtlich`': /status\.loading cannot be packed/,
    '`ein ${0} ohne str`': /status\.loading has placeholders but no str tag/,
    'str`ein ${name}`': /status\.loading: a placeholder is not a number/,
  };
  for (const [body, error] of Object.entries(cases)) {
    const broken = de.replace(/^('status\.loading':) .*,$/m, `$1 ${body},`);
    assert.throws(() => pack(broken), error, body);
  }
});

test('a message with a backslash, a backquote or ${ in it is packed as written', async () => {
  const text = 'a \\ b ` c ${ d';
  const written = generated('de').replace(/^('status\.loading':) .*,$/m, `$1 \`${text.replace(/\\|`|\$\{/g, (m) => `\\${m}`)}\`,`);
  const packed = await unpacked('escapes', written);
  assert.equal(packed[`~${ids.indexOf('status.loading').toString(36)}`], text);
});

test("the build writes the short id in each msg() call's options, and nowhere else", () => {
  const short = new Map([['status.empty', '~0']]);
  const code = `const a = msg('Vide', {id: 'status.empty', desc: 'Note'});\nconst b = 'status.empty';`;
  assert.equal(applyEdits(code, msgIdEdits(parseAst(code), short)), `const a = msg('Vide', {id: '~0', desc: 'Note'});\nconst b = 'status.empty';`);
  assert.throws(() => msgIdEdits(parseAst(`msg('x', {id: 'status.unknown'})`), short), /not in the catalogs: status\.unknown/);
  assert.throws(() => msgIdEdits(parseAst(`msg('x')`), short), /without an options object/);
});
