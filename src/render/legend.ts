import { html, type TemplateResult } from 'lit';
import { t } from './i18n/index.js';
import { seriesColor, seriesDash } from './palette.js';

/** One legend entry. */
export interface LegendItem {
  key: string;
  label: string;
  hidden: boolean;
  /** Swatch colour and dash; default the palette's for the item's position. */
  color?: string;
  dash?: string;
}

/**
 * Legend with toggle buttons (`aria-pressed`), a swatch showing each series' colour and dash.
 * `onToggle` receives the key of the series clicked.
 */
export function legend(items: readonly LegendItem[], locale: string, onToggle: (key: string) => void): TemplateResult {
  return html`<ul part="legend">${items.map(
    (item, i) => html`<li><button
        type="button"
        aria-pressed=${item.hidden ? 'false' : 'true'}
        title=${t(locale, item.hidden ? 'showSeries' : 'hideSeries', { series: item.label })}
        @click=${() => onToggle(item.key)}
      ><svg width="22" height="8" aria-hidden="true"><line x1="1" x2="21" y1="4" y2="4" stroke=${item.color ?? seriesColor(i)} stroke-width="3" stroke-dasharray=${(item.dash ?? seriesDash(i)) || 'none'}></line></svg>${item.label}</button></li>`,
  )}</ul>`;
}
