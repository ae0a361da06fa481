import { html, type TemplateResult } from 'lit';
import type { Ratio } from '../../kpi/types.js';
import type { PointSeries } from '../../views/point-series.js';
import { BarPanels, type BarPanel, type BarPanelsHost } from './bar-panels.js';
import { emit, type CkSelectDetail } from './events.js';
import type { FrameHandlers } from './frame.js';
import { RateTrend, type RateLineHost } from './rate-trend.js';

/** A bar that counts something and, unless it is a base, is a share of another bar. */
export interface ShareBar {
  key: string;
  value: number;
  share: Ratio | null;
}

/** What a widget tells its `PanelsTrend`: the bar panels' host, its languages, and the period bars count. */
export interface PanelsTrendHost<P extends BarPanel<ShareBar>> extends Omit<BarPanelsHost<P>, 'select'>, RateLineHost {
  /** The period (or cohort) the bars count, `period` of their `ck-select`. */
  period(): string;
}

/**
 * Two views of one funnel-like metric: panels of bars over the whole range (a bar's `ck-select` carries its
 * share) and the trend of its rates per period, with the legend; the frame holds whichever is shown.
 */
export class PanelsTrend<P extends BarPanel<ShareBar>> {
  readonly bars: BarPanels<P>;
  readonly trend: RateTrend;

  constructor(h: PanelsTrendHost<P>) {
    this.bars = new BarPanels<P>({
      ...h,
      select: (b) =>
        emit<CkSelectDetail>(h.host, 'ck-select', {
          series: b.key,
          period: h.period(),
          value: b.value,
          numerator: b.share?.numerator ?? b.value,
          denominator: b.share?.denominator ?? b.value,
        }),
    });
    this.trend = new RateTrend(h);
  }

  /** New data: the bar panels and the trend's series (focus dropped in both). */
  set(panels: readonly P[], series: PointSeries[]): void {
    this.bars.setPanels(panels);
    this.trend.lines.setSeries(series);
  }

  /**
   * The legend (trend only) and the frame, through the widget's `frame` (its `renderFrame` with the summary);
   * nothing while the panels wait for their first width.
   */
  view(
    trend: boolean,
    width: number,
    locale: string,
    frame: (content: TemplateResult, handlers: FrameHandlers) => TemplateResult,
  ): TemplateResult {
    const lines = this.trend.lines;
    return html`${trend ? lines.legend(locale) : null}
      ${
        trend
          ? frame(this.trend.chart(width), lines.handlers)
          : this.bars.ready
            ? frame(this.bars.view(), this.bars.handlers)
            : null
      }`;
  }
}
