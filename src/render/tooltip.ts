import { html, type TemplateResult } from 'lit';
import { labelWidth } from './layout.js';
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
  /** Frame height: a tooltip that would pass its bottom edge is drawn above its anchor instead. Unset: below. */
  height?: number;
}

/** Where a tooltip goes in its frame: its `left` and `top` (px), and whether it is drawn left of / above them. */
export interface TooltipBox {
  left: number;
  top: number;
  /** Drawn left of `left` (its right edge there): it would have passed the frame's right edge. */
  flipX: boolean;
  /** Drawn above `top` (its bottom edge there): it would have passed the frame's bottom edge. */
  flipY: boolean;
}

// The tooltip's CSS (widget.styles.ts): 12 px text at line-height 1.4, padding 6 px × 8 px, 140–260 px wide.
const LINE_HEIGHT = 12 * 1.4;
const PAD_Y = 12;
const PAD_X = 16;
const MIN_WIDTH = 140;
const MAX_WIDTH = 260;

/** The tooltip's size as its CSS will draw it, estimated from its texts (the bold title a tenth wider). */
export function tooltipSize(spec: Pick<TooltipSpec, 'title' | 'lines'>): { width: number; height: number } {
  let text = labelWidth(spec.title) * 1.1;
  for (const [k, v] of spec.lines) text = Math.max(text, labelWidth(`${k}: ${v}`));
  return {
    width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, text + PAD_X)),
    height: PAD_Y + LINE_HEIGHT * (1 + spec.lines.length),
  };
}

/**
 * Places a tooltip beside its anchor: 12 px to its right, its top 20 px above it; drawn to the left of the anchor
 * when it would pass the frame's right edge, and above the anchor when it would pass the frame's bottom edge
 * (`height`). It never leaves the frame to the right or below, where a widget's host, whose layout is contained
 * (`contain: layout`, a stacking context of its own), would let the next widget on the page paint over it; when
 * the frame is too small for it, it leaves to the left or above, over the widgets painted before.
 */
export function tooltipBox(spec: TooltipSpec): TooltipBox {
  const size = tooltipSize(spec);
  const flipX = spec.x + 12 + size.width > spec.width;
  const top = Math.max(0, spec.y - 20);
  const flipY = spec.height !== undefined && top + size.height > spec.height;
  return { left: flipX ? spec.x - 12 : spec.x + 12, top: flipY ? spec.y - 8 : top, flipX, flipY };
}

/**
 * A tooltip (`part="tooltip"`) placed by {@link tooltipBox}. Positioned through CSSOM (`styleProps`), so it works
 * under a strict Content-Security-Policy.
 */
export function tooltip(spec: TooltipSpec): TemplateResult {
  const box = tooltipBox(spec);
  const style: Record<string, string> = { left: `${box.left}px`, top: `${box.top}px` };
  if (box.flipX || box.flipY) style.transform = `translate(${box.flipX ? '-100%' : '0'}, ${box.flipY ? '-100%' : '0'})`;
  return html`<div part="tooltip" role="presentation" ${styleProps(style)}>
    <strong>${spec.title}</strong>${spec.lines.map(([k, v]) => html`<div>${k}: ${v}</div>`)}
  </div>`;
}
