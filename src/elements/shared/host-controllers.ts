/**
 * Small reactive controllers of a widget's surroundings, each one concern (as lit's own controllers):
 * its width, whether the page prints, its language, and the page's data sources.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { intlLocaleOf, resolveLocale } from '../../render/i18n/index.js';
import { inheritedLang, watchLang } from './lang.js';
import { at } from '../../model/at.js';
import { onSourcesChanged } from '../../query/source-registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Hosts whose chart fills a frame sized by CSS (`FrameHeight`): only they are measured before the observer reports. */
const drawnOnData = new WeakSet<HTMLElement>();

/**
 * Lets `SizeController.measure()` read the host's width from the layout: for a widget that draws its whole chart
 * in the render that brings the data (its frame's height known then, see `FrameHeight`). Widgets whose layout
 * depends on a height measured after a render keep waiting for the observer.
 */
export function drawOnData(host: HTMLElement): void {
  drawnOnData.add(host);
}

/** The host's content-box width in CSS px, kept by a ResizeObserver; the host re-renders when it changes. */
export class SizeController implements ReactiveController {
  #observer: ResizeObserver | null = null;
  #measured = false;
  /** Content-box width in CSS px (0 until first measured). */
  width = 0;

  /**
   * The width now, read from the layout (once, before the observer's first report, for a host passed to
   * `drawOnData`) when it is still 0: the first render with data then draws the chart instead of waiting a
   * frame for the observer and rendering again. The observer stays the source of truth: a first report of
   * another width re-renders as before.
   */
  measure(): number {
    if (this.width || this.#measured || !this.host.isConnected || !drawnOnData.has(this.host)) return this.width;
    this.#measured = true;
    const box = this.host.getBoundingClientRect().width;
    if (!box) return 0;
    const s = getComputedStyle(this.host);
    const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
    const content = edges.reduce((w, edge) => w - (parseFloat(s[edge]) || 0), box);
    // Layout sizes are multiples of 1/64 px: the epsilon only absorbs the subtraction's rounding.
    return (this.width = Math.max(0, Math.floor(content + 1e-3)));
  }

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const w = Math.floor(at(entries, 0).contentRect.width);
      if (w !== this.width) {
        this.width = w;
        this.host.requestUpdate();
      }
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }
}

/** True between the page's `beforeprint` and `afterprint` (charts print with their data tables). */
export class PrintController implements ReactiveController {
  /** Whether the page is printing. */
  printing = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  #onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
    this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
  }
}

/**
 * The host's language, inherited from the nearest `lang` (crossing shadow roots) and followed at run
 * time: `locale` is the message catalogue's (`en`, `zh-CN`, `zh-TW`), `intlLocale` the tag for `Intl`
 * (the page's own, e.g. `zh-Hans-CN`, when it is that language). The host calls `read()` at the start
 * of `willUpdate` (controllers' own `hostUpdate` runs after it, too late for a subclass's `willUpdate`).
 */
export class LangController implements ReactiveController {
  #stop: (() => void) | null = null;
  /** Catalogue locale. */
  locale = 'en';
  /** BCP 47 tag for `Intl`. */
  intlLocale = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = watchLang(this.host);
  }

  /** Reads the language that applies now. */
  read(): void {
    const tag = inheritedLang(this.host);
    this.locale = resolveLocale(tag);
    this.intlLocale = intlLocaleOf(tag, this.locale);
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = null;
  }
}

/** Re-renders its host whenever a `<ck-source>` joins or leaves the page (a `source="id"` may now resolve). */
export class SourcesController implements ReactiveController {
  #stop: (() => void) | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = onSourcesChanged(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = null;
  }
}
