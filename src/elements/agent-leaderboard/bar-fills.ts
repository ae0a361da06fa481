import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Fills the inline bars (`[part="mark"]`, in document order: a static attribute, there before the template's other parts are set) of the element it is on, one fraction (0–1)
 * each: each bar's `background-size` width is set through CSSOM, so it works under a strict
 * Content-Security-Policy and a change restyles that bar only (no custom property inherited by the
 * whole row). One directive per table row instead of one per bar: `<tr ${barFills([0.5, 1])}>` (an element part only).
 */
class BarFillsDirective extends Directive {
  #last: string[] = [];

  render(_fractions: readonly number[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [fractions]: [readonly number[]]): typeof noChange {
    const bars = part.element.querySelectorAll<HTMLElement>('[part="mark"]');
    bars.forEach((bar, i) => {
      const f = fractions[i] ?? 0;
      const size = `${Math.round((Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : 0) * 10_000) / 100}% 100%`;
      if (this.#last[i] !== size) bar.style.backgroundSize = size;
      this.#last[i] = size;
    });
    return noChange;
  }
}

/** Sets the fills of the inline bars inside an element (see {@link BarFillsDirective}). */
export const barFills = directive(BarFillsDirective);
