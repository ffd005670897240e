// The CSS of css`` templates is minified by Lightning CSS (scripts/rollup/minify-css.mjs),
// which keeps what a selector means: `[part=card] :focus-visible` (anything focused
// inside a card) must not become `[part=card]:focus-visible` (the focused card).
// Reads dist/ and lib/: `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {rollup} from 'rollup';
import {minifyCss, minifyCssTemplates} from '../../scripts/rollup/minify-css.mjs';
import {styles} from '../../lib/element/twin-cities.styles.js';

/** `source`, a module of src/, through the plugin alone: its output. */
async function build(source) {
  const id = '/virtual/src/fixture.ts';
  const bundle = await rollup({
    input: id,
    external: ['lit'],
    plugins: [{name: 'fixture', resolveId: (s) => (s === id ? id : null), load: (s) => (s === id ? source : null)}, minifyCssTemplates()],
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  return output[0].code;
}

test('a descendant combinator before a pseudo-class survives, and a compound selector stays one', async () => {
  const code = await build(`import {css} from 'lit';
export const styles = css\`
  [part=card] :focus-visible { outline: 2px solid red; }
  [part=card]:focus { outline: 2px solid blue; }
  [part=card] > :first-child , [part=card]  p { margin : 0 ; }
\`;`);
  assert.match(code, /\[part=card\] :focus-visible\{outline:2px solid red\}/);
  assert.match(code, /\[part=card\]:focus\{outline:2px solid #00f\}/);
  assert.match(code, /\[part=card\]>:first-child,\[part=card\] p\{margin:0\}/);
});

test('the template evaluates to the minified CSS, backslashes and backquotes included', async () => {
  const code = await build(`import {css} from 'lit';
export const styles = css\`.a::before { content: "\\\\2022 \\\\\\\`"; }\`;`);
  const body = code.slice(code.indexOf('css`') + 3, code.lastIndexOf('`') + 1);
  // The template's text as JavaScript reads it, compared with Lightning CSS's own output.
  assert.equal(new Function(`return ${body}`)(), minifyCss('.a::before { content: "\\2022 \\`"; }', 'a.css'));
});

test('a css`` template with ${} stops the build instead of being minified blindly', async () => {
  await assert.rejects(
    build(`import {css, unsafeCSS} from 'lit';\nexport const s = css\`a { color: \${unsafeCSS('red')} }\`;`),
    /cannot be minified/
  );
});

test('a selector Lightning CSS cannot parse stops the build', async () => {
  await assert.rejects(build(`import {css} from 'lit';\nexport const s = css\`[part=card :focus-visible { outline: 0 }\`;`), /Unexpected end of input/);
});

test("the bundle carries the element's styles as Lightning CSS minifies them, descendants kept", () => {
  const bundle = readFileSync('dist/twin-cities.js', 'utf8');
  const minified = minifyCss(styles.cssText, 'twin-cities.css');
  assert.ok(bundle.includes(minified), 'the minified styles are in dist/twin-cities.js');
  for (const selector of ['[part=card] p', '[part=themes] li']) assert.ok(minified.includes(`${selector}{`), selector);
});
