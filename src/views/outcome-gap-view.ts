/**
 * Fair outcomes as words, chart rows and a table: pure functions of an `OutcomeGapResult` shared by
 * `<ck-outcome-gap>` and the `outcome-gap` SVG kind. A gap is only called worse when its whole interval
 * is on the worse side of zero; the texts always say which way and by how much.
 */
import type { IntervalRow } from '../charts/interval-chart.js';
import type { GapReading, OutcomeGapResult, OutcomeMeasure, SegmentMeasure, SegmentOutcome } from '../kpi/outcomes.js';
import { formatPointsBare as bare } from '../render/format-fixed.js';
import { formatNumber, formatPercent, formatPeriod, formatPoints, MISSING } from '../render/format.js';
import { t, type MessageKey, addMessagePack } from '../render/i18n/index.js';
import { seriesColor } from '../render/palette.js';
import type { TableSpec } from '../render/table.js';
import { addDefinitions } from '../model/definitions.js';
import { OUTCOMES_MESSAGES } from '../render/i18n/outcomes.js';
import { OUTCOMES_DEFINITIONS } from '../model/definitions/outcomes.js';

// This widget's texts and definitions load with it (not in every widget's chunk).
addMessagePack(OUTCOMES_MESSAGES);
addDefinitions(OUTCOMES_DEFINITIONS);

const MEASURE_KEYS: Record<OutcomeMeasure, MessageKey> = {
  overdue: 'outcomeGapOverdue',
  cure: 'outcomeGapCure',
  complaint: 'outcomeGapComplaint',
  arrangement: 'outcomeGapArrangement',
  redefault3: 'outcomeGapRedefault3',
  redefault6: 'outcomeGapRedefault6',
};

const READING_KEYS: Record<GapReading, MessageKey> = {
  reference: 'outcomeGapReference',
  worse: 'outcomeGapWorse',
  better: 'outcomeGapBetter',
  'no-gap': 'outcomeGapNoGap',
  'no-data': 'outcomeGapNoData',
};

/** Mark colours per reading (always with words beside them): vermillion worse, green better. */
const READING_COLORS: Record<GapReading, string> = {
  reference: 'currentColor',
  worse: seriesColor(1),
  better: seriesColor(2),
  'no-gap': seriesColor(0),
  'no-data': 'currentColor',
};

/** Labels of the known segment codes (any other code is shown as it is, as text). */
const SEGMENT_KEYS: Readonly<Record<string, MessageKey>> = {
  vulnerable: 'outcomeSegmentVulnerable',
  hardship: 'outcomeSegmentHardship',
  other: 'outcomeSegmentOther',
};

/** A customer segment's name in the language: the label of a known code, else the code itself (text only). */
export function segmentName(locale: string, code: string): string {
  const key = Object.hasOwn(SEGMENT_KEYS, code) ? SEGMENT_KEYS[code] : undefined;
  return key ? t(locale, key) : code;
}

/** A measure's name in the language. */
export function measureName(locale: string, measure: OutcomeMeasure): string {
  return t(locale, MEASURE_KEYS[measure]);
}

/** One compared cell of the chart: a segment other than the reference and one of its measures. */
export interface GapCell {
  segment: SegmentOutcome;
  measure: SegmentMeasure;
}

/** The chart's cells in row order: each compared segment's measures in turn. */
export function gapCells(result: OutcomeGapResult): GapCell[] {
  return result.segments
    .filter((s) => !s.reference)
    .flatMap((segment) => segment.measures.map((measure) => ({ segment, measure })));
}

/** One row per compared cell: the gap against the reference with its Newcombe interval, and its reading. */
export function outcomeChartRows(locale: string, intlLocale: string, result: OutcomeGapResult): IntervalRow[] {
  return gapCells(result).map(({ segment, measure }) => {
    const gap = measure.gap;
    return {
      key: `${segment.segment}:${measure.measure}`,
      label: `${segmentName(locale, segment.segment)} · ${measureName(locale, measure.measure)}`,
      estimate: gap?.estimate ?? NaN,
      low: gap?.low ?? NaN,
      high: gap?.high ?? NaN,
      status: measure.reading,
      color: READING_COLORS[measure.reading],
      text:
        gap && gap.estimate !== null
          ? t(locale, 'outcomeGapRowText', {
              gap: formatPoints(intlLocale, gap.estimate, 1),
              low: bare(intlLocale, gap.low),
              high: bare(intlLocale, gap.high),
              reading: t(locale, READING_KEYS[measure.reading]),
            })
          : t(locale, READING_KEYS[measure.reading]),
    };
  });
}

