import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { drawOnData } from './host-controllers.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/** The `property` (`--ck-chart-height`) the host inherits when it is a `px` length, `fallback` when unset, else null. */
function cssChartHeight(host: HTMLElement, fallback: number, property: string): number | null {
  const value = getComputedStyle(host).getPropertyValue(property).trim();
  const px = /^(\d+(?:\.\d+)?)px$/.exec(value);
  return px ? Number(px[1]) : value ? null : fallback;
}

/**
 * Height of a widget's chart frame (`[part="frame"]`, sized by CSS: `--ck-chart-height`, 260 px by default),
 * for a chart that fills it. Call `read()` in `willUpdate`: it takes the frame's height when the frame is
 * there. Before the frame exists (the first render with data), `value` is `--ck-chart-height` read from the
 * host's style, so the first chart is drawn at its height; once that frame is in the DOM its real height is
 * checked, and a different one re-renders the host. Its host's width is read from the layout once data is
 * there (`drawOnData`), so the first chart is drawn in the render that brings the data.
 */
export class FrameHeight implements ReactiveController {
  #value: number;
  readonly #fallback: number;
  /** The frame has been measured (else `#value` is the fallback or a guess from the style). */
  #measured = false;
  /** `value` was guessed from the style in this update: check it against the frame once drawn. */
  #guessed = false;

  /** `property`: the custom property that sizes the frame (a sparkline's `--ck-sparkline-height`). */
  constructor(
    private readonly host: Host,
    fallback = 260,
    private readonly property = '--ck-chart-height',
  ) {
    this.#value = this.#fallback = fallback;
    host.addController(this);
    drawOnData(host); // its chart can be drawn at once: the width may be read before the ResizeObserver reports
  }

  #frame(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part="frame"]');
  }

  /** Takes the frame's height when there is a frame (call in `willUpdate`). */
  read(): void {
    const h = this.#frame()?.clientHeight;
    if (h) {
      this.#value = h;
      this.#measured = true;
    }
  }

  /** The height to draw at: the frame's, or before it was ever measured, the style's `--ck-chart-height`. */
  get value(): number {
    if (!this.#measured && !this.#guessed && this.host.isConnected) {
      this.#value = cssChartHeight(this.host, this.#fallback, this.property) ?? this.#value;
      this.#guessed = true;
    }
    return this.#value;
  }

  hostUpdated(): void {
    if (!this.#guessed) return;
    this.#guessed = false;
    const h = this.#frame()?.clientHeight;
    if (!h) return;
    this.#measured = true;
    if (h !== this.#value) {
      this.#value = h;
      this.host.requestUpdate();
    }
  }
}
