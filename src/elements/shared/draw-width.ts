import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width a chart whose height follows its content is drawn at: the widget's width, taken one animation
 * frame after it changes, so the height change of the new drawing never lands in the ResizeObserver
 * callback's frame (which reports "ResizeObserver loop completed with undelivered notifications").
 */
export class DrawWidthController implements ReactiveController {
  #request = 0;
  /** Width to draw at (0 until the first frame after the widget was measured). */
  width = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly measured: () => number,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.measured() !== this.width && !this.#request) {
      this.#request = requestAnimationFrame(() => {
        this.#request = 0;
        this.width = this.measured();
        this.host.requestUpdate();
      });
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#request);
    this.#request = 0;
  }
}
