// Every language's texts (and tile steps) loaded up front, as the SVG renderer and the one-file bundle have them.
import '../support/lazy-modules.js';
import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCurrency,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPercentTick,
  formatPoints,
  formatTick,
  MISSING,
} from '../../src/render/format.js';
import { periodKind, periodToTime } from '../../src/render/period.js';
import { resolveLocale, t, intlLocaleOf } from '../../src/render/i18n/index.js';

describe('format', () => {
  it.each([
    ['en', 0.0345, 2, '3.45%'],
    ['zh-CN', 0.0345, 1, '3.5%'],
    ['en', 1, 0, '100%'],
  ] as const)('formatPercent(%s, %s, %s) = %s', (locale, v, d, out) => {
    expect(formatPercent(locale, v, d)).toBe(out);
  });

  it('writes compact numbers in 万/亿 for Chinese and K/M/B for English', () => {
    expect(formatCompact('zh-CN', 120_000_000)).toBe('1.2亿');
    expect(formatCompact('zh-CN', 123_456_000)).toBe('1.2亿');
    expect(formatCompact('zh-CN', 45_600)).toBe('4.6万');
    expect(formatCompact('en', 120_000_000)).toBe('120M');
    expect(formatCompact('en', 45_600)).toBe('45.6K');
  });

  it('writes percentage points, not percent, for rate deltas', () => {
    expect(formatPoints('en', 0.0042)).toBe('+0.42 pp');
    expect(formatPoints('en', -0.001)).toBe('-0.10 pp');
    expect(formatPoints('zh-CN', 0.0042)).toBe('+0.42个百分点');
  });

  it('formats numbers and currency with grouping', () => {
    expect(formatNumber('en', 1234567.8)).toBe('1,234,568');
    expect(formatCurrency('zh-CN', 1234567)).toBe('¥1,234,567');
    expect(formatCurrency('en', 1234567, 'USD')).toBe('$1,234,567');
  });

  it('writes percent ticks with only the decimals they need', () => {
    expect([0, 0.005, 0.01, 0.015, 0.07, 0.0025].map((v) => formatPercentTick('en', v))).toEqual([
      '0%',
      '0.5%',
      '1%',
      '1.5%',
      '7%',
      '0.25%',
    ]);
  });

  it('never prints NaN or Infinity', () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) {
      expect(formatPercent('en', v)).toBe(MISSING);
      expect(formatNumber('en', v)).toBe(MISSING);
      expect(formatCompact('zh-CN', v)).toBe(MISSING);
      expect(formatPoints('en', v)).toBe(MISSING);
    }
  });

  it('formats periods per language', () => {
    expect(formatPeriod('en', '2024-05')).toBe('May 2024');
    expect(formatPeriod('zh-CN', '2024-05')).toBe('2024年5月');
    expect(formatPeriod('zh-CN', '2024-Q2')).toBe('2024年第2季度');
    expect(formatPeriod('en', '2024-Q2')).toBe('Q2 2024');
    expect(formatPeriod('en', 'not a period')).toBe('not a period');
  });

  it.each([
    ['en', '2021-03-08', 'day', 'Mar 8'],
    ['zh-CN', '2021-03-08', 'day', '3月8日'],
    ['en', '2021-03-08', 'date', 'Mar 8, 2021'],
    ['en', '2024-05-01', 'month', 'May 2024'],
    ['zh-CN', '2024-05-01', 'month', '2024年5月'],
    ['en', '2024-04-01', 'quarter', 'Q2 2024'],
    ['zh-CN', '2024-04-01', 'quarter', '2024年Q2'],
    ['en', '2024-01-01', 'year', '2024'],
    ['zh-CN', '2024-01-01', 'year', '2024年'],
  ] as const)('writes the %s tick at %s in unit %s as %s', (locale, date, unit, text) => {
    expect(formatTick(locale, Date.parse(`${date}T00:00:00Z`), unit)).toBe(text);
  });
});

describe('period', () => {
  it('maps contract periods to UTC times', () => {
    expect(periodToTime('2024-05')).toBe(Date.UTC(2024, 4, 1));
    expect(periodToTime('2024-05-17')).toBe(Date.UTC(2024, 4, 17));
    expect(periodToTime('2024-Q3')).toBe(Date.UTC(2024, 6, 1));
    expect(periodToTime('2024')).toBe(Date.UTC(2024, 0, 1));
    expect(periodToTime('May 2024')).toBeNaN();
    expect(periodKind('2024-05-17')).toBe('day');
    expect(periodKind('2024-Q3')).toBe('quarter');
  });
});

describe('i18n', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ])('resolveLocale(%s) = %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it('fills placeholders', () => {
    expect(t('en', 'emptyReason', { from: '2024-01', to: '2024-06' })).toBe('No data between 2024-01 and 2024-06.');
    expect(t('zh-CN', 'retry')).toBe('重试');
    expect(t('zh-TW', 'retry')).toBe('重試');
  });
});

describe('intlLocaleOf', () => {
  it.each([
    ['zh-Hans-CN', 'zh-CN', 'zh-Hans-CN'],
    ['zh-HK', 'zh-TW', 'zh-HK'],
    ['en-GB', 'en', 'en-GB'],
    ['ja-JP', 'en', 'en'],
  ])('page %s with catalogue %s formats as %s', (tag, locale, intl) => {
    expect(intlLocaleOf(tag, locale)).toBe(intl);
  });
});
