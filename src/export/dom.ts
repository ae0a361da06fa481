import { LIGHT_THEME, type SvgLegendEntry, type SvgTheme } from './svg.js';
import type { ExportFile } from './types.js';

export { tableFromDom } from './table-dom.js';

/**
 * Browser-only export helpers (they touch the DOM when called, never at module load): computed
 * styles inlined into a chart clone, the widget's theme and legend, SVG → PNG, the table of a
 * rendered `<table part="table">`, and file download.
 */

/** SVG properties copied from computed styles into an exported chart. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/**
 * A copy of the chart `svg` with every element's computed SVG styles written as inline style
 * properties (CSSOM, allowed under a strict CSP), so the copy looks the same without the widget's
 * shadow styles and `var(--ck-…)` colours; hidden elements are dropped.
 */
export function inlineComputedStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const drop: Element[] = [];
  originals.forEach((el, i) => {
    const copy = copies[i] as SVGElement | undefined;
    if (!copy || !(copy instanceof SVGElement)) return;
    const cs = getComputedStyle(el);
    if (cs.display === 'none') {
      drop.push(copy);
      return;
    }
    for (const prop of SVG_PROPS) {
      const value = cs.getPropertyValue(prop);
      if (value) copy.style.setProperty(prop, value);
    }
  });
  for (const el of drop) el.remove();
  clone.removeAttribute('aria-hidden');
  return clone;
}

/** The resolved theme of a widget host (its colours and font as computed now). */
export function hostTheme(host: Element): SvgTheme {
  const cs = getComputedStyle(host);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  const bg = cs.backgroundColor;
  return {
    background: bg && bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)' ? bg : LIGHT_THEME.background,
    foreground: cs.color || LIGHT_THEME.foreground,
    muted: v('--_muted', LIGHT_THEME.muted),
    grid: v('--_grid', LIGHT_THEME.grid),
    axis: v('--_axis', LIGHT_THEME.axis),
    accent: v('--_accent', LIGHT_THEME.accent),
    fontFamily: cs.fontFamily || LIGHT_THEME.fontFamily,
    series: LIGHT_THEME.series.map((c, i) => v(`--ck-series-${i + 1}`, c)),
  };
}

/**
 * The legend entries shown in `root` (`[part="legend"] li`): label text and the swatch's computed
 * colour and dash; series toggled off (`aria-pressed="false"`) are left out as in the chart.
 */
export function legendEntries(root: ParentNode): SvgLegendEntry[] {
  const out: SvgLegendEntry[] = [];
  for (const li of root.querySelectorAll('[part~="legend"] li')) {
    if (li.querySelector('[aria-pressed="false"]')) continue;
    const label = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!label) continue;
    const swatch = li.querySelector('line, path, rect, circle, .swatch');
    let color = '';
    let dash = '';
    if (swatch) {
      const cs = getComputedStyle(swatch);
      const stroke = cs.stroke;
      color =
        swatch instanceof SVGElement
          ? stroke && stroke !== 'none'
            ? stroke
            : cs.fill
          : cs.borderTopColor || cs.backgroundColor;
      const d = cs.strokeDasharray;
      dash = d && d !== 'none' ? d.replace(/px/g, '').replace(/,\s*/g, ' ') : '';
    }
    out.push({ label, color: color || 'currentColor', dash });
  }
  return out;
}

/** Draws an SVG document onto a canvas at `scale` (default 2×) and returns it as a PNG blob. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave no image'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves an export file through an object URL and a temporary `<a download>`. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const blob = file.content instanceof Blob ? file.content : new Blob([file.content], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
