// `npm run bench [-- --smoke | --runs N]`: the cards' benchmark (run.mjs), then the
// filters' and map's (explore.mjs), each given the same options. npm appends the
// options to the last command of a script only, so a script `a && b` would run `a`
// without `--smoke`.
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

for (const script of ['run.mjs', 'explore.mjs']) {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const {status} = spawnSync(process.execPath, [path, ...process.argv.slice(2)], {stdio: 'inherit'});
  if (status !== 0) process.exit(status ?? 1);
}
