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
 * feed names.
 */
import {readFile, realpath, stat} from 'node:fs/promises';
import {isAbsolute, relative, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseUrl} from '../core/feed.js';
import {readBody} from '../core/body.js';
import type {ReadFailure} from '../core/read-failure.js';
import {DEFAULT_TIMEOUT_MS, MAX_FEED_BYTES} from '../core/limits.js';

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
 * Reads a URL found in a feed: http(s) from the web; a stand-in URL from disk only
 * when `folder` (the folder of the local feed given on the command line) holds it.
 */
export async function readLinked(url: string, folder?: string, timeout = TIMEOUT_MS): Promise<ReadOutcome> {
  if (!isStandIn(url)) return isWebUrl(url) ? readWeb(url, timeout) : {ok: false, kind: 'outside'};
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
