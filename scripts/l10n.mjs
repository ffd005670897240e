// `npm run l10n:extract` / `npm run l10n:build`: the element's catalogs
// (locales/*.xlf, from src/*.ts) and the command-line tool's own (locales/cli/*.xlf,
// from src/cli/*.ts), kept apart so the browser bundle carries no CLI text.
//
// lit-localize extracts from every file a program imports, so the CLI's run also
// sees the element's messages, which the CLI imports: they are pruned from
// locales/cli/, and at run time the CLI takes them from the element's catalogs.
import {execFileSync} from 'node:child_process';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';

const CLI_CONFIG = 'lit-localize.cli.json';
const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: node scripts/l10n.mjs extract|build');
  process.exit(2);
}

const run = (args, filter = () => true) => {
  const out = execFileSync('npx', ['lit-localize', ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  for (const line of out.split('\n')) if (line.trim() && filter(line)) console.log(line);
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
  // The element's messages are missing from the CLI catalogs on purpose (see above).
  run(['build', '--config', CLI_CONFIG], (line) => !/message (?!cli\.)\S+ is missing/.test(line));
}
