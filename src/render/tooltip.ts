import { html, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';

/** Content of a tooltip: a heading and label/value lines, all text. */
export interface TooltipSpec {
  title: string;
  lines: readonly (readonly [string, string])[];
  /** Anchor point in the frame's coordinates (CSS px). */
  x: number;
  y: number;
  /** Frame width, to keep the tooltip inside. */
  width: number;
}

/**
 * A tooltip (`part="tooltip"`) placed beside its anchor, flipped to the left near the right edge.
 * Positioned through CSSOM (`styleProps`), so it works under a strict Content-Security-Policy.
 */
export function tooltip(spec: TooltipSpec): TemplateResult {
  const left = spec.x > spec.width - 200 ? Math.max(0, spec.x - 212) : spec.x + 12;
  const top = Math.max(0, spec.y - 20);
  return html`<div part="tooltip" role="presentation" ${styleProps({ left: `${left}px`, top: `${top}px` })}>
    <strong>${spec.title}</strong>${spec.lines.map(([k, v]) => html`<div>${k}: ${v}</div>`)}
  </div>`;
}
