// The published declarations (lib/, `npm run build` first) give the element's
// events their `detail` types: test/package/types/events.ts must type-check as
// an npm user's code would, importing 'twin-cities'.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

test("addEventListener('load' | 'error' | 'reciprocity') knows the event's detail", () => {
  const {status, stdout, stderr} = spawnSync(process.execPath, [tsc, '--noEmit', '-p', 'test/package/types/tsconfig.json'], {
    encoding: 'utf8',
  });
  assert.equal(status, 0, `${stdout}${stderr}`);
});
