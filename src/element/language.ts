/**
 * Which language an element speaks, read from the page the way the platform reads
 * it (`lang` on the element or its ancestors, then the browser's), and kept up to
 * date when a `lang` changes.
 */
import {matchLanguage, SOURCE_LOCALE, type Language} from '../core/language.js';

const FALLBACK: Language = {locale: SOURCE_LOCALE, tag: SOURCE_LOCALE};

/**
 * The language of `element`: its own `lang`, the closest ancestor's, `<html lang>`
 * (which `closest` reaches too), then the browser's languages, then French.
 * A `lang` that is present but unsupported (`es`, garbage) means French: the
 * page asked for a language we do not have, and the browser's wish does not apply.
 */
export function languageOf(element: Element): Language {
  // `closest` stops at a shadow root: continue from its host, up to <html>.
  for (let node: Element | null = element; node; ) {
    const host = node.closest('[lang]:not([lang=""])');
    if (host) return matchLanguage(host.getAttribute('lang')) ?? FALLBACK;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  const wishes = typeof navigator === 'undefined' ? [] : navigator.languages ?? [];
  for (const wish of wishes) {
    const match = matchLanguage(wish);
    if (match) return match;
  }
  return FALLBACK;
}

/** Elements to re-render when a `lang` changes; one observer serves them all. */
const watchers = new Set<{requestUpdate(): void}>();
let observer: MutationObserver | undefined;
const LANG_CHANGES: MutationObserverInit = {attributes: true, attributeFilter: ['lang'], subtree: true};

/**
 * Calls `element.requestUpdate()` whenever a `lang` attribute changes where it can
 * matter: anywhere in the element's document (its own, an ancestor's, `<html>`'s),
 * in every shadow root between the element and the document, which a document-wide
 * observer does not see into, or when the browser's languages change.
 * Returns the function that stops it.
 */
export function watchLanguage(element: Element & {requestUpdate(): void}): () => void {
  if (!observer) {
    // One task per element: an element that throws cannot keep the others stale.
    const update = () => {
      for (const watcher of watchers) queueMicrotask(() => watcher.requestUpdate());
    };
    observer = new MutationObserver(update);
    window.addEventListener('languagechange', update);
  }
  // Observing a node again only renews its options: one registration per node.
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    observer.observe(root, LANG_CHANGES);
  }
  observer.observe(element.ownerDocument.documentElement, LANG_CHANGES);
  watchers.add(element);
  return () => watchers.delete(element);
}
