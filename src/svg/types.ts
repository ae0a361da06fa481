import type { SVGTemplateResult } from 'lit';
import type { MetricName } from '../model/metrics.js';
import type { ResponseMeta } from '../model/response.js';
import { type SvgLegendEntry, type SvgTheme } from '../export/svg.js';

/** Options every server chart accepts. */
export interface ServerChartOptions {
  /** Chart width and height in px (default 640 × 280). */
  width?: number;
  height?: number;
  /** Language of labels and numbers (BCP 47, default `en`). */
  lang?: string;
  /** Title above the chart (default: the widget's title). */
  title?: string;
  /** Provenance for the footnote when `data` is rows rather than a response with `meta`. */
  meta?: Partial<ResponseMeta>;
  /** Colours and font (default the light theme). */
  theme?: SvgTheme;
  /** Time zone of the `asOf` footnote (default `UTC`; servers rarely run in the reader's zone). */
  timeZone?: string;
  /** `false`: only the chart's `<svg class="chart">` (plus stylesheet), no title, legend or footnote. */
  frame?: boolean;
}

/** What a chart kind produces before framing. */
export interface ServerChartPart {
  metric: MetricName;
  chart: SVGTemplateResult;
  width: number;
  height: number;
  title: string;
  /** Series names for the legend, in palette order. */
  legend: string[];
  /** Legend entries with their own colours (cohort curves with receded lines); when set, `legend` is not used. */
  legendEntries?: SvgLegendEntry[];
}

/** A chart kind of the server renderer: data and options → chart template, title and legend. */
export type ServerChart<D = never, O extends ServerChartOptions = ServerChartOptions> = (
  data: D,
  options: O,
  locale: string,
  intlLocale: string,
) => ServerChartPart;

/** Data a chart kind accepts: its rows, or a whole response (`{meta, rows}`) whose `meta` goes into the footnote. */
export type ServerChartData<R> = readonly R[] | { meta?: Partial<ResponseMeta>; rows: readonly R[] };
