// What `npm publish` would ship: the element with its types, the one-file bundle,
// the manifest, the schema, the command-line tool; no sources of tests.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
);
const files = pack.files.map((f) => f.path);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('ships the bundle, the element with its types, the manifest, the schema and the tool', () => {
  for (const file of [
    'dist/twin-cities.js',
    'lib/index.js',
    'lib/index.d.ts',
    'lib/define.js',
    'lib/twin-cities.d.ts',
    'lib/feed.js',
    'custom-elements.json',
    'schema/twin-cities-feed.schema.json',
    'bin/twin-cities.js',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'package.json',
  ]) {
    assert.ok(files.includes(file), `${file} is not shipped`);
  }
});

test('ships no sources, tests, demo or WordPress plugin', () => {
  const stray = files.filter((f) => /^(src|test|demo|bench|wordpress|node_modules)\//.test(f));
  assert.deepEqual(stray, []);
});

test('every export points at a shipped file', () => {
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is not shipped`);
});

test('declares <twin-cities> for TypeScript users', () => {
  assert.match(readFileSync('lib/define.d.ts', 'utf8'), /'twin-cities': TwinCitiesElement/);
});
