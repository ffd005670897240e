/**
 * What an element waits for before it loads: to near the viewport
 * (`loading="lazy"`), an inline feed that a CMS adds after the element, or the
 * parser to finish writing the page. Each returns the function that stops the
 * wait; `then` runs at most once.
 */

/** Calls `then` once `element` comes within `margin` of the viewport, as `<img loading="lazy">`. */
export function whenVisible(element: Element, margin: string, then: () => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      then();
    },
    {rootMargin: margin}
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/** Calls `then` once a change to `element`'s content makes `ready()` true. */
export function whenContent(element: Element, ready: () => boolean, then: () => void): () => void {
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    then();
  });
  observer.observe(element, {childList: true, subtree: true, characterData: true});
  return () => observer.disconnect();
}

/** Calls `then` once the parser has finished `doc` (`DOMContentLoaded`). */
export function whenParsed(doc: Document, then: () => void): () => void {
  doc.addEventListener('DOMContentLoaded', then, {once: true});
  return () => doc.removeEventListener('DOMContentLoaded', then);
}
