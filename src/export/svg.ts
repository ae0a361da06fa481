import { SERIES_COLORS, seriesDash } from '../render/palette.js';
import { escapeText } from '../render/to-string.js';
import { at } from '../model/at.js';

/**
 * Standalone SVG documents of a chart with its title, legend and footnote as SVG text: one pure
 * layout shared by the browser export (`exportImage('svg')`) and the Node renderer. No DOM.
 */

/** Resolved colours and font of a chart (what `--ck-*` custom properties resolve to). */
export interface SvgTheme {
  background: string;
  foreground: string;
  muted: string;
  grid: string;
  axis: string;
  accent: string;
  fontFamily: string;
  /** Series colours, `--ck-series-1` … `--ck-series-7`. */
  series: readonly string[];
}

/** The default light theme (the defaults of the widget styles). */
export const LIGHT_THEME: SvgTheme = Object.freeze({
  background: '#ffffff',
  foreground: '#1f2328',
  muted: '#59636e',
  grid: '#d1d9e0',
  axis: '#59636e',
  accent: '#0969da',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', sans-serif",
  series: SERIES_COLORS,
});

/**
 * A stylesheet that makes chart markup (with its CSS classes and `var(--ck-series-N, …)` colour
 * attributes) look as in a widget without the widget's shadow styles: class rules of the shared
 * widget styles with resolved colours, and attribute-selector rules that replace each series'
 * `var()` colour (CSS rules win over presentation attributes).
 */
export function chartStylesheet(theme: SvgTheme = LIGHT_THEME): string {
  const rules = [
    `.chart text{font-family:${theme.fontFamily}}`,
    `.axis text,.rule text{fill:${theme.axis};font-size:12px}`,
    `.axis .grid{stroke:${theme.grid};stroke-width:1}`,
    `.axis .domain,.axis .tick{stroke:${theme.axis}}`,
    `path.line{stroke-width:2px;stroke-linejoin:bevel;stroke-linecap:butt}`,
    `path.line.context{stroke-width:1px}`,
    `path.line.reference{stroke-width:2.5px}`,
    `[stroke^="var(--ck-context,"]{stroke:${theme.muted}}`,
    `[stroke^="var(--ck-reference,"]{stroke:${theme.foreground}}`,
    `.rule line{stroke:${theme.foreground};stroke-dasharray:4 4}`,
    `.band{fill:${theme.accent};opacity:0.12}`,
    `.focus-ring{stroke:${theme.foreground};stroke-width:2}`,
    `.projection-label{fill:${theme.muted};font-size:12px}`,
  ];
  theme.series.forEach((color, i) => {
    rules.push(
      `[stroke^="var(--ck-series-${i + 1},"]{stroke:${color}}`,
      `[fill^="var(--ck-series-${i + 1},"]{fill:${color}}`,
    );
  });
  return rules.join('');
}

/** One legend entry of an exported chart: label, swatch colour and dash pattern (`''` = solid). */
export interface SvgLegendEntry {
  label: string;
  color: string;
  dash: string;
}

/** Legend entries for series `labels` in the default palette order (Node renderer). */
export function paletteLegend(labels: readonly string[], theme: SvgTheme = LIGHT_THEME): SvgLegendEntry[] {
  return labels.map((label, i) => ({
    label,
    color: at(theme.series, i % theme.series.length),
    dash: seriesDash(i),
  }));
}

/** What a framed chart SVG is made of. */
export interface FramedSvgParts {
  /** Markup of the chart's own `<svg class="chart" width height …>` element. */
  chart: string;
  /** Width and height of the chart in px. */
  width: number;
  height: number;
  title: string;
  legend: readonly SvgLegendEntry[];
  /** Footnote lines (as of / source, definition), wrapped to the width. */
  footnote: readonly string[];
  theme?: SvgTheme;
  /** CSS placed in a `<style>` element (e.g. {@link chartStylesheet}); none when the chart carries resolved styles. */
  style?: string;
  /** BCP 47 language of the texts (the `lang` attribute). */
  lang?: string;
}

const PAD = 12;
const r = (v: number) => Math.round(v * 100) / 100;

/** Estimated advance width of `text` at `size` px: 0.6 em for narrow, 1 em for wide (CJK, full-width) characters. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6) * size;
  return w;
}

/** Breaks `text` into lines of at most `max` px (estimated): at spaces, or anywhere in CJK text. */
export function wrapText(text: string, max: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  for (const token of tokens) {
    if (line && textWidth(line + token.trimEnd(), size) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * A standalone SVG document: background, `<title>`, the chart title, the legend (swatch + name per
 * series), the chart, and the footnote, laid out top to bottom with estimated text widths.
 */
export function framedSvg(parts: FramedSvgParts): string {
  const theme = parts.theme ?? LIGHT_THEME;
  const width = Math.max(parts.width, 200) + 2 * PAD;
  const inner = width - 2 * PAD;
  const font = escapeText(theme.fontFamily);
  const out: string[] = [];
  let y = PAD;
  for (const line of wrapText(parts.title, inner, 15)) {
    y += 18;
    out.push(
      `<text class="ck-title" x="${PAD}" y="${r(y - 4)}" font-size="15" font-weight="600" fill="${escapeText(theme.foreground)}">${escapeText(line)}</text>`,
    );
  }
  if (parts.legend.length) {
    y += 4;
    let x = PAD;
    let row = y + 18;
    const items: string[] = [];
    for (const item of parts.legend) {
      const w = 28 + textWidth(item.label, 12) + 14;
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        row += 18;
      }
      items.push(
        `<g class="ck-legend-item"><line x1="${r(x)}" x2="${r(x + 22)}" y1="${r(row - 4)}" y2="${r(row - 4)}" stroke="${escapeText(item.color)}" stroke-width="3" stroke-dasharray="${escapeText(item.dash || 'none')}"></line><text x="${r(x + 28)}" y="${r(row)}" font-size="12" fill="${escapeText(theme.foreground)}">${escapeText(item.label)}</text></g>`,
      );
      x += w;
    }
    out.push(`<g class="ck-legend">${items.join('')}</g>`);
    y = row + 4;
  }
  y += 6;
  out.push(`<g class="ck-chart" transform="translate(${PAD},${r(y)})">${parts.chart}</g>`);
  y += parts.height + 6;
  const foot: string[] = [];
  for (const text of parts.footnote) {
    for (const line of wrapText(text, inner, 11)) {
      y += 15;
      foot.push(
        `<text x="${PAD}" y="${r(y - 3)}" font-size="11" fill="${escapeText(theme.muted)}">${escapeText(line)}</text>`,
      );
    }
  }
  if (foot.length) out.push(`<g class="ck-footnote">${foot.join('')}</g>`);
  const height = Math.ceil(y + PAD);
  const lang = parts.lang ? ` lang="${escapeText(parts.lang)}" xml:lang="${escapeText(parts.lang)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"${lang} font-family="${font}">` +
    `<title>${escapeText(parts.title)}</title>` +
    (parts.style ? `<style>${parts.style}</style>` : '') +
    `<rect class="ck-background" width="${width}" height="${height}" fill="${escapeText(theme.background)}"></rect>` +
    out.join('') +
    `</svg>`
  );
}
