/**
 * The folders' import rules (docs/architecture.md) are enforced by the lint
 * configuration: each forbidden import below must be reported, and the allowed
 * ones must not.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {ESLint} from 'eslint';

const eslint = new ESLint();
const messagesOf = async (filePath, code) => {
  const [result] = await eslint.lintText(code, {filePath});
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals');
};

const forbidden = [
  ['src/core/probe.ts', "import {readFile} from 'node:fs/promises';\nexport const r = readFile;\n"],
  ['src/core/probe.ts', "import {LitElement} from 'lit';\nexport const l = LitElement;\n"],
  ['src/core/probe.ts', "import {TwinCitiesElement} from '../element/twin-cities.js';\nexport const t = TwinCitiesElement;\n"],
  ['src/core/probe.ts', 'export const title = () => document.title;\n'],
  ['src/element/probe.ts', "import {main} from '../cli/main.js';\nexport const m = main;\n"],
  ['src/element/probe.ts', "import {readFile} from 'node:fs/promises';\nexport const r = readFile;\n"],
  ['src/cli/probe.ts', "import {TwinCitiesElement} from '../element/twin-cities.js';\nexport const t = TwinCitiesElement;\n"],
];

for (const [file, code] of forbidden) {
  test(`lint refuses in ${file}: ${code.split('\n')[0]}`, async () => {
    assert.equal((await messagesOf(file, code)).length, 1);
  });
}

test('lint lets core import core and i18n, the element import core, the tool import core', async () => {
  assert.deepEqual(await messagesOf('src/core/probe.ts', "import {parseFeed} from './feed.js';\nexport const p = parseFeed;\n"), []);
  assert.deepEqual(await messagesOf('src/element/probe.ts', "import {parseFeed} from '../core/feed.js';\nexport const p = parseFeed;\n"), []);
  assert.deepEqual(await messagesOf('src/cli/probe.ts', "import {readFile} from 'node:fs/promises';\nimport {parseFeed} from '../core/feed.js';\nexport const p = [parseFeed, readFile];\n"), []);
});
