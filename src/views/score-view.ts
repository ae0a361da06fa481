/**
 * The model monitor as words, chart rows and a table: pure functions of a `ScoreMonitor` shared by
 * `<ck-model-monitor>` and the `model-monitor` SVG kind.
 */
import type { IntervalRow } from '../charts/interval-chart.js';
import type { BandCalibration, ScoreMonitor, ScorePeriod } from '../kpi/scores.js';
import { formatFixed } from '../render/format-fixed.js';
import { formatNumber, formatPercent, formatPeriod } from '../render/format.js';
import { t, addMessagePack } from '../render/i18n/index.js';
import { seriesColor } from '../render/palette.js';
import type { TableSpec } from '../render/table.js';
import { addDefinitions } from '../model/definitions.js';
import { STRATEGY_MESSAGES } from '../render/i18n/strategy.js';
import { STRATEGY_DEFINITIONS } from '../model/definitions/strategy.js';

// This widget's texts and definitions load with it (not in every widget's chunk).
addMessagePack(STRATEGY_MESSAGES);
addDefinitions(STRATEGY_DEFINITIONS);

/** Flag limits as the monitor applied them. */
export interface MonitorLimits {
  psi: number;
  auc: number;
}

/** The period shown: `period` when the data has it, else the latest. */
export function shownPeriod(monitor: ScoreMonitor, period?: string): ScorePeriod | undefined {
  return monitor.periods.find((p) => p.period === period) ?? monitor.periods[monitor.periods.length - 1];
}

/** One row per band (lowest prediction first): observed rate with its Wilson interval, the prediction as target. */
export function bandChartRows(locale: string, intlLocale: string, p: ScorePeriod): IntervalRow[] {
  return p.bands.map((b) => ({
    key: b.band,
    label: b.band,
    estimate: b.observed ?? NaN,
    low: b.low ?? NaN,
    high: b.high ?? NaN,
    ...(b.expected !== null ? { target: b.expected } : {}),
    status: b.outside ? 'outside' : 'inside',
    color: b.outside ? seriesColor(1) : seriesColor(0),
    text: t(locale, 'modelRowText', {
      observed: formatPercent(intlLocale, b.observed, 1),
      predicted: formatPercent(intlLocale, b.expected, 1),
      flag: b.outside ? ` ${t(locale, 'modelOutside')}` : '',
    }),
  }));
}

const signed = (intlLocale: string, v: number | null) =>
  v === null ? formatFixed(intlLocale, v, 3) : `${v > 0 ? '+' : ''}${formatFixed(intlLocale, v, 3)}`;

/** The period's AUC, KS and PSI against the baseline, with the AUC and PSI flags in words. */
export function monitorStatus(
  locale: string,
  intlLocale: string,
  monitor: ScoreMonitor,
  p: ScorePeriod,
  limits: MonitorLimits,
): string {
  const change = p.aucDrop === null ? null : -p.aucDrop;
  return t(locale, 'modelStatus', {
    period: formatPeriod(intlLocale, p.period),
    auc: formatFixed(intlLocale, p.auc, 3),
    baseline: formatPeriod(intlLocale, monitor.baseline.period),
    baseAuc: formatFixed(intlLocale, monitor.baseline.auc, 3),
    drop: p.flags.auc
      ? t(locale, 'modelAucDown', {
          drop: formatFixed(intlLocale, p.aucDrop, 3),
          limit: formatFixed(intlLocale, limits.auc, 2),
        })
      : t(locale, 'modelAucChange', { drop: signed(intlLocale, change) }),
    ks: formatFixed(intlLocale, p.ks, 3),
    psi: formatFixed(intlLocale, p.psi, 3),
    psiFlag: p.flags.psi ? t(locale, 'modelPsiHigh', { limit: formatFixed(intlLocale, limits.psi, 2) }) : '',
  });
}

