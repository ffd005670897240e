// Every output that docs/publishing.md quotes is what the tool prints: the commands
// of the page, run on the files of test/fixtures/cli (a copy of the demo's Colombes
// feed as jumelages.json, a sheet as partenaires.csv) and on a local server
// standing in for www.colombes.fr.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {demo, fixture, root, run, serveFeeds} from './cli-helpers.mjs';

const page = readFileSync(`${root}/docs/publishing.md`, 'utf8');
/** The ```text block that follows the ```sh block holding `command`. */
function quoted(command) {
  const at = page.indexOf(command);
  assert.notEqual(at, -1, `docs/publishing.md shows ${command}`);
  const block = /```text\n([\s\S]*?)```/.exec(page.slice(at));
  return block[1];
}
const cwd = fixture('cli');

describe('docs/publishing.md quotes the tool as it speaks', () => {
  it('from-csv: the problems of a sheet, with their rows', async () => {
    const result = await run(['from-csv', 'partenaires.csv', '--city', 'Colombes', '--country', 'FR'], {cwd});
    assert.equal(result.status, 1);
    assert.equal(result.stderr, quoted('npx twin-cities from-csv partenaires.csv --city "Colombes" --country FR > jumelages.json'));
  });

  it('validate: a clean feed', async () => {
    const result = await run(['validate', 'jumelages.json'], {cwd});
    assert.equal(result.status, 0);
    assert.equal(result.stdout, quoted('npx twin-cities validate https://www.colombes.fr/jumelages.json'));
  });

  describe('check-reciprocity, with www.colombes.fr served locally', () => {
    let server;
    const file = (name) => (request, response) =>
      response.writeHead(200, {'Content-Type': 'application/json'}).end(readFileSync(demo(name)));
    before(async () => {
      server = await serveFeeds({
        '/jumelages.json': file('colombes.json'),
        '/frankenthal.json': file('frankenthal.json'),
        '/sopot.json': file('sopot.json'),
      });
    });
    after(() => server.close());

    it('the table, why a feed is unreadable, and the totals', async () => {
      // The stand-in for www.colombes.fr is on 127.0.0.1, a private address.
      const result = await run(['check-reciprocity', `${server.origin}/jumelages.json`, '--allow-private']);
      assert.equal(result.status, 1);
      const shown = result.stdout.replaceAll(server.origin, 'https://www.colombes.fr');
      assert.equal(shown, quoted('npx twin-cities check-reciprocity https://www.colombes.fr/jumelages.json\n```'));
    });
  });
});