/** "2024-01 to 2025-12; each segment against other. Flagged only when …". */
export function rangeText(locale: string, intlLocale: string, result: OutcomeGapResult): string {
  return t(locale, 'outcomeGapRange', {
    from: formatPeriod(intlLocale, result.from),
    to: formatPeriod(intlLocale, result.to),
    reference: segmentName(locale, result.reference),
    comparisons: formatNumber(intlLocale, result.comparisons),
  });
}

/** One sentence per flag, or one saying no segment is shown to do worse. */
export function flagLines(locale: string, intlLocale: string, result: OutcomeGapResult): string[] {
  const reference = segmentName(locale, result.reference);
  if (!result.flags.length) return [t(locale, 'outcomeGapNoFlags', { reference })];
  return result.flags.map((f) =>
    t(locale, 'outcomeGapFlag', {
      segment: segmentName(locale, f.segment),
      measure: measureName(locale, f.measure),
      gap: formatPoints(intlLocale, f.gap.estimate, 1),
      reference,
      low: formatPoints(intlLocale, f.gap.low, 1),
      high: formatPoints(intlLocale, f.gap.high, 1),
    }),
  );
}

/** The live-region text of a focused cell. */
export function gapPointText(locale: string, intlLocale: string, cell: GapCell): string {
  const m = cell.measure;
  return t(locale, 'outcomeGapPoint', {
    segment: segmentName(locale, cell.segment.segment),
    measure: measureName(locale, m.measure),
    rate: formatPercent(intlLocale, m.rate.estimate, 1),
    numerator: formatNumber(intlLocale, m.numerator),
    denominator: formatNumber(intlLocale, m.denominator),
    gap: formatPoints(intlLocale, m.gap?.estimate, 1),
    low: formatPoints(intlLocale, m.gap?.low, 1),
    high: formatPoints(intlLocale, m.gap?.high, 1),
    reading: t(locale, READING_KEYS[m.reading]),
  });
}

/** The data table: every segment (the reference first) × measure with counts, rate, gap and reading. */
export function outcomeTable(locale: string, intlLocale: string, caption: string, result: OutcomeGapResult): TableSpec {
  const range = (low: string, high: string) => `${low} – ${high}`;
  return {
    caption,
    columns: [
      t(locale, 'outcomeGapSegment'),
      t(locale, 'outcomeGapMeasure'),
      t(locale, 'numerator'),
      t(locale, 'denominator'),
      t(locale, 'outcomeGapRate'),
      t(locale, 'outcomeGapGap', { reference: segmentName(locale, result.reference) }),
      t(locale, 'outcomeGapReading'),
    ],
    rows: result.segments.flatMap((s) =>
      s.measures.map((m) => [
        segmentName(locale, s.segment),
        measureName(locale, m.measure),
        formatNumber(intlLocale, m.numerator),
        formatNumber(intlLocale, m.denominator),
        m.rate.estimate === null
          ? MISSING
          : `${formatPercent(intlLocale, m.rate.estimate, 1)} (${range(formatPercent(intlLocale, m.rate.low, 1), formatPercent(intlLocale, m.rate.high, 1))})`,
        m.gap?.estimate == null
          ? MISSING
          : `${formatPoints(intlLocale, m.gap.estimate, 1)} (${range(formatPoints(intlLocale, m.gap.low, 1), formatPoints(intlLocale, m.gap.high, 1))})`,
        t(locale, READING_KEYS[m.reading]),
      ]),
    ),
  };
}

/** Axis tick of a gap in percentage points: whole points when the tick is whole, else one decimal. */
export function gapTick(intlLocale: string, v: number): string {
  const pp = v * 100;
  return formatPoints(intlLocale, v, Math.abs(pp - Math.round(pp)) < 1e-9 ? 0 : 1);
}
