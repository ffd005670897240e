/**
 * What leaves the studio: the feed file, and the code that shows it on a page
 * (the element with `src`, or with the feed inline) or in WordPress (the shortcode).
 */
import {feedText} from '../core/feed-json.js';

export const FILE_NAME = 'jumelages.json';

/** Where a page loads the element from when the town does not host it itself. */
export const ELEMENT_URL = 'https://cdn.jsdelivr.net/npm/twin-cities/dist/twin-cities.js';

/** The file's text: UTF-8 JSON laid out as a person would write it, safe inline. */
export const fileText = (feed: unknown) => `${feedText(feed)}\n`;

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const script = `<script type="module" src="${ELEMENT_URL}"></script>`;

export function srcSnippet(url: string): string {
  return `${script}\n<twin-cities src="${attribute(url)}"></twin-cities>`;
}

export function inlineSnippet(feed: unknown): string {
  return `${script}\n<twin-cities>\n<script type="application/json">\n${feedText(feed)}\n</script>\n</twin-cities>`;
}

/** The shortcode; `"`, `[` and `]` would end it early, so they are percent-encoded in the URL. */
export function shortcode(url: string): string {
  const safe = url.replace(/["[\]<>]/g, (c) => encodeURIComponent(c));
  return `[twin_cities src="${safe}"]`;
}

/** Hands a file to the browser's download. */
export function download(text: string, name: string, where: Node & ParentNode): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'application/json;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  where.append(link);
  link.click();
  link.remove();
  // Firefox reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
