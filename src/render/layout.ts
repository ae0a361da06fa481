/** The drawing area inside a chart's SVG, in CSS pixels. */
export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Approximate width of a label in CSS pixels at the kit's 12 px axis font (CJK glyphs count double). */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 12 : 7;
  return w;
}

/**
 * Plot area of a chart of `width` × `height` whose left axis shows `yLabels`: the left margin fits
 * the longest label, the bottom margin fits one line of x labels. Never negative.
 */
export function plotArea(width: number, height: number, yLabels: readonly string[]): PlotArea {
  const left = Math.ceil(Math.max(24, ...yLabels.map(labelWidth)) + 12);
  const top = 12;
  const right = 16;
  const bottom = 28;
  return {
    left,
    top,
    width: Math.max(0, width - left - right),
    height: Math.max(0, height - top - bottom),
  };
}
