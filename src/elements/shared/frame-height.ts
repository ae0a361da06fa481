import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { drawOnData } from './host-controllers.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/** The `property` (`--ck-chart-height`) the host inherits when it is a `px` length, `fallback` when unset, else null. */
function cssChartHeight(host: HTMLElement, fallback: number, property: string): number | null {
  const value = getComputedStyle(host).getPropertyValue(property).trim();
  const px = /^(\d+(?:\.\d+)?)px$/.exec(value);
  return px ? Number(px[1]) : value ? null : fallback;
}

/** Frame heights to check after an update, all read in one animation frame (one layout for all, none forced). */
const checks = new Set<FrameHeight>();

function planCheck(frame: FrameHeight): void {
  if (!checks.size)
    requestAnimationFrame(() => {
      const due = [...checks];
      checks.clear();
      for (const f of due) f.check(); // reads only; the re-renders it asks for come after all reads
    });
  checks.add(frame);
}

/**
 * Height of a widget's chart frame (`[part="frame"]`, sized by CSS: `--ck-chart-height`, 260 px by default),
 * for a chart that fills it. Call `read()` in `willUpdate`: the frame's height is taken after the update, in the
 * next animation frame before it paints (every widget's frame in one layout, none forced in an update), and a new
 * one re-renders the host. Before the frame exists (the first render with data), `value` is `--ck-chart-height`
 * read from the host's style, so the first chart is drawn at its height. Its host's width is read from the layout
 * once data is there (`drawOnData`), so the first chart is drawn in the render that brings the data.
 */
export class FrameHeight implements ReactiveController {
  #value: number;
  readonly #fallback: number;
  /** The frame has been measured (else `#value` is the fallback or a guess from the style). */
  #measured = false;
  /** `value` was guessed from the style in this update: check it against the frame once drawn. */
  #guessed = false;
  /** Check the frame's height after this update (`read()` was called). */
  #wanted = false;
  /**
   * The style's height, read in the animation frame after a render without a frame (the loading state, while the
   * data is on its way: that frame computes the style anyway), so that the render with data does not force a
   * style recalculation to read it. Checked against the frame once drawn, as any guess.
   */
  #styleHeight: number | null | undefined;

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

  /**
   * Asks for the frame's height to be taken after this update (call in `willUpdate`): it is read in the next
   * animation frame, with every widget's frame in one layout, instead of forcing a layout in each update.
   */
  read(): void {
    this.#wanted = true;
  }

  /** The height to draw at: the frame's, or before it was ever measured, the style's `--ck-chart-height`. */
  get value(): number {
    if (!this.#measured && !this.#guessed && this.host.isConnected) {
      const style =
        this.#styleHeight === undefined ? cssChartHeight(this.host, this.#fallback, this.property) : this.#styleHeight;
      this.#value = style ?? this.#value;
      this.#guessed = true;
    }
    return this.#value;
  }

  /** After an update that asked for it, or drew at a guessed height: the frame is read in the next animation frame. */
  hostUpdated(): void {
    if (this.#guessed || this.#wanted) planCheck(this);
    this.#wanted = false;
  }

  /** Takes the height of the frame drawn, re-rendering the host when it is not the one drawn at. */
  check(): void {
    this.#guessed = false;
    const h = this.host.isConnected ? this.#frame()?.clientHeight : 0;
    if (!h) {
      if (!this.#measured && this.host.isConnected)
        this.#styleHeight = cssChartHeight(this.host, this.#fallback, this.property);
      return;
    }
    this.#measured = true;
    if (h !== this.#value) {
      this.#value = h;
      this.host.requestUpdate();
    }
  }
}
