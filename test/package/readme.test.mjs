// The README's API tables list everything the element declares in its JSDoc,
// which is also what custom-elements.json (built by `cem analyze`) says.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'twin-cities');

/** The first column of the README table under `heading`. */
function column(heading) {
  const section = readme.split(`### ${heading}`)[1]?.split('\n### ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|')[1].trim().replace(/`/g, ''));
}

test('the manifest declares <twin-cities>', () => {
  assert.ok(element, 'no twin-cities in custom-elements.json');
});

for (const [kind, heading, names] of [
  ['attribute', 'Attributes and properties', () => element.attributes.map((a) => a.name)],
  ['event', 'Events', () => element.events.map((e) => e.name)],
  ['part', 'Parts', () => element.cssParts.map((p) => p.name)],
  ['custom property', 'Custom properties', () => element.cssProperties.map((p) => p.name)],
]) {
  test(`the README documents every ${kind}, and only those`, () => {
    assert.deepEqual(column(heading).sort(), names().sort());
  });
}

test('the README documents every public property and method', () => {
  const members = element.members.filter((m) => m.privacy !== 'private' && !m.static && !m.name.startsWith('#'));
  for (const {name} of members) assert.match(readme, new RegExp(`\`${name}(\\(|\`)`), name);
});
