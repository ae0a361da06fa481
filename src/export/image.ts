import { hostTheme, inlineComputedStyles, legendEntries, svgToPng } from './dom.js';
import { framedSvg } from './svg.js';
import type { ExportFile, ImageFormat } from './types.js';

/**
 * A widget's chart as a standalone image file: `svg` (the chart with its computed styles inlined, plus
 * title, legend and footnote as SVG text, in the host's theme) or `png` (that SVG drawn at 2×).
 * `root` is the widget's shadow root (legend), `host` the element (theme), `stem` the file name stem.
 */
export async function chartImage(
  chart: SVGSVGElement,
  format: ImageFormat,
  options: { root: ParentNode; host: Element; title: string; footnote: string[]; lang: string; stem: string },
): Promise<ExportFile> {
  const width = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width;
  const height = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height;
  const text = framedSvg({
    chart: new XMLSerializer().serializeToString(inlineComputedStyles(chart)),
    width,
    height,
    title: options.title,
    legend: legendEntries(options.root),
    footnote: options.footnote,
    theme: hostTheme(options.host),
    lang: options.lang,
  });
  if (format === 'svg') return { filename: `${options.stem}.svg`, mimeType: 'image/svg+xml', content: text };
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(text);
  if (!size) throw new Error('the framed SVG has no width and height');
  return {
    filename: `${options.stem}.png`,
    mimeType: 'image/png',
    content: await svgToPng(text, Number(size[1]), Number(size[2]), 2),
  };
}
