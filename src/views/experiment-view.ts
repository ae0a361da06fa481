/**
 * The strategy test as words, chart rows and a table: pure functions of an `ExperimentResult` shared by
 * `<ck-strategy-test>` and the `strategy-test` SVG kind. A difference is only called a win when its whole
 * interval is above zero; arms without enough data show no interval and no rank.
 */
import type { IntervalRow } from '../charts/interval-chart.js';
import type { ArmResult, ExperimentResult } from '../kpi/experiments.js';
import type { ConfidenceInterval } from '../kpi/intervals.js';
import { formatFixed, formatPointsBare as bare } from '../render/format-fixed.js';
import { formatNumber, formatPercent, formatPeriod, formatPoints, MISSING } from '../render/format.js';
import { t, type MessageKey, addMessagePack } from '../render/i18n/index.js';
import { seriesColor } from '../render/palette.js';
import type { TableSpec } from '../render/table.js';
import { addDefinitions } from '../model/definitions.js';
import { STRATEGY_MESSAGES } from '../render/i18n/strategy.js';
import { STRATEGY_DEFINITIONS } from '../model/definitions/strategy.js';

// This widget's texts and definitions load with it (not in every widget's chunk).
addMessagePack(STRATEGY_MESSAGES);
addDefinitions(STRATEGY_DEFINITIONS);

const VERDICT_KEYS: Record<Exclude<ArmResult['verdict'], 'not-enough-data'>, MessageKey> = {
  champion: 'strategyChampionRole',
  better: 'strategyBetter',
  worse: 'strategyWorse',
  'no-difference': 'strategyNoDifference',
};

const ROW_KEYS: Record<ArmResult['verdict'], MessageKey> = {
  champion: 'strategyChampionRole',
  better: 'strategyRowBetter',
  worse: 'strategyRowWorse',
  'no-difference': 'strategyRowSame',
  'not-enough-data': 'strategyRowNotEnough',
};

/** Mark colours per reading (always with words beside them): green better, vermillion worse. */
const VERDICT_COLORS: Record<ArmResult['verdict'], string> = {
  champion: 'currentColor',
  better: seriesColor(2),
  worse: seriesColor(1),
  'no-difference': seriesColor(0),
  'not-enough-data': 'currentColor',
};

/** The reading of an arm in words: "✓ better than the champion", "… not enough data (1,152 of 9,621 accounts needed)". */
export function verdictText(locale: string, intlLocale: string, arm: ArmResult, needed: number | null): string {
  if (arm.verdict === 'not-enough-data') {
    return t(locale, 'strategyNotEnough', {
      accounts: formatNumber(intlLocale, arm.accounts),
      needed: formatNumber(intlLocale, needed),
    });
  }
  return t(locale, VERDICT_KEYS[arm.verdict]);
}

/** The arm's display name: its code, with "(champion)" for the champion. */
export function armLabel(locale: string, arm: ArmResult): string {
  return arm.champion ? `${arm.arm} (${t(locale, 'strategyChampion')})` : arm.arm;
}

/** One row per arm for the interval chart: its cure rate and Wilson interval, and the difference in words. */
export function experimentChartRows(locale: string, intlLocale: string, result: ExperimentResult): IntervalRow[] {
  return result.arms.map((arm) => {
    const shown = arm.verdict !== 'not-enough-data';
    const d = arm.vsChampion?.cure;
    const text = arm.champion
      ? `${formatPercent(intlLocale, arm.cure.rate, 1)} ${t(locale, 'strategyChampionRole')}`
      : shown && d
        ? t(locale, 'strategyRowText', {
            diff: formatPoints(intlLocale, d.estimate, 1),
            low: bare(intlLocale, d.low),
            high: bare(intlLocale, d.high),
            verdict: t(locale, ROW_KEYS[arm.verdict]),
          })
        : t(locale, ROW_KEYS[arm.verdict]);
    return {
      key: arm.arm,
      label: armLabel(locale, arm),
      estimate: shown ? (arm.cure.rate ?? NaN) : NaN,
      low: shown ? (arm.cure.low ?? NaN) : NaN,
      high: shown ? (arm.cure.high ?? NaN) : NaN,
      status: arm.verdict,
      color: VERDICT_COLORS[arm.verdict],
      text,
    };
  });
}

/** "Fixed horizon: accounts assigned … ; outcomes within 30 days …". */
export function horizonText(locale: string, intlLocale: string, result: ExperimentResult): string {
  const params = {
    from: formatPeriod(intlLocale, result.from),
    to: formatPeriod(intlLocale, result.to),
    days: formatNumber(intlLocale, result.horizonDays),
  };
  if (result.neededPerArm === null || result.mde === null) return t(locale, 'strategyHorizonNoMde', params);
  return t(locale, 'strategyHorizon', {
    ...params,
    mde: formatPoints(intlLocale, result.mde, 1),
    needed: formatNumber(intlLocale, result.neededPerArm),
  });
}

