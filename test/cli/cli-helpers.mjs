// Shared by the cli-*.test.mjs files: the `twin-cities` command run as a web editor
// runs it (node bin/twin-cities.js …), fixtures, temporary files, a local server.
// Needs the compiled lib/ (npm test builds first).
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {parseFeed} from '../../lib/core/feed.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/twin-cities.js');
export const fixture = (name) => join(root, 'test/fixtures', name);
export const demo = (name) => join(root, 'demo/feeds', name);

/** Runs the command; resolves with its exit code and output, whatever the code. */
export function run(args, {env = {}, cwd = root} = {}) {
  // A neutral environment: no LANG unless the test sets one.
  const base = {...process.env};
  delete base.LANG;
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], {cwd, env: {...base, ...env}}, (error, stdout, stderr) => {
      resolve({status: error ? error.code : 0, stdout, stderr});
    });
  });
}

export const noStackTrace = ({stdout, stderr}) => {
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace on stderr');
  assert.doesNotMatch(stdout, /\n\s+at /, 'no stack trace on stdout');
};

let tmp;
/** A fresh temporary folder, one per test file. */
export function tempDir() {
  tmp ??= mkdtempSync(join(tmpdir(), 'twin-cities-cli-'));
  return tmp;
}

/** Writes `content` (text or bytes) to a temporary file and returns its path. */
export function tempFile(name, content) {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** The feed printed by from-csv, checked with the element's parser: no problem left. */
export function feedOf(stdout) {
  const json = JSON.parse(stdout);
  const result = parseFeed(json, 'https://www.colombes.fr/jumelages.json');
  assert.ok(result.ok);
  assert.deepEqual(result.problems, []);
  return json;
}

/**
 * A local server for the demo feeds under /feeds/, plus `routes` (path → handler).
 * Resolves with its origin and a close() function.
 */
export async function serveFeeds(routes = {}) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (Object.prototype.hasOwnProperty.call(routes, path)) return routes[path](request, response);
    const match = /^\/feeds\/([a-z-]+\.json)$/.exec(path);
    let body;
    try {
      body = match && readFileSync(demo(match[1]));
    } catch {
      body = undefined;
    }
    if (!body) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, {'Content-Type': 'application/json'}).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close()};
}

/** A control or bidirectional-override character other than the line ends of the output itself. */
export const controlCharacter = /(?!\n)[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
