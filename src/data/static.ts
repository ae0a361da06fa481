import type { MetricName, Query } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';
import type { Adapter, AdapterConfig } from './adapter.js';
import { DataError } from './errors.js';
import { filterRows } from './filter-rows.js';
import { validateResponse } from './validate.js';

/** Data of the static adapter: one `{meta, rows}` per metric. */
export type StaticData = Partial<Record<MetricName, unknown>>;

/**
 * Reads `<script type="application/json" data-metric="…">` children of `el`: each holds the
 * `{meta, rows}` of one metric. Parse errors name the metric.
 */
export function readJsonChildren(el: Element): StaticData {
  const data: Record<string, unknown> = {};
  for (const script of el.querySelectorAll<HTMLScriptElement>(
    ':scope > script[type="application/json"][data-metric]',
  )) {
    const metric = script.dataset.metric;
    if (metric === undefined) continue; // the selector asks for data-metric; a guard for the type
    try {
      data[metric] = JSON.parse(script.textContent ?? '');
    } catch (error) {
      throw new DataError(
        'parse',
        `The JSON for ${metric} inside <ck-source> is not valid: ${(error as Error).message}`,
        {
          metric,
          cause: error,
        },
      );
    }
  }
  return data;
}

/**
 * The static adapter: answers from data in hand — a JS object (`adapterOptions.data` or the
 * `data` argument) or JSON script children of `<ck-source>` — filtered by the query's period range
 * and dimensions, validated like any backend response.
 */
export function createStaticAdapter(data: StaticData | (() => StaticData)): Adapter {
  return {
    async fetch<M extends MetricName>(metric: M, query: Query): Promise<MetricResponse<M>> {
      const all = typeof data === 'function' ? data() : data;
      const body = all[metric];
      if (body === undefined) {
        throw new DataError(
          'http',
          `No static data for ${metric}: add a <script type="application/json" data-metric="${metric}"> child or set adapterOptions.data.${metric}.`,
          {
            status: 404,
            metric,
          },
        );
      }
      const response = validateResponse(metric, body);
      return filterRows(response, query);
    },
  };
}

/** Factory for `<ck-source adapter="static">`: `adapterOptions.data`, else the JSON children (read at fetch time). */
export function staticAdapterFactory(config: AdapterConfig): Adapter {
  const fromJs = config.options?.data as StaticData | undefined;
  if (fromJs) return createStaticAdapter(fromJs);
  const el = config.element;
  if (!el) throw new DataError('config', 'The static adapter needs adapterOptions.data or JSON <script> children.');
  return createStaticAdapter(() => readJsonChildren(el));
}
