/**
 * What the build's plugins share to change a module through its syntax tree
 * (Rollup's `this.parse`, ESTree nodes with `start` and `end` offsets) rather
 * than through patterns on its text.
 */

/** Calls `visit` on `node` and every node under it, parents first. */
export function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit);
    } else if (value && typeof value.type === 'string') {
      walk(value, visit);
    }
  }
}

/** `code` with each `{start, end, text}` edit applied; edits must not overlap. */
export function applyEdits(code, edits) {
  let out = code;
  for (const {start, end, text} of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/** `text` written as the body of a template literal that evaluates back to it. */
export const templateBody = (text) => text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);

/** The local names under which `module` exports `name` are imported in `ast`. */
export function importedAs(ast, module, name) {
  const names = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== module) continue;
    for (const specifier of node.specifiers) {
      if (specifier.type === 'ImportSpecifier' && specifier.imported.name === name) names.add(specifier.local.name);
    }
  }
  return names;
}

/** A property's key as written: `id` and `'id'` both give `id`. */
export const keyOf = (property) =>
  property.type === 'Property' && !property.computed
    ? (property.key.type === 'Identifier' ? property.key.name : property.key.value)
    : undefined;
