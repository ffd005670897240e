/**
 * Rollup plugin: the CSS of Lit's css`` templates, minified by Lightning CSS, a
 * real CSS parser. Terser leaves template text alone, and patterns on the text
 * cannot tell `[part=card] :focus-visible` (any focused element inside a card)
 * from `[part=card]:focus-visible` (the focused card).
 *
 * Runs after TypeScript, on JavaScript. A css`` template with `${}` parts stops
 * the build: its pieces are not CSS on their own, so it could not be minified
 * safely (write the value as a custom property instead).
 */
import {transform} from 'lightningcss';
import {applyEdits, importedAs, templateBody, walk} from './estree.mjs';

/** Browsers with container queries, which the element's styles need anyway. */
export const CSS_TARGETS = {chrome: 105 << 16, firefox: 110 << 16, safari: 16 << 16};

/** `css` minified; Lightning CSS throws on CSS it cannot parse. */
export function minifyCss(css, filename) {
  return transform({filename, code: Buffer.from(css), minify: true, targets: CSS_TARGETS}).code.toString();
}

export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css')) return null;
      const ast = this.parse(code);
      const tags = importedAs(ast, 'lit', 'css');
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) return;
        const {quasis, expressions} = node.quasi;
        if (expressions.length || quasis[0].value.cooked == null) {
          this.error(`a css\`\` template with \${} or an invalid escape cannot be minified`, node.start);
        }
        const [quasi] = quasis;
        edits.push({start: quasi.start, end: quasi.end, text: templateBody(minifyCss(quasi.value.cooked, id))});
      });
      return edits.length ? {code: applyEdits(code, edits), map: null} : null;
    },
  };
}
