/**
 * Reading what the command line is given or a feed names: a local file or an
 * http(s) URL, bounded like the element's requests (5 MB, a timeout), with
 * failures as values.
 *
 * A local file gets a stand-in http URL under `https://local.invalid/` (a name that
 * can never resolve, RFC 2606) built from its absolute path. The feed parser only
 * keeps http(s) URLs, so this lets relative URLs in a local feed resolve as they
 * would once published, and lets `check-reciprocity` find `sopot.json` next to
 * `colombes.json` on disk: a stand-in URL is read back from the file it names.
 *
 * A stand-in URL can also be written in a feed by anyone, so it is read back only
 * when the person at the terminal gave a local feed, and only for a regular file
 * inside that feed's folder: never /dev/zero, /etc/… or a FIFO that a partner's
 * feed names. For the same reason a URL a feed names is read from a public
 * address only, redirects included, unless told otherwise (see private-address.ts).
 */
import {readFile, realpath, stat} from 'node:fs/promises';
import {request as httpRequest, type IncomingMessage} from 'node:http';
import {request as httpsRequest} from 'node:https';
import {isIP} from 'node:net';
import {isAbsolute, relative, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseUrl} from '../core/feed.js';
import {readBody} from '../core/body.js';
import type {ReadFailure} from '../core/read-failure.js';
import {DEFAULT_TIMEOUT_MS, MAX_FEED_BYTES} from '../core/limits.js';
import {isPrivateAddress, lookupRefusing, PrivateAddressError, type Lookup} from './private-address.js';

/** How long a URL may take, request and body (the element's default too). */
const TIMEOUT_MS = DEFAULT_TIMEOUT_MS;

const LOCAL_ORIGIN = 'https://local.invalid';

export type {ReadFailure};

export type ReadOutcome =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      /** What relative URLs inside resolve against: the final URL, or a file's stand-in. */
      readonly url: string;
      /** The path, for a local file. */
      readonly path?: string;
    }
  | ({readonly ok: false} & ReadFailure);

/** What reading a URL found in a feed gives: also refused, for a private address. */
export type LinkedOutcome = ReadOutcome | {readonly ok: false; readonly kind: 'private'; readonly address: string};

export interface LinkedOptions {
  /** Read from loopback, link-local and private addresses too. */
  readonly allowPrivate?: boolean;
  readonly timeout?: number;
  /** Which addresses are refused (default: the private ones); tests stand in for the Internet with it. */
  readonly refused?: (address: string) => boolean;
}

/** How many redirects a URL may go through, as `fetch` allows. */
const MAX_REDIRECTS = 20;

const isWebUrl = (source: string) => /^https?:\/\//i.test(source);

/** The stand-in http URL of a local file. */
function localUrl(path: string): string {
  return LOCAL_ORIGIN + pathToFileURL(resolve(path)).pathname;
}

/** Whether `url` is a stand-in for a local file (see above). */
export const isStandIn = (url: string) => parseUrl(url)?.origin === LOCAL_ORIGIN;

/**
 * The file a stand-in URL names, or `undefined` for a real URL or for a stand-in
 * that can name no file (`a%2Fb.json`: no file name holds a `/`). Never throws:
 * the URL comes from a feed.
 */
export function localPath(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (parsed?.origin !== LOCAL_ORIGIN) return undefined;
  try {
    return fileURLToPath(`file://${parsed.pathname}`);
  } catch {
    return undefined;
  }
}

/** Reads what the command line names: a local path, a `file:` URL or an http(s) URL. Never rejects. */
export async function readSource(source: string, timeout = TIMEOUT_MS): Promise<ReadOutcome> {
  if (source.startsWith('file:')) {
    try {
      return await readLocal(fileURLToPath(source));
    } catch {
      return {ok: false, kind: 'not-found'};
    }
  }
  return isWebUrl(source) ? readWeb(source, timeout) : readLocal(source);
}

/**
 * Reads a URL found in a feed: http(s) from the web, from public addresses only
 * unless `allowPrivate`; a stand-in URL from disk only when `folder` (the folder
 * of the local feed given on the command line) holds it.
 */
export async function readLinked(
  url: string,
  folder?: string,
  {allowPrivate = false, timeout = TIMEOUT_MS, refused = isPrivateAddress}: LinkedOptions = {}
): Promise<LinkedOutcome> {
  if (!isStandIn(url)) {
    if (!isWebUrl(url)) return {ok: false, kind: 'outside'};
    return allowPrivate ? readWeb(url, timeout) : readPublic(url, timeout, refused);
  }
  if (folder === undefined) return {ok: false, kind: 'outside'};
  const local = localPath(url);
  if (local === undefined) {
    // No such file can exist; still, one outside the folder is refused as such.
    const under = parseUrl(url)!.pathname.startsWith(`${pathToFileURL(resolve(folder)).pathname}/`);
    return {ok: false, kind: under ? 'not-found' : 'outside'};
  }
  if (!(await isInside(local, folder))) return {ok: false, kind: 'outside'};
  return readLocal(local);
}

