/**
 * Rollup plugin for the one-file bundle: the same messages, fewer bytes.
 *
 * - Every msg() in src/ has an explicit `id` (test/node/locales.test.mjs checks),
 *   so @lit/localize's hash of the message text, used only for messages without
 *   one, is never called: it is replaced by a function that says so.
 * - Ids such as 'problem.duplicate-id' are written six times (the source and five
 *   catalogs); in the bundle each becomes a short token. Catalogs and sources keep
 *   their readable ids.
 */
import {readFileSync} from 'node:fs';

export function compactMessages({xliff}) {
  const ids = [...readFileSync(xliff, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();
  const short = new Map(ids.map((id, i) => [id, `~${i.toString(36)}`]));
  const quoted = new RegExp(`(['"\`])(${ids.map((id) => id.replace(/[.-]/g, '\\$&')).join('|')})\\1`, 'g');
  const HASH = '\0no-message-hash';
  return {
    name: 'compact-messages',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('@lit/localize') ? HASH : null;
    },
    load(id) {
      return id === HASH
        ? `export const generateMsgId = () => { throw new Error('twin-cities: a message has no id'); };`
        : null;
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = code.replace(quoted, (_, q, messageId) => `${q}${short.get(messageId)}${q}`);
      return out === code ? null : {code: out, map: null};
    },
  };
}
