import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { formatNumber, formatPercent, formatPeriod, formatTick } from '../../render/format.js';
import { t, type MessageKey } from '../../render/i18n/index.js';
import { periodInterval } from '../../render/period.js';
import { emit, type CkSelectDetail } from './events.js';
import { describeRatePoint, LineView, type LineViewSpec, type PointSeries } from './line-view.js';
import { rateLines } from './rate-table.js';

/** The `ck-select` detail of a point of a rate series (value null where the rate is undefined). */
export function ratePointDetail(s: PointSeries, i: number): CkSelectDetail {
  const v = s.ys[i] ?? NaN;
  return {
    series: s.key,
    period: s.labels[i] ?? '',
    value: Number.isFinite(v) ? v : null,
    numerator: s.numerators[i] ?? 0,
    denominator: s.denominators[i] ?? 0,
  };
}

/** What a widget tells its rate line view: how to redraw and speak, its languages, where events go. */
export interface RateLineHost {
  /** The element `ck-select` is emitted on; its updates redraw the chart. */
  host: ReactiveControllerHost & EventTarget;
  /** Puts text in the widget's live region. */
  announce(text: string): void;
  /** The catalogue language and the `Intl` locale. */
  locale(): string;
  intlLocale(): string;
}

/**
 * A `LineView` of rate series over periods: keyboard points are announced as "series, period: rate
 * (numerator of denominator)" and chosen points emit `ck-select` with their ratio.
 */
export function rateLineView(h: RateLineHost): LineView {
  return new LineView(
    () => h.host.requestUpdate(),
    (text) => h.announce(text),
    (s, i) => describeRatePoint(h.locale(), h.intlLocale(), s, i),
    (s, i) => emit<CkSelectDetail>(h.host, 'ck-select', ratePointDetail(s, i)),
  );
}

/** Lays `view` out over periods: month ticks (or the series' own interval) in `intlLocale`. */
export function layoutPeriods(
  view: LineView,
  intlLocale: string,
  spec: Omit<LineViewSpec, 'formatTime' | 'interval'>,
): void {
  const labels = view.series[0]?.labels ?? [];
  view.layout({
    ...spec,
    formatTime: (time, unit) => formatTick(intlLocale, time, unit ?? 'month'),
    interval: periodInterval(labels[0], labels[1]),
  });
}

/**
 * `make(locale)` kept for as long as the locale stays the same, so a formatter handed to a cached layout is
 * the same function from render to render.
 */
export function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  let seen: string | undefined;
  let value: T | undefined;
  return (locale) => {
    if (seen !== locale || value === undefined) {
      seen = locale;
      value = make(locale);
    }
    return value;
  };
}

/** The trend view of rates per period: a rate line view, whole-percent axis, rate tooltips. */
export class RateTrend {
  readonly lines: LineView;
  /** Height of the frame as last measured (260 px before). */
  #height = 260;
  readonly #axis = perLocale((loc) => (v: number) => formatPercent(loc, v, 0));

  constructor(private readonly h: RateLineHost) {
    this.lines = rateLineView(h);
  }

  /** Takes the frame's height (call in `willUpdate`): the chart fills the frame CSS sizes. */
  measure(root: ParentNode): void {
    const frame = root.querySelector<HTMLElement>('[part="frame"]');
    if (frame?.clientHeight) this.#height = frame.clientHeight;
  }

  /** The chart at `width` with its tooltip ("series · period" and the ratio). */
  chart(width: number): TemplateResult {
    const locale = this.h.intlLocale();
    layoutPeriods(this.lines, locale, { width, height: this.#height, formatValue: this.#axis(locale) });
    return this.lines.chart(
      (s, i) => ({
        title: `${s.label} · ${formatPeriod(locale, s.labels[i] ?? '')}`,
        lines: rateLines(this.h.locale(), locale, s.ys[i], s.numerators[i], s.denominators[i]),
      }),
      width,
    );
  }
}

/** Message keys of a rate tooltip's three lines: the rate, its numerator and its denominator. */
export type RateTooltipKeys = readonly [rate: MessageKey, numerator: MessageKey, denominator: MessageKey];

/** Rate axis values: one decimal, two below 1 %; one function per locale, so a cached layout stays valid. */
const rateAxis = new Map<string, (v: number) => string>();

/**
 * Lays `view` out over periods (rate axis with one decimal, two below 1 %) and returns its chart, whose tooltip
 * shows "series · period", then the rate (two decimals), numerator and denominator labelled by `keys`.
 */
export function periodRateChart(
  view: LineView,
  o: { width: number; height: number; locale: string; intlLocale: string; keys: RateTooltipKeys },
): TemplateResult {
  const { locale: l, intlLocale: loc } = o;
  let axis = rateAxis.get(loc);
  if (!axis) rateAxis.set(loc, (axis = (v: number) => formatPercent(loc, v, v !== 0 && Math.abs(v) < 0.01 ? 2 : 1)));
  layoutPeriods(view, loc, { width: o.width, height: o.height, formatValue: axis });
  return view.chart(
    (s, i) => ({
      title: `${s.label} · ${formatPeriod(loc, s.labels[i] ?? '')}`,
      lines: [
        [t(l, o.keys[0]), formatPercent(loc, s.ys[i], 2)],
        [t(l, o.keys[1]), formatNumber(loc, s.numerators[i])],
        [t(l, o.keys[2]), formatNumber(loc, s.denominators[i])],
      ],
    }),
    o.width,
  );
}
