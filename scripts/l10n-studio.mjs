// The studio's catalogs (locales/studio/*.xlf, from src/studio/*.ts), kept apart
// from the element's and the command-line tool's, like theirs are from each other:
// lit-localize extracts from every file the studio imports, so the element's and
// the tool's messages are pruned here (at run time the studio takes them from
// their own catalogs). Run by `npm run l10n:extract` and `npm run l10n:build`.
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';

const CONFIG = 'lit-localize.studio.json';
const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: node scripts/l10n-studio.mjs extract|build');
  process.exit(2);
}

const run = (args, keep = () => true) => {
  const {status, stdout, stderr} = spawnSync('npx', ['lit-localize', ...args, '--config', CONFIG], {encoding: 'utf8'});
  for (const line of `${stdout}\n${stderr}`.split('\n')) {
    if (line.trim() && !line.includes('npm warn') && keep(line)) console.log(line);
  }
  if (status !== 0) process.exit(status ?? 1);
};

if (command === 'extract') {
  run(['extract']);
  for (const file of readdirSync('locales/studio').filter((f) => f.endsWith('.xlf'))) {
    const path = `locales/studio/${file}`;
    const xml = readFileSync(path, 'utf8').replace(/<trans-unit id="(?!studio\.)[^"]*">[\s\S]*?<\/trans-unit>\n?/g, '');
    writeFileSync(path, xml);
  }
} else {
  run(['build'], (line) => !/message (?!studio\.)\S+ is missing/.test(line));
  const dir = 'src/studio/generated/locales';
  for (const file of readdirSync(dir)) {
    const path = `${dir}/${file}`;
    const code = readFileSync(path, 'utf8').replace(/^\s*'(?!studio\.)[^'\n]*': [\s\S]*?(?=^'|^\s*\};)/gm, '');
    writeFileSync(path, code);
  }
}
