// check-reciprocity and the addresses a feed names: a partner feed at a loopback,
// link-local or private address is refused, with the reason, unless --allow-private;
// the feed named on the command line is read wherever it is. The test servers
// listen on 127.0.0.1, which is exactly such an address.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {run, tempFile} from './cli-helpers.mjs';
import {readLinked} from '../../lib/cli/sources.js';
import {isPrivateAddress} from '../../lib/cli/private-address.js';

const colombes = {version: 1, city: {name: 'Colombes', country: 'FR'}};
const listsColombes = JSON.stringify({version: 1, partners: [{id: 'colombes', name: 'Colombes', country: 'FR'}]});

/** A server on `host` answering `routes` (path → [status, headers, body]), counting the requests it gets. */
async function serve(host, routes) {
  const hits = [];
  const server = createServer((request, response) => {
    hits.push(request.url);
    const [status, headers, body] = routes(request.url) ?? [404, {}, 'Not found'];
    response.writeHead(status, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, host, resolve));
  return {origin: `http://${host}:${server.address().port}`, port: server.address().port, hits, close: () => server.close()};
}

describe('check-reciprocity refuses partner feeds at private addresses', () => {
  let server;
  before(async () => {
    server = await serve('127.0.0.1', (path) => {
      if (path === '/jumelages.json') {
        const partners = [{id: 'sopot', name: 'Sopot', country: 'PL', feed: '/sopot.json'}];
        return [200, {'Content-Type': 'application/json'}, JSON.stringify({...colombes, partners})];
      }
      if (path === '/sopot.json') return [200, {'Content-Type': 'application/json'}, listsColombes];
      return undefined;
    });
  });
  after(() => server.close());

  it('reads the feed given on the command line from 127.0.0.1, but not a partner feed there, and says why', async () => {
    server.hits.length = 0;
    const result = await run(['check-reciprocity', `${server.origin}/jumelages.json`]);
    assert.equal(result.status, 1);
    assert.deepEqual(server.hits, ['/jumelages.json']);
    assert.match(result.stdout, /^sopot\s+Sopot\s+flux illisible$/m);
    assert.ok(result.stdout.includes(`(${server.origin}/sopot.json)`), result.stdout);
    assert.match(result.stdout, /^Flux de sopot illisible .* L’adresse 127\.0\.0\.1 est privée ou locale\u00a0: elle n’est lue qu’avec --allow-private\.$/m);
  });

  it('reads it with --allow-private', async () => {
    server.hits.length = 0;
    const result = await run(['check-reciprocity', `${server.origin}/jumelages.json`, '--allow-private', '--json']);
    assert.equal(result.status, 0);
    assert.deepEqual(JSON.parse(result.stdout), {checked: 1, reciprocal: 1, missing: [], unreachable: []});
    assert.deepEqual(server.hits, ['/jumelages.json', '/sopot.json']);
  });

  it('refuses localhost, IPv6 loopback, link-local, private and mapped addresses, in English too', async () => {
    const port = server.port;
    const partners = [
      ['localhost', `http://localhost:${port}/sopot.json`],
      ['ipv6-loopback', `http://[::1]:${port}/sopot.json`],
      ['metadata', 'http://169.254.169.254/latest/meta-data/'],
      ['private', 'https://10.0.0.1/jumelages.json'],
      ['mapped', `http://[::ffff:127.0.0.1]:${port}/sopot.json`],
      ['decimal', `http://2130706433:${port}/sopot.json`],
    ].map(([id, feed]) => ({id, name: id, country: 'DE', feed}));
    const feed = tempFile('private-partners.json', JSON.stringify({...colombes, partners}));
    server.hits.length = 0;
    const result = await run(['check-reciprocity', feed, '--json', '--lang', 'en']);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout).unreachable, partners.map(({id}) => id));
    assert.deepEqual(server.hits, []);
    for (const {id} of partners) {
      assert.match(result.stderr, new RegExp(`^Cannot read the feed of ${id} \\(.*\\): The address \\S+ is private or local: it is read only with --allow-private\\.$`, 'm'));
    }
  });
});

describe('readLinked follows redirects itself and checks every hop', () => {
  // 127.0.0.2 stands for the Internet here: only 127.0.0.1 and ::1 count as private.
  const refused = (address) => address === '127.0.0.1' || address === '::1';
  let outside;
  let inside;
  before(async () => {
    inside = await serve('127.0.0.1', (path) => (path === '/secret.json' ? [200, {}, listsColombes] : undefined));
    outside = await serve('127.0.0.2', (path) => {
      if (path === '/to-address') return [302, {Location: `${inside.origin}/secret.json`}, ''];
      if (path === '/to-name') return [301, {Location: `http://localhost:${inside.port}/secret.json`}, ''];
      if (path === '/to-outside') return [307, {Location: '/feed.json'}, ''];
      if (path === '/feed.json') return [200, {}, listsColombes];
      if (path === '/loop') return [302, {Location: '/loop'}, ''];
      return undefined;
    });
  });
  after(() => {
    inside.close();
    outside.close();
  });

  it('refuses a redirect to a private address', async () => {
    const outcome = await readLinked(`${outside.origin}/to-address`, undefined, {refused});
    assert.deepEqual(outcome, {ok: false, kind: 'private', address: '127.0.0.1'});
    assert.deepEqual(inside.hits, []);
  });

  it('refuses a redirect to a name that resolves to a private address', async () => {
    const outcome = await readLinked(`${outside.origin}/to-name`, undefined, {refused});
    assert.equal(outcome.kind, 'private');
    assert.ok(refused(outcome.address), outcome.address);
    assert.deepEqual(inside.hits, []);
  });

  it('follows a redirect to a public address, and answers with the URL it ended at', async () => {
    const outcome = await readLinked(`${outside.origin}/to-outside`, undefined, {refused});
    assert.equal(outcome.ok, true);
    assert.equal(outcome.url, `${outside.origin}/feed.json`);
    assert.equal(new TextDecoder().decode(outcome.bytes), listsColombes);
  });

  it('gives up on a redirect loop', async () => {
    const outcome = await readLinked(`${outside.origin}/loop`, undefined, {refused});
    assert.deepEqual(outcome, {ok: false, kind: 'network'});
  });
});

describe('isPrivateAddress', () => {
  it('refuses loopback, link-local, private and reserved IPv4 and IPv6 addresses, and IPv4 written in IPv6', () => {
    for (const address of [
      '127.0.0.1', '127.255.255.254', '0.0.0.0', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1',
      '169.254.169.254', '100.64.0.1', '224.0.0.1', '255.255.255.255',
      '::', '::1', '[::1]', 'fe80::1', 'fe80::1%eth0', 'fd12:3456::1', 'fc00::1', 'ff02::1',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a9fe:a9fe', '2002:c0a8:101::1', '::7f00:1',
      'localhost', '',
    ]) {
      assert.equal(isPrivateAddress(address), true, address);
    }
  });

  it('lets public addresses through', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2a00:1450:4007:80c::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1']) {
      assert.equal(isPrivateAddress(address), false, address);
    }
  });
});
