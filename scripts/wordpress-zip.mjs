/**
 * Packs the WordPress plugin: copies the element's bundle into
 * `wordpress/twin-cities/assets/`, compiles the translations, and writes
 * `dist/twin-cities-wordpress.zip` with the folder `twin-cities/` at its root, the
 * layout that Plugins → Add New → Upload Plugin expects. The feed studio's module
 * (`dist/twin-cities-studio.js`, the editor of the plugin's Twin cities screen) goes
 * into the zip as `twin-cities/assets/twin-cities-studio.js` when the build wrote it.
 *
 * A small zip writer (deflate from node:zlib) rather than a dependency: the format
 * needs only a local header per file and a central directory.
 */
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as zlib from 'node:zlib';

const {deflateRawSync} = zlib;

/** CRC-32 of the zip format: zlib's own from Node 20.15, else computed here. */
const crc32 =
  zlib.crc32 ??
  ((data) => {
    let crc = ~0;
    for (const byte of data) {
      crc ^= byte;
      for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    return ~crc >>> 0;
  });
import {compileLanguages} from './wordpress-i18n.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pluginDir = join(root, 'wordpress', 'twin-cities');
const zipPath = join(root, 'dist', 'twin-cities-wordpress.zip');

mkdirSync(join(pluginDir, 'assets'), {recursive: true});
copyFileSync(join(root, 'dist', 'twin-cities.js'), join(pluginDir, 'assets', 'twin-cities.js'));
compileLanguages();

/** Every file under `dir`, sorted, as paths relative to `base` with `/` separators. */
function files(dir, base) {
  return readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return files(path, base);
      if (!entry.isFile() || entry.name === '.DS_Store') return [];
      return [relative(base, path).split(sep).join('/')];
    });
}

/** MS-DOS date and time fields of a zip entry. */
function dosDateTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return {time, day};
}

/** A zip archive of `entries` ({name, data, date}): deflated, or stored when that is smaller. */
export function zip(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const {name, data, date} of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, {level: 9});
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = crc32(data);
    const {time, day} = dosDateTime(date);

    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(day, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, nameBytes, body);

    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the mode below is read)
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt16LE(time, 12);
    record.writeUInt16LE(day, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(body.length, 20);
    record.writeUInt32LE(data.length, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE(((0o100644 << 16) >>> 0), 38); // regular file, rw-r--r--
    record.writeUInt32LE(offset, 42);
    central.push(record, nameBytes);

    offset += header.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const entries = files(pluginDir, join(pluginDir, '..')).map((name) => {
  const path = join(pluginDir, '..', name);
  return {name, data: readFileSync(path), date: statSync(path).mtime};
});
const studio = join(root, 'dist', 'twin-cities-studio.js');
if (existsSync(studio)) {
  entries.push({name: 'twin-cities/assets/twin-cities-studio.js', data: readFileSync(studio), date: statSync(studio).mtime});
} else {
  console.warn('dist/twin-cities-studio.js is missing: the zip has no list editor for its Twin cities screen');
}
mkdirSync(join(root, 'dist'), {recursive: true});
const archive = zip(entries);
writeFileSync(zipPath, archive);
console.log(`wrote dist/twin-cities-wordpress.zip (${entries.length} files, ${archive.length} bytes)`);