/** Whether `path`, links followed, lies in `folder`. */
async function isInside(path: string, folder: string): Promise<boolean> {
  try {
    const [real, base] = await Promise.all([realpath(path), realpath(folder)]);
    const rel = relative(base, real);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  } catch {
    // A file that is not there is not read anyway; say it is missing, not forbidden.
    const rel = relative(resolve(folder), resolve(path));
    return !rel.startsWith('..') && !isAbsolute(rel);
  }
}

/**
 * Whether `output` is the very file `input` names (the same file on disk, through
 * a link or another spelling of its path): writing to it would destroy the input.
 */
export async function isSameFile(input: string, output: string): Promise<boolean> {
  try {
    const from = input.startsWith('file:') ? fileURLToPath(input) : input;
    const [a, b] = await Promise.all([stat(from), stat(output)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    // Either is missing (or a URL): nothing to overwrite.
    return false;
  }
}

async function readLocal(path: string): Promise<ReadOutcome> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return {ok: false, kind: 'directory'};
    // A device, a FIFO or a socket may never end (/dev/zero) or never answer.
    if (!info.isFile()) return {ok: false, kind: 'not-file'};
    if (info.size > MAX_FEED_BYTES) return {ok: false, kind: 'too-large'};
    const bytes = await readFile(path);
    return {ok: true, bytes, url: localUrl(path), path: resolve(path)};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
    if (code === 'ENOENT' || code === 'ENOTDIR') return {ok: false, kind: 'not-found'};
    if (code === 'EACCES' || code === 'EPERM') return {ok: false, kind: 'denied'};
    if (code === 'EISDIR') return {ok: false, kind: 'directory'};
    return {ok: false, kind: 'failed', code};
  }
}

async function readWeb(url: string, timeout: number): Promise<ReadOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: {Accept: 'application/json'},
      redirect: 'follow',
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return {ok: false, kind: 'http', status: response.status};
    }
    const bytes = await readBody(response);
    if (bytes === undefined) return {ok: false, kind: 'too-large'};
    return {ok: true, bytes, url: response.url || url};
  } catch {
    return controller.signal.aborted
      ? {ok: false, kind: 'timeout', seconds: Math.round(timeout / 1000)}
      : {ok: false, kind: 'network'};
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads an http(s) URL from public addresses only: each redirect is followed by
 * hand and checked like the first address, and every address a host name
 * resolves to is checked on the connection itself (`publicLookup`).
 */
async function readPublic(url: string, timeout: number, refused: (address: string) => boolean): Promise<LinkedOutcome> {
  const lookup = lookupRefusing(refused);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    let current = new URL(url);
    for (let redirects = 0; ; redirects++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') return {ok: false, kind: 'network'};
      // An address written as such is connected to without a lookup: check it here.
      const host = current.hostname.replace(/^\[|\]$/g, '');
      if (isIP(host) !== 0 && refused(host)) return {ok: false, kind: 'private', address: host};
      const response = await get(current, lookup, controller.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && location !== undefined) {
        response.resume();
        if (redirects === MAX_REDIRECTS) return {ok: false, kind: 'network'};
        current = new URL(location, current);
        continue;
      }
      if (status < 200 || status > 299) {
        response.resume();
        return {ok: false, kind: 'http', status};
      }
      const bytes = await bodyOf(response);
      return bytes === undefined ? {ok: false, kind: 'too-large'} : {ok: true, bytes, url: current.href};
    }
  } catch (error) {
    if (error instanceof PrivateAddressError) return {ok: false, kind: 'private', address: error.address};
    return controller.signal.aborted
      ? {ok: false, kind: 'timeout', seconds: Math.round(timeout / 1000)}
      : {ok: false, kind: 'network'};
  } finally {
    clearTimeout(timer);
  }
}

/** One GET, no redirect followed, no connection kept: the response, headers read. */
function get(url: URL, lookup: Lookup, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {headers: {Accept: 'application/json'}, lookup, agent: false, signal});
    outgoing.on('response', resolve);
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** The body, or `undefined` past MAX_FEED_BYTES (told by Content-Length, else counted). */
async function bodyOf(response: IncomingMessage): Promise<Uint8Array | undefined> {
  if (Number(response.headers['content-length']) > MAX_FEED_BYTES) {
    response.destroy();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_FEED_BYTES) {
      response.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}
