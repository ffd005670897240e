/**
 * The element's number and keyword attributes as it uses them: a value that is
 * absent, blank or out of range means the default, never 0 or "forever" by accident.
 */
import {DEFAULT_TIMEOUT_MS} from '../core/limits.js';

export const DEFAULT_TIMEOUT = DEFAULT_TIMEOUT_MS;
export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_HEADING_LEVEL = 3;

/** Attribute converter: absent or blank is `fallback` (`Number("")` would be 0). */
export const numberOr = (fallback: number) => ({
  fromAttribute: (value: string | null) => (value === null || value.trim() === '' ? fallback : Number(value)),
});

/** Milliseconds before a load gives up; 0 waits forever. */
export const timeoutOf = (value: unknown): number =>
  typeof value === 'number' && value >= 0 ? value : DEFAULT_TIMEOUT;

/** Cards per page; 0 shows them all. */
export function pageSizeOf(value: unknown): number {
  const size = typeof value === 'number' ? Math.floor(value) : NaN;
  return Number.isFinite(size) && size >= 0 ? size : DEFAULT_PAGE_SIZE;
}

/** A card heading's level, 1 to 6. */
export function headingLevelOf(value: unknown): number {
  const level = typeof value === 'number' ? Math.floor(value) : NaN;
  return level >= 1 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
}

/** `loading="lazy"`, in any case, as for `<img>`. */
export const isLazy = (value: unknown): boolean => String(value).toLowerCase() === 'lazy';
