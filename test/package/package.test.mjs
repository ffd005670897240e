// What `npm publish` would ship: the element with its types, the one-file bundle,
// the manifest, the schema, the command-line tool; no sources of tests.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

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
    'lib/element/define.js',
    'lib/element/twin-cities.d.ts',
    'lib/core/feed.js',
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
  assert.match(readFileSync('lib/element/define.d.ts', 'utf8'), /'twin-cities': TwinCitiesElement/);
});

// The package as a user gets it: packed, installed in an empty project, then run.
// Its dependencies come from npm's cache when `npm ci` already fetched them.
test('installed from its tarball, the command-line tool runs and the feed module imports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'twin-cities-install-'));
  try {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
    );
    writeFileSync(join(dir, 'package.json'), '{"name": "a-town-site", "private": true}\n');
    execFileSync(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, packed.filename)],
      {cwd: dir, stdio: 'ignore'}
    );
    const cli = join(dir, 'node_modules', '.bin', 'twin-cities');
    const feed = join(process.cwd(), 'demo', 'feeds', 'bagnolet.json');
    const out = execFileSync(cli, ['validate', feed, '--json'], {cwd: dir, encoding: 'utf8'});
    assert.equal(JSON.parse(out).valid, true);
    const imported = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "import {parseFeed} from 'twin-cities/feed'; console.log(typeof parseFeed)"],
      {cwd: dir, encoding: 'utf8'}
    );
    assert.equal(imported.trim(), 'function');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
