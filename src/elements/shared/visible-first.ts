/**
 * On-screen widgets draw their data first. A widget whose dashboard (or, outside a dashboard, the widget
 * itself) is off screen waits to draw new data while an on-screen widget still shows its loading state;
 * it draws in the task after the frame that painted the on-screen widgets, as soon as it scrolls into
 * view, when the page prints, when `renderWaitingNow()` is called, or at the latest `MAX_WAIT_MS` after
 * it began to wait. One `IntersectionObserver` for the page; nothing waits before it has reported.
 */
import type { LitElement, PropertyValues } from 'lit';
import { LocaleReady } from './locale-ready.js';
import { showsLoading } from './state-views.js';

/** Longest time an off-screen widget waits for the on-screen ones (ms). */
export const MAX_WAIT_MS = 2000;

interface Watched {
  /** The element whose visibility decides: the nearest `<ck-dashboard>`, or the widget. */
  unit: Element;
  /** Whether the widget's last render showed its loading state. */
  loading: boolean;
  /** Lets its waiting render go ahead, while it waits. */
  go?: (() => void) | undefined;
}

const watched = new Map<HTMLElement, Watched>();
/** Units the observer reported off screen. */
const offScreen = new Set<Element>();
let observer: IntersectionObserver | undefined;
let flushPlanned = false;
let capTimer: ReturnType<typeof setTimeout> | undefined;

const onScreenLoading = () => [...watched.values()].some((w) => w.loading && !offScreen.has(w.unit));

function release(w: Watched | undefined): void {
  const go = w?.go;
  if (w && go) {
    w.go = undefined;
    go();
  }
}

/** Lets every waiting widget draw now (an export of the whole dashboard, printing). */
export function renderWaitingNow(): void {
  clearTimeout(capTimer);
  capTimer = undefined;
  watched.forEach(release);
}

/** After the frame that draws the on-screen widgets' data: the next animation frame, then a task after its paint. */
function planFlush(): void {
  if (flushPlanned || onScreenLoading() || ![...watched.values()].some((w) => w.go)) return;
  flushPlanned = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      flushPlanned = false;
      renderWaitingNow();
    }),
  );
}

function observe(entries: IntersectionObserverEntry[]): void {
  for (const { target, isIntersecting } of entries) {
    if (isIntersecting) offScreen.delete(target);
    else offScreen.add(target);
    if (isIntersecting) for (const w of watched.values()) if (w.unit === target) release(w);
  }
  planFlush();
}

/**
 * Mixes in when a widget renders: once its language's texts are there (`LocaleReady`) and, while it is off
 * screen and an on-screen widget is still loading, after the on-screen widgets have drawn.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor takes whatever its base takes
export function RenderOrder<T extends abstract new (...args: any[]) => LitElement>(superClass: T): T {
  abstract class Ordered extends LocaleReady(superClass) {
    override connectedCallback(): void {
      super.connectedCallback();
      if (typeof IntersectionObserver === 'undefined') return; // nothing ever waits
      if (!observer) {
        observer = new IntersectionObserver(observe, { rootMargin: '200px' });
        addEventListener('beforeprint', renderWaitingNow);
      }
      const unit = this.closest('ck-dashboard') ?? this;
      watched.set(this, { unit, loading: false });
      observer.observe(unit);
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      const w = watched.get(this);
      watched.delete(this);
      release(w); // a render it was waiting for goes ahead
      if (w && ![...watched.values()].some((o) => o.unit === w.unit)) {
        observer?.unobserve(w.unit);
        offScreen.delete(w.unit);
      }
      planFlush();
    }

    protected override scheduleUpdate(): void | Promise<unknown> {
      const w = watched.get(this);
      if (!w || !offScreen.has(w.unit) || !onScreenLoading()) return super.scheduleUpdate();
      capTimer ??= setTimeout(renderWaitingNow, MAX_WAIT_MS);
      return new Promise<void>((resolve) => (w.go = resolve)).then(() => super.scheduleUpdate());
    }

    protected override update(changed: PropertyValues): void {
      super.update(changed);
      const w = watched.get(this);
      if (w) w.loading = showsLoading(this.renderRoot);
      if (w && !w.loading) planFlush();
    }
  }
  return Ordered;
}
