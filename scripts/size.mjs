// `npm run size`: what a CMS page downloads. Fails above the budget.
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const BUDGET_GZIP = 20 * 1024;
const AIM_GZIP = 14 * 1024;
const file = 'dist/twin-cities.js';
const code = readFileSync(file);
const gzip = gzipSync(code, {level: 9}).length;
const brotli = brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${code.length} B raw (${kb(code.length)}), ${gzip} B gzip (${kb(gzip)}), ${brotli} B brotli (${kb(brotli)})`);
console.log(`budget ${kb(BUDGET_GZIP)} gzip, aim ${kb(AIM_GZIP)}`);
const text = code.toString();
for (const [what, pattern] of [
  ['a source map', /sourceMappingURL/],
  ['Lit dev mode', /Lit is in dev mode/],
]) {
  if (pattern.test(text)) {
    console.error(`FAIL: the bundle contains ${what}`);
    process.exitCode = 1;
  }
}
if (gzip > BUDGET_GZIP) {
  console.error(`FAIL: ${gzip} B gzip is over the ${BUDGET_GZIP} B budget`);
  process.exitCode = 1;
}
