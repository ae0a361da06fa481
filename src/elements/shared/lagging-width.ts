import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Width a layout is drawn at, following the host's width one animation frame later, so that the height change
 * of a new layout (panels side by side or stacked) never lands in the ResizeObserver callback's frame (which
 * would report "ResizeObserver loop completed with undelivered notifications").
 */
export class LaggingWidth implements ReactiveController {
  /** The width to draw at (0 until the first frame after the host has a width). */
  value = 0;
  #request = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly measured: () => number,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.measured() !== this.value && !this.#request) {
      this.#request = requestAnimationFrame(() => {
        this.#request = 0;
        this.value = this.measured();
        this.host.requestUpdate();
      });
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#request);
    this.#request = 0;
  }
}
