/**
 * Reading a response body with a size bound, for the element and the
 * command-line tool alike (both have `fetch`; neither needs the DOM).
 */
import {MAX_FEED_BYTES} from './limits.js';

/**
 * The body of a response, or `undefined` when it is past MAX_FEED_BYTES: told by
 * Content-Length first, then counted while reading, since a server may leave the
 * length out.
 */
export async function readBody(response: Response): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(0);
  if (Number(response.headers.get('Content-Length')) > MAX_FEED_BYTES) {
    void response.body.cancel().catch(() => {});
    return undefined;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FEED_BYTES) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
