/**
 * Rollup plugin for the one-file bundle: the same messages, fewer bytes. It works
 * on the syntax tree of each module (after TypeScript), never on patterns of text.
 *
 * - Ids such as 'problem.duplicate-id' are written six times (the source and five
 *   catalogs); in the bundle each becomes a short token (`~` and its rank in the
 *   sorted list of ids). Sources and catalogs keep their readable ids.
 * - Each catalog module that `lit-localize build` writes (an object of strings and
 *   str`` templates) becomes one text, a message per line in the order of the ids,
 *   placeholders written `{0}`, unpacked once when the bundle loads into the same
 *   object of strings and str`` templates.
 *
 * (The `desc` of msg() options, a note for translators, needs no plugin: our
 * msg() reads only `id`, and Rollup drops the object properties nothing reads.)
 *
 * Whatever it cannot do exactly (an id missing from the catalogs, a message with
 * a line break or a literal `{0}`) stops the build.
 */
import {readFileSync} from 'node:fs';
import {applyEdits, keyOf, templateBody, walk} from './estree.mjs';

const UNPACK = '\0twin-cities-unpack-catalog';

/** The ids of the element's messages, sorted, from an XLIFF file of `lit-localize extract`. */
export function messageIds(xliff) {
  return [...readFileSync(xliff, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();
}

const fail = (message) => {
  throw new Error(`compact-messages: ${message}`);
};

/** The object `export const templates = {…}` of a generated catalog's syntax tree. */
function templatesObject(ast) {
  for (const node of ast.body) {
    const declarator = node.type === 'ExportNamedDeclaration' ? node.declaration?.declarations?.[0] : undefined;
    if (declarator?.id.name === 'templates' && declarator.init?.type === 'ObjectExpression') return declarator.init;
  }
  return fail('the catalog exports no `templates` object');
}

/** A catalog message as one line: its text, `{n}` where placeholder n goes. */
function packedMessage(id, value) {
  const isStr = value.type === 'TaggedTemplateExpression' && value.tag.type === 'Identifier' && value.tag.name === 'str';
  const template = isStr ? value.quasi : value;
  if (template.type !== 'TemplateLiteral') fail(`message ${id} is not a template`);
  if (!isStr && template.expressions.length) fail(`message ${id} has placeholders but no str tag`);
  const parts = template.quasis.map((quasi) => quasi.value.cooked);
  if (parts.some((part) => part == null || part.includes('\n') || /\{\d+\}/.test(part))) {
    fail(`message ${id} cannot be packed: ${JSON.stringify(parts)}`);
  }
  return parts.reduce((line, part, i) => {
    const placeholder = template.expressions[i - 1];
    if (placeholder.type !== 'Literal' || !Number.isInteger(placeholder.value)) fail(`message ${id}: a placeholder is not a number`);
    return `${line}{${placeholder.value}}${part}`;
  });
}

/**
 * The catalog module the bundle carries instead of the generated one. `ast` is
 * the generated module's syntax tree; `ids`, every message id, sorted.
 */
export function packCatalog(ast, ids) {
  const entries = new Map();
  for (const property of templatesObject(ast).properties) {
    const id = keyOf(property);
    if (id === undefined) fail('the catalog has a computed or spread entry');
    entries.set(id, packedMessage(id, property.value));
  }
  const missing = ids.filter((id) => !entries.has(id));
  const extra = [...entries.keys()].filter((id) => !ids.includes(id));
  if (missing.length || extra.length) fail(`catalog does not match the ids (missing ${missing}, unknown ${extra})`);
  const text = ids.map((id) => entries.get(id)).join('\n');
  return `import {unpackCatalog} from '${UNPACK}';\nexport const templates = /*#__PURE__*/ unpackCatalog(\`${templateBody(text)}\`);\n`;
}

/** The unpacker, as a module: line i is the message whose short id is `~` + i in base 36. */
export const UNPACK_MODULE = `import {str} from '@lit/localize';
export const unpackCatalog = (text) => {
  const templates = {};
  text.split('\\n').forEach((line, i) => {
    const parts = line.split(/\\{(\\d+)\\}/);
    templates['~' + i.toString(36)] = parts.length < 2 ? line
      : str(parts.filter((_, k) => !(k % 2)), ...parts.filter((_, k) => k % 2).map(Number));
  });
  return templates;
};
`;

/** The edits that write the short id in place of each msg() call's `id`. */
export function msgIdEdits(ast, short) {
  const edits = [];
  walk(ast, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
    const options = node.arguments[1];
    if (options?.type !== 'ObjectExpression') fail('a msg() call without an options object');
    const id = options.properties.find((property) => keyOf(property) === 'id')?.value;
    if (id?.type !== 'Literal' || !short.has(id.value)) fail(`a msg() call whose id is not in the catalogs: ${id?.value}`);
    edits.push({start: id.start, end: id.end, text: `'${short.get(id.value)}'`});
  });
  return edits;
}

/**
 * `catalogs: false` builds the bundle with empty catalogs (French only), which
 * `npm run size` compares with the real one to measure what the locales add.
 */
export function compactMessages({xliff, catalogs = true}) {
  const ids = messageIds(xliff);
  const short = new Map(ids.map((id, i) => [id, `~${i.toString(36)}`]));
  return {
    name: 'compact-messages',
    resolveId: (source) => (source === UNPACK ? UNPACK : null),
    load: (id) => (id === UNPACK ? UNPACK_MODULE : null),
    transform(code, id) {
      if (/\/src\/i18n\/generated\/locales\/[^/]+\.ts$/.test(id)) {
        return {code: catalogs ? packCatalog(this.parse(code), ids) : 'export const templates = {};', map: null};
      }
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('msg(')) return null;
      const edits = msgIdEdits(this.parse(code), short);
      return edits.length ? {code: applyEdits(code, edits), map: null} : null;
    },
  };
}
