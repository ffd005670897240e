/**
 * Addresses a partner's feed may not send `check-reciprocity` to, unless the
 * person at the terminal says so (`--allow-private`): loopback, link-local,
 * private and other non-public networks, in IPv4 and IPv6.
 *
 * A feed is written by anyone, and the tool runs on an editor's machine or on a
 * server inside the town's network, where `http://127.0.0.1:8080/admin`, a
 * router at `192.168.1.1` or a cloud's metadata at `169.254.169.254` answer. A
 * partner feed naming them would make the tool knock on those doors and report
 * what it found. The check is made on the very addresses the connection uses
 * (`lookupRefusing` is the connection's own DNS lookup), so a name that resolves
 * to a public address when checked and to a private one when connecting does
 * not slip through.
 */
import {lookup, type LookupAddress, type LookupAllOptions} from 'node:dns';
import {BlockList, isIP} from 'node:net';

/** IPv4 networks that are not the public Internet. */
const IPV4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network": 0.0.0.0 reaches the machine itself
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

/** IPv6 networks that are not the public Internet (those carrying an IPv4 address are judged by it). */
const IPV6: readonly [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed by some)
  ['ff00::', 8], // multicast
];

const ipv4 = new BlockList();
for (const [network, prefix] of IPV4) ipv4.addSubnet(network, prefix, 'ipv4');
const ipv6 = new BlockList();
for (const [network, prefix] of IPV6) ipv6.addSubnet(network, prefix, 'ipv6');

/**
 * Whether `address` (an IP address, IPv6 with or without brackets or a zone)
 * is loopback, link-local, private or otherwise not public. Anything that is not
 * an IP address counts as private: only a public address is let through.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const zone = bare.indexOf('%');
  const ip = zone === -1 ? bare : bare.slice(0, zone);
  const version = isIP(ip);
  if (version === 4) return ipv4.check(ip, 'ipv4');
  if (version !== 6) return true;
  const embedded = embeddedIpv4(ip);
  return embedded !== undefined ? ipv4.check(embedded, 'ipv4') : ipv6.check(ip, 'ipv6');
}

/**
 * The IPv4 address an IPv6 one stands for, when it does: mapped (`::ffff:127.0.0.1`),
 * compatible (`::7f00:1`), NAT64 (`64:ff9b::7f00:1`) or 6to4 (`2002:7f00:1::`).
 */
function embeddedIpv4(ip: string): string | undefined {
  const words = ipv6Words(ip);
  const dotted = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  const zeros = (from: number, to: number) => words.slice(from, to).every((word) => word === 0);
  if (zeros(0, 5) && (words[5] === 0xffff || words[5] === 0)) return dotted(words[6], words[7]);
  if (words[0] === 0x64 && words[1] === 0xff9b && zeros(2, 6)) return dotted(words[6], words[7]);
  if (words[0] === 0x2002) return dotted(words[1], words[2]);
  return undefined;
}

/** The eight 16-bit words of a valid IPv6 address (`isIP` said so). */
function ipv6Words(ip: string): number[] {
  let text = ip.toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((word) => parseInt(word, 16)) : []);
  const first = parse(head);
  if (rest === undefined) return first;
  const last = parse(rest);
  return [...first, ...new Array(8 - first.length - last.length).fill(0), ...last];
}

/** A connection refused because its address is not public. */
export class PrivateAddressError extends Error {
  constructor(readonly address: string) {
    super(`private address ${address}`);
  }
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;
export type Lookup = (hostname: string, options: LookupAllOptions | {all?: false}, callback: LookupCallback) => void;

/**
 * `dns.lookup` as a connection calls it, refusing a name when any of its
 * addresses is `refused`: the connection then fails with a `PrivateAddressError`.
 */
export function lookupRefusing(refused: (address: string) => boolean = isPrivateAddress): Lookup {
  return (hostname, options, callback) =>
    lookup(hostname, {...options, all: true}, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = addresses.find(({address}) => refused(address));
      if (bad) return callback(new PrivateAddressError(bad.address), []);
      if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), {code: 'ENOTFOUND'}), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
}
