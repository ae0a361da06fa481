/**
 * On-screen widgets draw their data first. A widget whose dashboard (or, outside a dashboard, the widget
 * itself) is off screen waits to draw new data while an on-screen widget still shows its loading state;
 * it draws in the task after the frame that painted the on-screen widgets, as soon as it scrolls into
 * view, when the page prints, when `renderWaitingNow()` is called, or at the latest `MAX_WAIT_MS` after
 * it began to wait. One `IntersectionObserver` for the page; nothing waits before it has reported.
 */

/** Longest time an off-screen widget waits for the on-screen ones (ms). */
export const MAX_WAIT_MS = 2000;

/** Distance from the viewport within which a dashboard counts as on screen. */
const MARGIN = '200px';

interface Watched {
  /** The element whose visibility decides: the nearest `<ck-dashboard>`, or the widget. */
  unit: Element;
  /** Whether the widget's last render showed its loading state. */
  loading: boolean;
}

const watched = new Map<HTMLElement, Watched>();
const onScreen = new Map<Element, boolean>();
const waiting = new Map<HTMLElement, () => void>();
let observer: IntersectionObserver | null = null;
let flushPlanned = false;
let capTimer: ReturnType<typeof setTimeout> | undefined;

const visible = (unit: Element) => onScreen.get(unit) !== false;

function onScreenLoading(): boolean {
  for (const w of watched.values()) if (w.loading && visible(w.unit)) return true;
  return false;
}

function release(el: HTMLElement): void {
  const go = waiting.get(el);
  if (!go) return;
  waiting.delete(el);
  go();
  if (!waiting.size) {
    clearTimeout(capTimer);
    capTimer = undefined;
  }
}

/** Lets `el` draw now if it waits for its turn (an export of its data), and resolves once it has updated. */
export async function drawNow(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  release(el);
  await el.updateComplete;
}

/** Lets every waiting widget draw now (an export of the whole dashboard, printing). */
export function renderWaitingNow(): void {
  for (const el of [...waiting.keys()]) release(el);
}

/** After the frame that draws the on-screen widgets' data: the next animation frame, then a task after its paint. */
function planFlush(): void {
  if (!waiting.size || flushPlanned || onScreenLoading()) return;
  flushPlanned = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      flushPlanned = false;
      renderWaitingNow();
    }),
  );
}

function observe(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    onScreen.set(entry.target, entry.isIntersecting);
    if (entry.isIntersecting) for (const [el, w] of watched) if (w.unit === entry.target) release(el);
  }
  planFlush();
}

/** Starts following `el` (call when it connects). Without `IntersectionObserver`, nothing ever waits. */
export function watchTurn(el: HTMLElement): void {
  if (typeof IntersectionObserver === 'undefined') return;
  if (!observer) {
    observer = new IntersectionObserver(observe, { rootMargin: MARGIN });
    window.addEventListener('beforeprint', renderWaitingNow);
  }
  const unit = el.closest('ck-dashboard') ?? el;
  watched.set(el, { unit, loading: false });
  observer.observe(unit);
}

/** Stops following `el` (call when it disconnects); a render it was waiting for goes ahead. */
export function unwatchTurn(el: HTMLElement): void {
  const w = watched.get(el);
  watched.delete(el);
  release(el);
  if (w && ![...watched.values()].some((o) => o.unit === w.unit)) {
    observer?.unobserve(w.unit);
    onScreen.delete(w.unit);
  }
  planFlush();
}

/** Records whether `el`'s last render showed its loading state (call after each render). */
export function reportLoading(el: HTMLElement, loading: boolean): void {
  const w = watched.get(el);
  if (!w) return;
  w.loading = loading;
  if (!loading) planFlush();
}

/**
 * What `el`'s `scheduleUpdate` awaits before it renders: a promise while it is off screen and an on-screen
 * widget is still loading; nothing otherwise, so the usual update stays synchronous.
 */
export function renderTurn(el: HTMLElement): Promise<void> | undefined {
  const w = watched.get(el);
  if (!w || visible(w.unit) || !onScreenLoading()) return undefined;
  capTimer ??= setTimeout(renderWaitingNow, MAX_WAIT_MS);
  return new Promise<void>((resolve) => waiting.set(el, resolve));
}
