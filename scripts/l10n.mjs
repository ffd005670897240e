// `npm run l10n:extract` / `npm run l10n:build`: the element's catalogs
// (locales/*.xlf, from src/*.ts) and the command-line tool's own (locales/cli/*.xlf,
// from src/cli/*.ts), kept apart so the browser bundle carries no CLI text.
//
// lit-localize extracts from every file a program imports, so the CLI's run also
// sees the element's messages, which the CLI imports: they are pruned from
// locales/cli/, and at run time the CLI takes them from the element's catalogs.
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';

const CLI_CONFIG = 'lit-localize.cli.json';
const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: node scripts/l10n.mjs extract|build');
  process.exit(2);
}

/** Runs lit-localize, printing what it says (warnings included) that `keep` keeps. */
const run = (args, keep = () => true) => {
  const {status, stdout, stderr} = spawnSync('npx', ['lit-localize', ...args], {encoding: 'utf8'});
  for (const line of `${stdout}\n${stderr}`.split('\n')) {
    if (line.trim() && !line.includes('npm warn') && keep(line)) console.log(line);
  }
  if (status !== 0) process.exit(status ?? 1);
};

if (command === 'extract') {
  run(['extract']);
  run(['extract', '--config', CLI_CONFIG]);
  for (const file of readdirSync('locales/cli').filter((f) => f.endsWith('.xlf'))) {
    const path = `locales/cli/${file}`;
    const xml = readFileSync(path, 'utf8').replace(
      /<trans-unit id="(?!cli\.)[^"]*">[\s\S]*?<\/trans-unit>\n?/g,
      ''
    );
    writeFileSync(path, xml);
  }
} else {
  run(['build']);
  // The element's messages are missing from the CLI catalogs on purpose (see above);
  // lit-localize writes French stand-ins for them, which the element's catalogs
  // would hide anyway: leave them out.
  run(['build', '--config', CLI_CONFIG], (line) => !/message (?!cli\.)\S+ is missing/.test(line));
  const dir = 'src/i18n/generated/tool-locales';
  for (const file of readdirSync(dir)) {
    const path = `${dir}/${file}`;
    const code = readFileSync(path, 'utf8').replace(/^'(?!cli\.)[^'\n]*': [\s\S]*?(?=^'|^\s*\};)/gm, '');
    writeFileSync(path, code);
  }
}
