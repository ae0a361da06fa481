/**
 * The autoloader: one module script, and a page pays only for the widgets it shows.
 *
 * ```html
 * <script type="module" src="/vendor/collectkit/autoloader.js"></script>
 * <ck-source id="bank" adapter="rest" base-url="/api/collection"></ck-source>
 * <ck-kpi-tile source="bank" metric="overdue" bucket="M1+"></ck-kpi-tile>
 * ```
 *
 * It looks for `ck-*` elements that are not defined yet, in the page and in what is added to it later,
 * and imports each one's module (`ck-kpi-tile.js`) from the folder the autoloader was loaded from;
 * modules share their common code as chunks, fetched once. Same-origin module imports only, so it runs
 * under a strict Content-Security-Policy (`script-src 'self'`). Unknown `ck-*` tags are reported once
 * on the console and left alone.
 */

const folder = new URL('./', import.meta.url);
const requested = new Set<string>();

/** Imports the module of `tag` unless it is defined or already asked for. */
function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  import(/* @vite-ignore */ new URL(`${tag}.js`, folder).href).catch((error: unknown) => {
    console.warn(
      `collectkit autoloader: no module for <${tag}> in ${folder.href} (${error instanceof Error ? error.message : String(error)})`,
    );
  });
}

/** Loads every undefined `ck-*` element at or under `root`. */
function discover(root: Element | Document): void {
  if (root instanceof Element && root.localName.startsWith('ck-')) load(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) if (el.localName.startsWith('ck-')) load(el.localName);
}

discover(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });

export {};
