import { svg, type SVGTemplateResult } from 'lit';
import type { ScaleBand, ScaleLinear } from './scale.js';
import { labelWidth, type PlotArea } from './layout.js';

const r = (v: number) => Math.round(v * 100) / 100;

/** Start of band `key` (keys come from the scale's own domain, so it has one; 0 otherwise). */
const bandStart = (scale: ScaleBand<string>, key: string) => scale(key) ?? 0;

/** Shortens `text` with an ellipsis to fit `maxWidth` CSS px at the axis font (see `labelWidth`). */
export function truncateLabel(text: string, maxWidth: number): string {
  if (labelWidth(text) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (labelWidth(`${out}${ch}…`) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Bottom axis of a band (category) scale: a label under the centre of each band, every k-th band
 * only when the labels would overlap (the first band always labelled). `format` writes the labels.
 */
export function axisBottomBand(
  x: ScaleBand<string>,
  plot: PlotArea,
  format: (key: string) => string,
): SVGTemplateResult {
  const domain = x.domain();
  const labels = domain.map(format);
  const widest = Math.max(0, ...labels.map(labelWidth));
  const every = Math.max(1, Math.ceil((widest + 8) / Math.max(1, x.step())));
  const yBase = plot.top + plot.height;
  const half = x.bandwidth() / 2;
  return svg`<g part="axis" class="axis axis-x" aria-hidden="true"><line class="domain" x1=${r(plot.left)} x2=${r(plot.left + plot.width)} y1=${r(yBase)} y2=${r(yBase)}></line>${domain.map(
    (key, i) =>
      i % every
        ? null
        : svg`<line class="tick" x1=${r(bandStart(x, key) + half)} x2=${r(bandStart(x, key) + half)} y1=${r(yBase)} y2=${r(yBase + 4)}></line><text x=${r(bandStart(x, key) + half)} y=${r(yBase + 16)} text-anchor="middle">${labels[i]}</text>`,
  )}</g>`;
}

/**
 * Left axis of a band scale (horizontal bars): each band's label right-aligned before the plot,
 * shortened with an ellipsis beyond `maxWidth` px (the full text belongs in the table and tooltip).
 */
export function axisLeftBand(
  y: ScaleBand<string>,
  plot: PlotArea,
  format: (key: string) => string,
  maxWidth = 160,
): SVGTemplateResult {
  const half = y.bandwidth() / 2;
  return svg`<g part="axis" class="axis axis-y" aria-hidden="true">${y
    .domain()
    .map(
      (key) =>
        svg`<text x=${r(plot.left - 6)} y=${r(bandStart(y, key) + half)} dy="0.32em" text-anchor="end">${truncateLabel(format(key), maxWidth)}</text>`,
    )}</g>`;
}

/** Right value axis (a second measure on the same plot): tick labels after the plot, no grid lines. */
export function axisRight(y: ScaleLinear, plot: PlotArea, format: (v: number) => string, count = 5): SVGTemplateResult {
  const ticks = y.ticks(Math.max(2, Math.min(count, Math.floor(plot.height / 28))));
  const x = plot.left + plot.width;
  return svg`<g part="axis" class="axis axis-y2" aria-hidden="true"><line class="domain" x1=${r(x)} x2=${r(x)} y1=${r(plot.top)} y2=${r(plot.top + plot.height)}></line>${ticks.map(
    (t) =>
      svg`<line class="tick" x1=${r(x)} x2=${r(x + 4)} y1=${r(y(t))} y2=${r(y(t))}></line><text x=${r(x + 6)} y=${r(y(t))} dy="0.32em" text-anchor="start">${format(t)}</text>`,
  )}</g>`;
}