/** One sentence per challenger: its difference, interval and reading (never "better" when the interval crosses zero). */
export function verdictLines(locale: string, intlLocale: string, result: ExperimentResult): string[] {
  const lines = result.arms
    .filter((a) => !a.champion)
    .map((a) => {
      const verdict = verdictText(locale, intlLocale, a, result.neededPerArm);
      const d = a.vsChampion?.cure;
      if (a.verdict === 'not-enough-data' || !d) return t(locale, 'strategyNotEnoughLine', { arm: a.arm, verdict });
      return t(locale, 'strategyVerdict', {
        arm: a.arm,
        diff: formatPoints(intlLocale, d.estimate, 1),
        low: formatPoints(intlLocale, d.low, 1),
        high: formatPoints(intlLocale, d.high, 1),
        verdict,
      });
    });
  if (!result.arms.some((a) => a.verdict === 'better')) lines.push(t(locale, 'strategyNoWinner'));
  return lines;
}

/** The live-region text of a focused arm. */
export function armPointText(locale: string, intlLocale: string, result: ExperimentResult, arm: ArmResult): string {
  return t(locale, 'strategyPoint', {
    arm: armLabel(locale, arm),
    rate: formatPercent(intlLocale, arm.cure.rate, 1),
    numerator: formatNumber(intlLocale, arm.cure.numerator),
    denominator: formatNumber(intlLocale, arm.cure.denominator),
    low: formatPercent(intlLocale, arm.cure.low, 1),
    high: formatPercent(intlLocale, arm.cure.high, 1),
    verdict: verdictText(locale, intlLocale, arm, result.neededPerArm),
  });
}

function pct(
  locale: string,
  intlLocale: string,
  i: { rate?: number | null; low: number | null; high: number | null },
): string {
  return `${formatPercent(intlLocale, i.rate ?? null, 1)} (${t(locale, 'strategyIntervalText', { low: formatPercent(intlLocale, i.low, 1), high: formatPercent(intlLocale, i.high, 1) })})`;
}

function points(locale: string, intlLocale: string, i: ConfidenceInterval | undefined): string {
  if (!i || i.estimate === null) return MISSING;
  return `${formatPoints(intlLocale, i.estimate, 1)} (${t(locale, 'strategyIntervalText', { low: formatPoints(intlLocale, i.low, 1), high: formatPoints(intlLocale, i.high, 1) })})`;
}

function amount(
  locale: string,
  intlLocale: string,
  i: ConfidenceInterval | undefined,
  currency: string,
  signed = false,
): string {
  if (!i || i.estimate === null) return MISSING;
  const f = (v: number | null) => (signed && v !== null && v > 0 ? '+' : '') + formatFixed(intlLocale, v, 2, currency);
  return `${f(i.estimate)} (${t(locale, 'strategyIntervalText', { low: f(i.low), high: f(i.high) })})`;
}

/** The data table: every arm side by side with all measures, intervals, differences against the champion, reading and rank. */
export function experimentTable(
  locale: string,
  intlLocale: string,
  caption: string,
  result: ExperimentResult,
  currency: string,
): TableSpec {
  const per = formatNumber(intlLocale, result.per);
  return {
    caption,
    columns: [
      t(locale, 'strategyArm'),
      t(locale, 'strategyAccounts'),
      t(locale, 'strategyCure'),
      t(locale, 'numerator'),
      t(locale, 'strategyVsChampion', { measure: t(locale, 'strategyCure') }),
      t(locale, 'strategyRollForward'),
      t(locale, 'strategyVsChampion', { measure: t(locale, 'strategyRollForward') }),
      t(locale, 'strategyCollected'),
      t(locale, 'strategyVsChampion', { measure: t(locale, 'strategyCollected') }),
      t(locale, 'strategyCost'),
      t(locale, 'strategyComplaints', { per }),
      t(locale, 'strategyReading'),
      t(locale, 'strategyRank'),
    ],
    rows: result.arms.map((a) => [
      armLabel(locale, a),
      formatNumber(intlLocale, a.accounts),
      pct(locale, intlLocale, a.cure),
      formatNumber(intlLocale, a.cure.numerator),
      points(locale, intlLocale, a.vsChampion?.cure),
      pct(locale, intlLocale, a.rollForward),
      points(locale, intlLocale, a.vsChampion?.rollForward),
      amount(locale, intlLocale, a.collectedPerAccount, currency),
      amount(locale, intlLocale, a.vsChampion?.collectedPerAccount, currency, true),
      amount(locale, intlLocale, a.costPerAccount, currency),
      `${formatFixed(intlLocale, a.complaintsPer.rate, 1)} (${t(locale, 'strategyIntervalText', { low: formatFixed(intlLocale, a.complaintsPer.low, 1), high: formatFixed(intlLocale, a.complaintsPer.high, 1) })})`,
      verdictText(locale, intlLocale, a, result.neededPerArm),
      a.rank === null ? MISSING : formatNumber(intlLocale, a.rank),
    ]),
  };
}
