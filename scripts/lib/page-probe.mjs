// The page probe of scripts/bench-page.mjs and scripts/profile-page.mjs, so both time the same window: it is
// serialised into the page by Playwright's addInitScript, so it uses nothing from outside its own body.

/**
 * Installed before any page script: records in `window.__benchPage` when every data widget of `section` is
 * painted with data (`painted`, and the `ck-painted` performance mark), the next frame, and the page's
 * /api/collection responses with `own` set on those the section's widgets asked for.
 */
export function probe(section) {
  const SKIP = new Set(['CK-SOURCE', 'CK-DASHBOARD', 'CK-FILTER-BAR']);
  const widgets = () => {
    const root = section === 'all' ? document : document.getElementById(section);
    return root
      ? [...root.querySelectorAll('*')].filter((el) => el.tagName.startsWith('CK-') && !SKIP.has(el.tagName))
      : [];
  };
  const ready = (el) => {
    const d = el.data;
    return (
      !!el.shadowRoot &&
      !!d &&
      (d.status === 'success' || d.status === 'stale') &&
      !!d.data &&
      el.hasUpdated &&
      !el.isUpdatePending &&
      !el.shadowRoot.querySelector('.spinner')
    );
  };
  const result = { painted: null, widgets: 0, errors: [] };
  window.__benchPage = result;
  /** Per widget, the first animation frame (its callback's time) at which it was ready: drawn with data before it. */
  const firstReady = new Map();
  const tick = () => {
    const list = widgets();
    const now = performance.now();
    for (const el of list) if (!firstReady.has(el) && ready(el)) firstReady.set(el, now);
    if (document.readyState !== 'loading' && list.length && customElements.get('ck-source') && list.every(ready)) {
      result.widgets = list.length;
      // The requests of these widgets: same metric (last path segment) and the same non-empty query parameters.
      const asked = list.map((el) => {
        const params = Object.entries(el.query ?? {})
          .filter(([, v]) => v !== undefined && v !== null && v !== '')
          .map(([k, v]) => `${k}=${String(v)}`)
          .sort()
          .join('&');
        return `${el.metric}?${params}`;
      });
      const key = (name) => {
        const u = new URL(name);
        const params = [...u.searchParams]
          .map(([k, v]) => `${k}=${v}`)
          .sort()
          .join('&');
        return `${u.pathname.split('/').pop()}?${params}`;
      };
      // This frame's rendering update draws them: a task posted now runs once it is done (painted); the next
      // frame's callback runs after that, and after whatever else the page does in between.
      requestAnimationFrame(() => {
        result.nextFrame = performance.now();
      });
      const channel = new MessageChannel();
      channel.port2.postMessage(null);
      channel.port1.onmessage = () => {
        channel.port1.close();
        result.painted = performance.now();
        performance.mark('ck-painted'); // for traces (scripts/profile-page.mjs)
        result.responses = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/collection'))
          .map((e) => ({
            name: e.name.replace(/^.*\/api\/collection/, ''),
            end: e.responseEnd,
            own: section === 'all' || asked.includes(key(e.name)),
          }));
        result.perWidget = list.map((el, i) => ({ tag: el.localName, key: asked[i], ready: firstReady.get(el) }));
        result.unmatched = asked.filter(
          (a) => !result.responses.some((r) => r.own && key(`${location.origin}/x${r.name}`) === a),
        );
      };
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
