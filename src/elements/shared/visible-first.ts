import { setFetchPolicy } from '../../query/fetch-turn.js';

/**
 * On-screen widgets fetch and draw their data first. A widget whose dashboard (or, outside a dashboard, the
 * widget itself) is off screen makes its first request only once the on-screen widgets have drawn their data
 * (so that its request does not queue beside theirs on the browser's few connections per host), and waits to
 * draw new data while an on-screen widget still shows its loading state or has drawn but not yet painted. It
 * fetches and draws in the task after the frame that painted the on-screen widgets, as soon as it scrolls into
 * view, when it exports (`drawNow`), when the page prints or `renderWaitingNow()` is called, or at the latest
 * `MAX_WAIT_MS` after it began to wait. One `IntersectionObserver` for the page; until it has reported, a
 * dashboard's place is read once, after the widgets' first renders (the page laid out with the loading states).
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
/** Off-screen widgets whose first fetches wait: what starts each (a widget may have several metric queries). */
const held = new Map<HTMLElement, (() => Promise<void>)[]>();
/** The fetches let go, for `drawNow` to wait for their data. */
const started = new WeakMap<HTMLElement, Promise<void>>();
let observer: IntersectionObserver | null = null;
let flushPlanned = false;
/** An on-screen widget has drawn its data and the frame that paints it has not been flushed yet. */
let paintPending = false;
let placePlanned = false;
let capTimer: ReturnType<typeof setTimeout> | undefined;

const visible = (unit: Element) => onScreen.get(unit) !== false;

function onScreenLoading(): boolean {
  for (const w of watched.values()) if (w.loading && visible(w.unit)) return true;
  return false;
}

function release(el: HTMLElement): void {
  const starts = held.get(el);
  if (starts) {
    held.delete(el);
    started.set(
      el,
      Promise.all(starts.map((start) => start())).then(() => undefined),
    );
  }
  const go = waiting.get(el);
  waiting.delete(el);
  go?.();
  if (!waiting.size && !held.size) {
    clearTimeout(capTimer);
    capTimer = undefined;
  }
}

/**
 * Lets `el` fetch and draw now if it waits for its turn (an export of its data), and resolves once its data has
 * come and it has updated.
 */
export async function drawNow(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  release(el);
  await started.get(el);
  release(el); // the render its data asked for, if it waits
  await el.updateComplete;
}

/** Lets every waiting widget fetch and draw now (an export of the whole dashboard, printing). */
export function renderWaitingNow(): void {
  for (const el of new Set([...held.keys(), ...waiting.keys()])) release(el);
}

/** After the frame that draws the on-screen widgets' data: the next animation frame, then a task after its paint. */
function planFlush(): void {
  if ((!waiting.size && !held.size && !paintPending) || flushPlanned || onScreenLoading()) return;
  flushPlanned = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      flushPlanned = false;
      if (onScreenLoading()) return; // a widget that came on screen since is loading: its own data first
      paintPending = false;
      renderWaitingNow();
    }),
  );
}

/** Whether `unit` is within `MARGIN` of the viewport now (before the observer has reported on it). */
function near(unit: Element): boolean {
  const r = unit.getBoundingClientRect();
  const margin = parseFloat(MARGIN);
  return r.bottom >= -margin && r.top <= innerHeight + margin && r.right >= -margin && r.left <= innerWidth + margin;
}

/**
 * Once the widgets of this turn have rendered their loading states (a microtask after them, not a frame later, so an
 * on-screen widget's first request is not delayed by a frame), reads in one layout where the units of held widgets
 * are that the observer has not reported on.
 */
function planPlaces(): void {
  if (placePlanned) return;
  placePlanned = true;
  queueMicrotask(() => {
    placePlanned = false;
    const units = new Set([...held.keys()].map((el) => watched.get(el)?.unit));
    for (const unit of units) if (unit && !onScreen.has(unit)) onScreen.set(unit, near(unit));
    for (const el of [...held.keys()]) if (visible(watched.get(el)?.unit ?? el)) release(el);
    planFlush();
  });
}

/** The fetch policy (`fetch-turn.ts`): a widget not known to be on screen holds its first fetch for its turn. */
function holdOffScreen(host: object, start: () => Promise<void>): boolean {
  const w = host instanceof HTMLElement ? watched.get(host) : undefined;
  if (!w || onScreen.get(w.unit) === true) return false;
  held.set(host as HTMLElement, [...(held.get(host as HTMLElement) ?? []), start]);
  capTimer ??= setTimeout(renderWaitingNow, MAX_WAIT_MS);
  if (onScreen.has(w.unit)) planFlush();
  else planPlaces();
  return true;
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
    setFetchPolicy(holdOffScreen);
  }
  const unit = el.closest('ck-dashboard') ?? el;
  placeFirst(unit);
  watched.set(el, { unit, loading: false });
  observer.observe(unit);
}

/**
 * The first kit element in the document that draws (any but `<ck-source>`), looked for in the task that connects
 * the page's first widgets; null once its unit is placed or that task is over.
 */
let first: Element | null | undefined;

/**
 * In the task that connects the page's first widgets nothing of the kit has drawn yet (lit renders in microtasks),
 * so the place of the first kit element that draws is final at its top: nothing before it will grow. When `unit`
 * is or holds that element, its place is read now, in a layout of the page without the kit's content, and if it is
 * on screen its widgets fetch at their first render, not after every widget's loading state and the layout that
 * places them (the requests go out while the page's other widgets render).
 */
function placeFirst(unit: Element): void {
  if (first === undefined) {
    first = null;
    for (const e of document.getElementsByTagName('*')) {
      if (e.localName.startsWith('ck-') && e.localName !== 'ck-source') {
        first = e;
        break;
      }
    }
    queueMicrotask(() => (first = null));
  }
  if (first && unit.contains(first)) {
    first = null;
    if (near(unit)) onScreen.set(unit, true);
  }
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
  if (w.loading && !loading && visible(w.unit)) paintPending = true;
  w.loading = loading;
  if (!loading) planFlush();
}

/**
 * What `el`'s `scheduleUpdate` awaits before it renders: a promise while it is off screen and an on-screen
 * widget is still loading or not yet painted; nothing otherwise, so the usual update stays synchronous.
 */
export function renderTurn(el: HTMLElement): Promise<void> | undefined {
  const w = watched.get(el);
  if (!w || visible(w.unit) || !(onScreenLoading() || paintPending)) return undefined;
  capTimer ??= setTimeout(renderWaitingNow, MAX_WAIT_MS);
  return new Promise<void>((resolve) => waiting.set(el, resolve));
}
