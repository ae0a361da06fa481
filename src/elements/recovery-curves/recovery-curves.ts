import type { PropertyDeclarations } from 'lit';
import type { MetricResponse } from '../../model/response.js';
import { t } from '../../render/i18n/index.js';
import { widgetStyles } from '../shared/widget.styles.js';
import type { PointSeries } from '../shared/line-view.js';
import { CkCurvesWidget, type CurveTexts } from './curves-widget.js';
import { recoverySeries } from '../../views/recovery-series.js';
import { curvesStyles } from './recovery-curves.styles.js';

/**
 * Cumulative recovery after charge-off (回收率曲线), one curve per charge-off cohort: recoveries within m
 * months ÷ the cohort's charged-off balance, gross or net of fees. With `projection="chain-ladder"`,
 * immature cohorts are completed with development factors from mature cohorts, drawn dashed and
 * labelled as projection (also in the tooltip, the announcement and the table).
 *
 * @summary Recovery curves by charge-off cohort, with chain-ladder projection (回收率曲线).
 * @tag ck-recovery-curves
 *
 * @attr {string} highlight - Latest cohorts in colour when there are more than seven (default 3; the rest recede, the average is drawn); `all` colours every cohort.
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {number} max-months - Last month since charge-off drawn (and projected to). Default 36.
 * @attr {boolean} net - Net of collection fees (recovered − fees) instead of gross.
 * @attr {'chain-ladder'|'none'} projection - Complete immature cohorts by chain ladder. Default `none`.
 * @attr {string} from - First charge-off cohort, inclusive (`YYYY-MM`).
 * @attr {string} to - Last charge-off cohort, inclusive (`YYYY-MM`).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed.
 * @event {CustomEvent<CkCurveSelectDetail>} ck-select - A point was chosen by click or Enter: cohort (`series`), `month`, rate, parts, `projected`.
 *
 * @csspart frame - The focusable chart area.
 * @csspart axis - Axes and grid lines.
 * @csspart mark - Curves (projected segments have class `projected`).
 * @csspart legend - The legend with cohort toggles.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view (cohorts × months).
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-chart-height - Height of the chart area (default 260px).
 * @cssproperty --ck-series-1 - Colour of the first cohort (up to --ck-series-7, then repeating).
 */
export class CkRecoveryCurves extends CkCurvesWidget<'recovery'> {
  static override styles = [widgetStyles, curvesStyles];

  static override properties: PropertyDeclarations = {
    maxMonths: { type: Number, attribute: 'max-months' },
    net: { type: Boolean },
    projection: { type: String },
  };

  /** Last month since charge-off drawn (and projected to). Default 36. */
  declare maxMonths: number;
  /** Net of collection fees (recovered − fees) instead of gross. */
  declare net: boolean;
  /** Complete immature cohorts by chain ladder. Default `none`. */
  declare projection: string;

  protected readonly metric = 'recovery' as const;
  protected readonly texts: CurveTexts = {
    summary: 'recoverySummary',
    latest: 'recoveryLatest',
    month: 'month',
    monthLabel: 'recoveryMonth',
    cohort: 'recoveryCohort',
    point: 'recoveryPoint',
    projected: 'recoveryProjected',
  };
  protected seriesKeys(): readonly unknown[] {
    return [this.maxMonths, this.net, this.projection];
  }

  constructor() {
    super();
    this.maxMonths = 36;
    this.net = false;
    this.projection = 'none';
  }

  protected buildSeries(response: MetricResponse<'recovery'>): PointSeries[] {
    return recoverySeries(response.rows, {
      net: this.net,
      maxMonths: Math.max(1, Math.floor(this.maxMonths || 36)),
      projection: this.projection === 'chain-ladder',
    });
  }

  #basis(): string {
    return t(this.locale, this.net ? 'tileNet' : 'tileGross');
  }

  protected chartTitle(): string {
    return t(this.locale, 'recoveryTitle', { basis: this.#basis() });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-recovery-curves': CkRecoveryCurves;
  }
}
