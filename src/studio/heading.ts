/**
 * The studio's headings, at the level the host page asks for: alone on its page
 * the studio's title is an `<h1>`; inside a page that has its own `<h1>` (a CMS
 * screen), `heading-level="2"` makes it an `<h2>`, and every heading below it
 * moves down with it, so the page keeps one outline with no level skipped.
 */
import {ifDefined} from 'lit/directives/if-defined.js';
import {html, literal} from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** How deep the studio's own outline goes: its title, its parts, what is inside them. */
export type Depth = 1 | 2 | 3;

/** The highest level the title may take, so the deepest heading is still an `<h6>`. */
export const MAX_HEADING_LEVEL = TAGS.length - 2;

/** `heading-level` as given (a number, or not one) → the title's level, 1 to 4. */
export function headingLevelOf(value: unknown): number {
  const level = Math.trunc(Number(value));
  if (!(level >= 1)) return 1;
  return Math.min(level, MAX_HEADING_LEVEL);
}

export interface HeadingOptions {
  readonly id?: string;
  /** Focus is moved to it (`tabindex="-1"`). */
  readonly focusable?: boolean;
}

/**
 * A heading `depth` levels into the studio, its tag from the title's `level`. The
 * class names the depth, for the styles: the tag alone says nothing of its role.
 */
export function heading(level: number, depth: Depth, content: unknown, {id, focusable = false}: HeadingOptions = {}) {
  const tag = TAGS[headingLevelOf(level) + depth - 2];
  // A tag from the fixed list above (lit's static html), which the lint's HTML reading does not know.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} class="heading-${depth}" id=${ifDefined(id)} tabindex=${ifDefined(focusable ? '-1' : undefined)}>${content}</${tag}>`;
}
