/**
 * How from-csv prints a feed: the way a person would write it by hand, safe to paste
 * into `<script type="application/json">` (an inline feed).
 */
import {printableJson} from './printable.js';

/**
 * The feed as text. Every `<` is written `\u003c` (only strings can hold one, and
 * JSON reads it back the same): a summary holding `</script>` would otherwise end
 * the inline feed's script element and break the page. Bidirectional overrides
 * and C1 controls are escaped too, for the terminal the feed may be printed to.
 */
export function feedText(feed: unknown): string {
  return printableJson(formatJson(feed).replace(/</g, '\\u003c'));
}

/**
 * JSON laid out like a hand-written feed: a short object or list of plain values
 * on one line (`"location": { "lat": 52.7545, "lon": 13.2369 }`), the rest indented.
 */
function formatJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  const flat = (Array.isArray(value) ? value : Object.values(value)).every((v) => v === null || typeof v !== 'object');
  if (Array.isArray(value)) {
    const items = value.map((item) => formatJson(item, inner));
    const line = `[${items.join(', ')}]`;
    return flat && indent.length + line.length <= 100 ? line : `[\n${items.map((i) => inner + i).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${formatJson(v, inner)}`);
  if (entries.length === 0) return '{}';
  const line = `{ ${entries.join(', ')} }`;
  return flat && indent.length + line.length <= 100 ? line : `{\n${entries.map((e) => inner + e).join(',\n')}\n${indent}}`;
}
