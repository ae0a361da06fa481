/**
 * The language that applies to `el`: its own `lang`, else the nearest ancestor's, crossing shadow
 * roots up to the document element, else `navigator.language`.
 */
export function inheritedLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    if (lang) return lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return typeof navigator !== 'undefined' ? navigator.language : 'en';
}

const watchers = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | null = null;

/**
 * Re-renders `host` whenever any `lang` attribute on the page changes, so a page can switch
 * language at run time. Returns the function that stops watching.
 */
export function watchLang(host: { requestUpdate(): void }): () => void {
  watchers.add(host);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => watchers.forEach((w) => w.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    watchers.delete(host);
    if (!watchers.size) {
      observer?.disconnect();
      observer = null;
    }
  };
}
