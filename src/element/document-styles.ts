/**
 * Styles for an element moved into another document (a same-origin iframe): Lit
 * adopts a stylesheet constructed in the document that defined the element, and
 * browsers refuse to share a constructed stylesheet between documents, leaving
 * the element blank or unstyled. Each document gets its own copy, made once.
 */
import type {CSSResult} from 'lit';

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Gives `root` the `styles`, as a stylesheet of the document `root` is in now. */
export function adoptStylesIn(root: ShadowRoot, styles: CSSResult): void {
  const doc = root.ownerDocument;
  let sheet = sheets.get(doc);
  if (!sheet && doc.defaultView) {
    sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(styles.cssText);
    sheets.set(doc, sheet);
  }
  if (sheet) root.adoptedStyleSheets = [sheet];
}
