import type { Basis } from '../../model/metrics.js';
import type { MetricResponse } from '../../model/response.js';
import { sparkline } from '../../charts/sparkline.js';
import { tileSeries, type TileMetric } from '../../views/tile-series.js';
import '../../views/tile-points/all.js';
import { tileTitle } from '../../views/tile-text.js';
import { svg } from 'lit';
import { formatNumber, formatPercent } from '../../render/format.js';
import type { ServerChartOptions, ServerChart } from '../types.js';
import { at } from '../../model/at.js';

/** Options of the `kpi-tile` kind: the tile's attributes; data is the metric's whole response. */
export interface KpiTileServerOptions extends ServerChartOptions {
  metric?: TileMetric;
  bucket?: string;
  basis?: Basis | 'net';
  measure?: number;
  target?: number;
}

export const kpiTileChart: ServerChart<unknown, KpiTileServerOptions & { response?: MetricResponse }> = (
  _rows,
  options,
  locale,
  intlLocale,
) => {
  const metric: TileMetric = options.metric ?? 'overdue';
  const s = tileSeries(
    metric,
    options.response ?? { meta: { asOf: '', source: '', currency: 'CNY', definitionVersion: '' }, rows: [] },
    {
      bucket: options.bucket ?? 'M1+',
      basis: options.basis === 'count' ? 'count' : 'balance',
      net: options.basis === 'net',
      measure: options.measure,
      compare: 'previous-period',
    },
  );
  const n = s.values.length;
  const latest = n ? at(s.values, n - 1) : NaN;
  const value = s.kind === 'rate' ? formatPercent(intlLocale, latest, 2) : formatNumber(intlLocale, latest, 2);
  const width = options.width ?? 320;
  const height = options.height ?? 120;
  const title = tileTitle(locale, intlLocale, {
    metric,
    bucket: options.bucket ?? 'M1+',
    basis: options.basis,
    measure: options.measure,
  });
  return {
    metric,
    chart: svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width=${width} height=${height} viewBox="0 0 ${width} ${height}"><text class="tile-value" x="0" y="30" font-size="28" font-weight="600">${value}</text><g transform="translate(0,44)">${sparkline({ width, height: height - 44, values: s.values, target: options.target ?? null })}</g></svg>`,
    width,
    height,
    title,
    legend: [],
  };
};
