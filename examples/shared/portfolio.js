/**
 * The data every example host passes to `<ck-source adapter="static">` as a property (an object, not a
 * string): `source.adapterOptions = { data: portfolio }`. One metric, `overdue`, three months of counts
 * and balances per bucket, including the current bucket M0 (each month's total is the denominator).
 * The examples show no complaint data on purpose: their `<ck-complaint-trend>` reports it with `ck-error`.
 */
const meta = { asOf: '2025-04-01T00:00:00Z', source: 'example portfolio', currency: 'CNY', definitionVersion: '1' };

/** `{ overdue: { meta, rows } }`: the static adapter's data, keyed by metric. */
export const portfolio = {
  overdue: {
    meta,
    rows: [
      { period: '2025-01', bucket: 'M0', accounts: 9500, balance: 95000000 },
      { period: '2025-01', bucket: 'M1', accounts: 350, balance: 3500000 },
      { period: '2025-01', bucket: 'M2', accounts: 150, balance: 1500000 },
      { period: '2025-02', bucket: 'M0', accounts: 9450, balance: 94500000 },
      { period: '2025-02', bucket: 'M1', accounts: 380, balance: 3800000 },
      { period: '2025-02', bucket: 'M2', accounts: 170, balance: 1700000 },
      { period: '2025-03', bucket: 'M0', accounts: 9400, balance: 94000000 },
      { period: '2025-03', bucket: 'M1', accounts: 400, balance: 4000000 },
      { period: '2025-03', bucket: 'M2', accounts: 200, balance: 2000000 },
    ],
  },
};

/** The text a host shows for a `ck-select` detail: series, period and value. */
export const describeSelection = (detail) => `${detail.series} ${detail.period} ${detail.value}`;

/** The language the language button switches to. */
export const otherLang = (lang) => (lang === 'en' ? 'zh-CN' : 'en');
