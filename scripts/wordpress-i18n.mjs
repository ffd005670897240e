/**
 * Compiles the WordPress plugin's translations, with no gettext tools needed:
 * each `languages/twin-cities-LOCALE.po` gives
 * - `twin-cities-LOCALE.mo`, read by load_plugin_textdomain() (PHP strings, block.json);
 * - `twin-cities-LOCALE-twin-cities-partners-editor-script.json`, read by
 *   wp_set_script_translations() for the strings of editor.js.
 *
 * Usage: node scripts/wordpress-i18n.mjs   (also run by scripts/wordpress-zip.mjs)
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const LANGUAGES_DIR = fileURLToPath(new URL('../wordpress/twin-cities/languages/', import.meta.url));
const EDITOR_SCRIPT_HANDLE = 'twin-cities-partners-editor-script';

/** Parses a .po file into entries `{context, id, plural, strings, references, fuzzy}`. */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const start = () => {
    if (!entry || entry.id !== undefined) {
      entry = {context: undefined, id: undefined, plural: undefined, strings: [], references: [], fuzzy: false};
      entries.push(entry);
    }
  };
  const unquote = (s) =>
    JSON.parse(s.replace(/\\(?!["\\nt])/g, '\\\\').replace(/\t/g, '\\t'));
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      field = null;
      continue;
    }
    if (line.startsWith('#')) {
      if (!entry || entry.id !== undefined) start();
      if (line.startsWith('#:')) entry.references.push(...line.slice(2).trim().split(/\s+/));
      if (line.startsWith('#,') && line.includes('fuzzy')) entry.fuzzy = true;
      continue;
    }
    const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (match) {
      const [, keyword, index, value] = match;
      if (keyword === 'msgctxt' || (keyword === 'msgid' && (!entry || entry.id !== undefined))) start();
      if (keyword === 'msgctxt') field = ['context'];
      else if (keyword === 'msgid') field = ['id'];
      else if (keyword === 'msgid_plural') field = ['plural'];
      else field = ['strings', Number(index ?? 0)];
      set(entry, field, unquote(value));
    } else if (line.startsWith('"') && field) {
      set(entry, field, get(entry, field) + unquote(line));
    } else {
      throw new Error(`Cannot read this .po line: ${raw}`);
    }
  }
  return entries.filter((e) => e.id !== undefined);
}

const get = (entry, [key, index]) => (index === undefined ? entry[key] : entry[key][index]);
const set = (entry, [key, index], value) => {
  if (index === undefined) entry[key] = value;
  else entry[key][index] = value;
};

const translated = (e) => !e.fuzzy && e.strings.length > 0 && e.strings.every((s) => s !== '');

/** A GNU .mo file (little-endian, no hash table) from parsed entries. */
export function compileMo(entries) {
  const pairs = entries
    .filter((e) => e.id === '' || translated(e))
    .map((e) => [
      Buffer.from((e.context !== undefined ? e.context + '\x04' : '') + e.id + (e.plural !== undefined ? '\0' + e.plural : '')),
      Buffer.from(e.strings.join('\0')),
    ])
    .sort(([a], [b]) => Buffer.compare(a, b));
  const n = pairs.length;
  const headerSize = 28;
  const originalsTable = headerSize;
  const translationsTable = originalsTable + n * 8;
  let offset = translationsTable + n * 8;
  const header = Buffer.alloc(headerSize + n * 16);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(originalsTable, 12);
  header.writeUInt32LE(translationsTable, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(offset, 24);
  const strings = [];
  for (const column of [0, 1]) {
    const table = column === 0 ? originalsTable : translationsTable;
    pairs.forEach((pair, i) => {
      const bytes = pair[column];
      header.writeUInt32LE(bytes.length, table + i * 8);
      header.writeUInt32LE(offset, table + i * 8 + 4);
      strings.push(bytes, Buffer.from([0]));
      offset += bytes.length + 1;
    });
  }
  return Buffer.concat([header, ...strings]);
}

/** The Jed 1.x JSON that wp_set_script_translations() reads, for the strings of `file`. */
export function compileJed(entries, file, locale) {
  const header = entries.find((e) => e.id === '');
  const pluralForms = /Plural-Forms:\s*([^\n]*)/.exec(header?.strings[0] ?? '')?.[1] ?? 'nplurals=2; plural=(n != 1);';
  const messages = {'': {domain: 'messages', lang: locale, 'plural-forms': pluralForms}};
  for (const e of entries) {
    if (e.id === '' || !translated(e) || !e.references.some((r) => r.replace(/:\d+$/, '') === file)) continue;
    messages[(e.context !== undefined ? e.context + '\x04' : '') + e.id] = e.strings;
  }
  return JSON.stringify({domain: 'messages', locale_data: {messages}}) + '\n';
}

/** Writes the .mo and editor JSON next to every .po; returns the file names written. */
export function compileLanguages(dir = LANGUAGES_DIR) {
  const written = [];
  for (const name of readdirSync(dir).sort()) {
    const match = /^twin-cities-([a-z]{2,3}(?:_[A-Z]{2})?)\.po$/.exec(name);
    if (!match) continue;
    const locale = match[1];
    const entries = parsePo(readFileSync(join(dir, name), 'utf8'));
    const mo = `twin-cities-${locale}.mo`;
    const json = `twin-cities-${locale}-${EDITOR_SCRIPT_HANDLE}.json`;
    writeFileSync(join(dir, mo), compileMo(entries));
    writeFileSync(join(dir, json), compileJed(entries, 'editor.js', locale));
    written.push(mo, json);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of compileLanguages()) console.log(`wrote wordpress/twin-cities/languages/${name}`);
}