/** "Jul 2025 – Dec 2025" runs of consecutive flagged periods, joined. */
function runs(
  intlLocale: string,
  all: readonly ScorePeriod[],
  flagged: (p: ScorePeriod) => boolean,
  joiner: string,
): string {
  const out: string[] = [];
  let start: string | null = null;
  let last: string | null = null;
  for (const p of [...all, null]) {
    if (p && flagged(p)) {
      start ??= p.period;
      last = p.period;
    } else if (start !== null && last !== null) {
      out.push(
        start === last
          ? formatPeriod(intlLocale, start)
          : `${formatPeriod(intlLocale, start)} – ${formatPeriod(intlLocale, last)}`,
      );
      start = null;
    }
  }
  return out.join(joiner);
}

/** The flags in words: periods with PSI or AUC flagged (as runs), the shown period's bands outside their interval. */
export function flagLines(
  locale: string,
  intlLocale: string,
  monitor: ScoreMonitor,
  p: ScorePeriod,
  limits: MonitorLimits,
): string[] {
  const joiner = locale.startsWith('zh') ? '、' : ', ';
  const lines: string[] = [];
  const psi = runs(intlLocale, monitor.periods, (x) => x.flags.psi, joiner);
  const auc = runs(intlLocale, monitor.periods, (x) => x.flags.auc, joiner);
  if (psi) lines.push(t(locale, 'modelFlagsPsi', { limit: formatFixed(intlLocale, limits.psi, 2), periods: psi }));
  if (auc) lines.push(t(locale, 'modelFlagsAuc', { limit: formatFixed(intlLocale, limits.auc, 2), periods: auc }));
  if (p.flags.bands.length)
    lines.push(
      t(locale, 'modelFlagsBands', { period: formatPeriod(intlLocale, p.period), bands: p.flags.bands.join(joiner) }),
    );
  if (!lines.length) lines.push(t(locale, 'modelNoFlags'));
  return lines;
}

/** The live-region text of a focused band. */
export function bandPointText(locale: string, intlLocale: string, b: BandCalibration): string {
  return t(locale, 'modelPoint', {
    band: b.band,
    observed: formatPercent(intlLocale, b.observed, 1),
    repaid: formatNumber(intlLocale, b.repaid),
    accounts: formatNumber(intlLocale, b.accounts),
    low: formatPercent(intlLocale, b.low, 1),
    high: formatPercent(intlLocale, b.high, 1),
    predicted: formatPercent(intlLocale, b.expected, 1),
    elow: formatPercent(intlLocale, b.expectedLow, 1),
    ehigh: formatPercent(intlLocale, b.expectedHigh, 1),
    flag: t(locale, b.outside ? 'modelOutside' : 'modelInside'),
  });
}

/** The data table: the shown period's bands as drawn (accounts, prediction and its interval, observed and its interval, flag). */
export function bandTable(locale: string, intlLocale: string, caption: string, p: ScorePeriod): TableSpec {
  const range = (lo: number | null, hi: number | null) =>
    `${formatPercent(intlLocale, lo, 1)} – ${formatPercent(intlLocale, hi, 1)}`;
  return {
    caption,
    columns: [
      t(locale, 'modelBand'),
      t(locale, 'modelAccounts'),
      t(locale, 'modelPredicted'),
      t(locale, 'modelIntervalPredicted'),
      t(locale, 'modelRepaid'),
      t(locale, 'modelObserved'),
      t(locale, 'modelIntervalObserved'),
      t(locale, 'modelFlag'),
    ],
    rows: p.bands.map((b) => [
      b.band,
      formatNumber(intlLocale, b.accounts),
      formatPercent(intlLocale, b.expected, 1),
      range(b.expectedLow, b.expectedHigh),
      formatNumber(intlLocale, b.repaid),
      formatPercent(intlLocale, b.observed, 1),
      range(b.low, b.high),
      t(locale, b.outside ? 'modelOutside' : 'modelInside'),
    ]),
  };
}
