import { csvParseRows } from 'd3-dsv';
import type { MetricName } from '../model/metrics.js';
import type { ResponseMeta } from '../model/response.js';
import { ROW_SHAPES } from './validate.js';
import type { Adapter, AdapterConfig } from './adapter.js';
import { httpAdapter, withUrl } from './http-adapter.js';
import { safeUrl } from './safe-url.js';
import { DataError } from './errors.js';
import { filterRows } from './filter-rows.js';
import { validateResponse } from './validate.js';
import { at } from '../model/at.js';

/** Options of the CSV adapter. */
export interface CsvAdapterOptions {
  /** CSV URL per metric (absolute or relative to the page). */
  urls: Partial<Record<MetricName, string>>;
  /** Contract field → CSV column name, per metric (fields not listed are read from a column of the same name). */
  columns?: Partial<Record<MetricName, Record<string, string>>>;
  /**
   * Raw files: per metric, a function from the parsed CSV records (all columns as text) to contract
   * rows — e.g. account snapshots through `snapshotsToRollRates`. Used instead of `columns`.
   */
  aggregate?: Partial<Record<MetricName, (records: Record<string, string>[]) => unknown[]>>;
  /** Meta of the responses (asOf defaults to the response's Last-Modified header, else now). */
  meta?: Partial<ResponseMeta>;
  fetch?: typeof fetch;
}

/**
 * CSV text → records keyed by the header row, with the header's names as `columns`. Built on
 * `csvParseRows`, because `csvParse` compiles its row converter with `new Function`, which a page's
 * Content-Security-Policy without 'unsafe-eval' forbids. Later duplicate headers win, as in `csvParse`.
 */
export function parseCsvRecords(text: string): Record<string, string>[] & { columns: string[] } {
  const [header = [], ...lines] = csvParseRows(text);
  const records = lines.map((line) => {
    const record: Record<string, string> = {};
    header.forEach((name, i) => (record[name] = line[i] ?? ''));
    return record;
  });
  return Object.assign(records, { columns: header });
}

/** Parses CSV text into contract rows of `metric`, mapping columns and converting numbers; errors name the line. */
export function parseMetricCsv(
  metric: MetricName,
  text: string,
  columns: Record<string, string> = {},
): Record<string, unknown>[] {
  const shape = ROW_SHAPES[metric];
  const parsed = parseCsvRecords(text);
  const missing = Object.entries(shape)
    .filter(([field, kind]) => !kind.startsWith('optional') && !parsed.columns.includes(columns[field] ?? field))
    .map(([field]) => columns[field] ?? field);
  if (missing.length) {
    throw new DataError(
      'validation',
      `The ${metric} CSV lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (it has ${parsed.columns
        .map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c))
        .join(', ')
        .slice(0, 500)}).`,
      {
        metric,
        field: at(missing, 0),
      },
    );
  }
  return parsed.map((record, i) => {
    const row: Record<string, unknown> = {};
    for (const [field, kind] of Object.entries(shape)) {
      const raw = record[columns[field] ?? field];
      if (kind === 'string' || kind === 'optional-string') {
        if (raw !== undefined && raw !== '') row[field] = raw;
        else if (kind === 'string') row[field] = raw;
      } else if (kind === 'optional-count' && (raw === undefined || raw.trim() === '')) {
        continue;
      } else {
        const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw.replace(/,/g, ''));
        if (!Number.isFinite(n)) {
          throw new DataError(
            'validation',
            `The ${metric} CSV line ${i + 2} column "${columns[field] ?? field}" is ${JSON.stringify(raw === undefined ? '' : raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)}, expected a number.`,
            {
              metric,
              rowIndex: i,
              field,
            },
          );
        }
        row[field] = n;
      }
    }
    return row;
  });
}

/** The CSV adapter: one CSV file per metric, parsed with d3-dsv, mapped to the contract and validated. */
export function createCsvAdapter(options: CsvAdapterOptions): Adapter {
  return httpAdapter(options.fetch, async (doFetch, metric, query, signal) => {
    const url = options.urls[metric];
    if (!url) throw new DataError('http', `No CSV URL for ${metric}.`, { status: 404, metric });
    const href = new URL(url, typeof document !== 'undefined' ? document.baseURI : 'http://localhost/').href;
    const shown = safeUrl(href);
    let response: Response;
    try {
      response = await doFetch(href, signal ? { signal } : {});
    } catch (error) {
      throw new DataError(signal?.aborted ? 'aborted' : 'network', `Could not load the ${metric} CSV (GET ${shown}).`, {
        url: shown,
        metric,
        cause: error,
      });
    }
    if (!response.ok) {
      throw new DataError('http', `The server answered ${response.status} for the ${metric} CSV (GET ${shown}).`, {
        status: response.status,
        url: shown,
        metric,
      });
    }
    const text = await response.text();
    const aggregate = options.aggregate?.[metric];
    const rows = withUrl(shown, () =>
      aggregate ? aggregate(parseCsvRecords(text)) : parseMetricCsv(metric, text, options.columns?.[metric]),
    );
    const modified = response.headers.get('last-modified');
    const meta: ResponseMeta = {
      asOf: options.meta?.asOf ?? (modified ? new Date(modified).toISOString() : new Date().toISOString()),
      source: options.meta?.source ?? href,
      currency: options.meta?.currency ?? 'CNY',
      definitionVersion: options.meta?.definitionVersion ?? '',
    };
    return withUrl(shown, () => filterRows(validateResponse(metric, { meta, rows }), query));
  });
}

/**
 * Factory for `<ck-source adapter="csv" overdue-url="/data/overdue.csv" …>`: a `{metric}-url`
 * attribute per metric, or `adapterOptions` (`urls`, `columns`, `meta`) from JS.
 */
export function csvAdapterFactory(config: AdapterConfig): Adapter {
  const o = (config.options ?? {}) as Partial<CsvAdapterOptions>;
  const urls: Partial<Record<MetricName, string>> = { ...o.urls };
  for (const [name, value] of Object.entries(config.attributes)) {
    const m = /^(.+)-url$/.exec(name);
    if (m && m[1] !== 'base') (urls as Record<string, string>)[at(m, 1)] = value;
  }
  if (!Object.keys(urls).length)
    throw new DataError(
      'config',
      'The csv adapter needs a {metric}-url attribute (e.g. overdue-url) or adapterOptions.urls.',
    );
  return createCsvAdapter({ ...o, urls });
}
