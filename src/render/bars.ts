import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { t } from './i18n/index.js';
import { SERIES_COLORS, seriesVar } from './palette.js';

const r = (v: number) => Math.round(v * 100) / 100;

/**
 * Fill of bar series `i`: the series colours (`--ck-series-1` … `--ck-series-7`), then a neutral
 * grey (`--ck-series-8`) for an eighth, so eight channels never share a colour.
 */
export function barColor(i: number): string {
  const n = i % (SERIES_COLORS.length + 1);
  return n === SERIES_COLORS.length ? 'var(--ck-series-8, #8C8C8C)' : seriesVar(n);
}

/** One bar (`part="mark"`); zero or negative sizes draw nothing. `flagged` bars get class `flagged` (drawn muted; the ⚠ text beside them says why). */
export function barMark(
  x: number,
  y: number,
  width: number,
  height: number,
  color: string,
  flagged = false,
): SVGTemplateResult | null {
  if (!(width > 0) || !(height > 0)) return null;
  return svg`<rect part="mark" class=${flagged ? 'bar flagged' : 'bar'} x=${r(x)} y=${r(y)} width=${r(width)} height=${r(height)} fill=${color}></rect>`;
}

/** The outline around the focused bar (or stack segment). */
export function focusRect(x: number, y: number, width: number, height: number): SVGTemplateResult {
  return svg`<rect class="focus-ring" x=${r(x - 2)} y=${r(y - 2)} width=${r(Math.max(0, width) + 4)} height=${r(Math.max(0, height) + 4)} fill="none"></rect>`;
}

/** One entry of a bar legend. `toggle: false` entries (e.g. a line over the bars) are plain labels. */
export interface BarLegendItem {
  key: string;
  label: string;
  hidden: boolean;
  /** Swatch: a filled square of `color` (bars) or a line (`line: true`). */
  color: string;
  line?: boolean;
  toggle?: boolean;
}

/**
 * Legend of a bar chart (`part="legend"`): square swatches for bar series with toggle buttons
 * (`aria-pressed`), a line swatch for a line drawn over the bars.
 */
export function barLegend(
  items: readonly BarLegendItem[],
  locale: string,
  onToggle: (key: string) => void,
): TemplateResult {
  const swatch = (item: BarLegendItem) =>
    item.line
      ? svg`<svg width="22" height="10" aria-hidden="true"><line x1="1" x2="21" y1="5" y2="5" stroke=${item.color} stroke-width="2" stroke-dasharray="5 3"></line><circle cx="11" cy="5" r="3" fill=${item.color}></circle></svg>`
      : svg`<svg width="12" height="12" aria-hidden="true"><rect x="0" y="0" width="12" height="12" fill=${item.color}></rect></svg>`;
  return html`<ul part="legend">${items.map((item) =>
    item.toggle === false
      ? html`<li><span class="legend-label">${swatch(item)}${item.label}</span></li>`
      : html`<li><button
          type="button"
          aria-pressed=${item.hidden ? 'false' : 'true'}
          title=${t(locale, item.hidden ? 'showSeries' : 'hideSeries', { series: item.label })}
          @click=${() => onToggle(item.key)}
        >${swatch(item)}${item.label}</button></li>`,
  )}</ul>`;
}
