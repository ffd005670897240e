/**
 * Rollup plugin for the one-file bundle: the same messages, fewer bytes.
 *
 * - Every msg() in src/ has an explicit `id` (test/i18n/locales.test.mjs checks),
 *   so @lit/localize's hash of the message text, used only for messages without
 *   one, is never called: it is replaced by a function that says so.
 * - Ids such as 'problem.duplicate-id' are written six times (the source and five
 *   catalogs); in the bundle each becomes a short token (`~` and its rank in the
 *   sorted list of ids). Catalogs and sources keep their readable ids.
 * - Each catalog module that `lit-localize build` writes (an object of strings and
 *   str`` templates) becomes one text, a message per line in the order of the ids,
 *   placeholders written `{0}`, unpacked once when the bundle loads: the quoted
 *   keys and template tags it drops cost about 440 B gzip for five catalogs.
 */
import {readFileSync} from 'node:fs';

const UNPACK = '\0twin-cities-unpack-catalog';

/**
 * The catalog module the bundle carries instead of the generated one, or an error
 * that says why it cannot be packed. `code` is the generated module after TypeScript.
 */
export function packCatalog(code, ids) {
  const entries = new Map();
  const entry = /'([^'\\]+)':\s*(str\s*)?`((?:[^`\\]|\\.)*)`/g;
  for (const [, id, tag, body] of code.matchAll(entry)) {
    const text = body.replace(/\$\{(\d+)\}/g, '{$1}');
    if (body.includes('\n') || (!tag && /\{\d+\}/.test(body)) || /\$\{(?!\d+\})/.test(body)) {
      throw new Error(`compact-messages: message ${id} cannot be packed: ${JSON.stringify(body)}`);
    }
    entries.set(id, text);
  }
  const missing = ids.filter((id) => !entries.has(id));
  const extra = [...entries.keys()].filter((id) => !ids.includes(id));
  if (missing.length || extra.length || !/export const templates/.test(code)) {
    throw new Error(`compact-messages: catalog does not match the ids (missing ${missing}, unknown ${extra})`);
  }
  const text = ids.map((id) => entries.get(id)).join('\n');
  return `import {unpackCatalog} from '${UNPACK}';\nexport const templates = /*#__PURE__*/ unpackCatalog(\`${text}\`);\n`;
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

/**
 * `catalogs: false` builds the bundle with empty catalogs (French only), which
 * `npm run size` compares with the real one to measure what the locales add.
 */
export function compactMessages({xliff, catalogs = true}) {
  const ids = [...readFileSync(xliff, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();
  const short = new Map(ids.map((id, i) => [id, `~${i.toString(36)}`]));
  const quoted = new RegExp(`(['"\`])(${ids.map((id) => id.replace(/[.-]/g, '\\$&')).join('|')})\\1`, 'g');
  const HASH = '\0no-message-hash';
  return {
    name: 'compact-messages',
    resolveId(source, importer) {
      if (source === UNPACK) return UNPACK;
      return source === './id-generation.js' && importer?.includes('@lit/localize') ? HASH : null;
    },
    load(id) {
      if (id === UNPACK) return UNPACK_MODULE;
      return id === HASH
        ? `export const generateMsgId = () => { throw new Error('twin-cities: a message has no id'); };`
        : null;
    },
    transform(code, id) {
      if (/\/src\/i18n\/generated\/locales\/[^/]+\.ts$/.test(id)) {
        return {code: catalogs ? packCatalog(code, ids) : 'export const templates = {};', map: null};
      }
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = code.replace(quoted, (_, q, messageId) => `${q}${short.get(messageId)}${q}`);
      return out === code ? null : {code: out, map: null};
    },
  };
}
