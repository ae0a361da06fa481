import type { MetricName, Query } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';
import { definitionLines, extraDefinitionLines, metricDefinition } from '../model/definitions.js';
import type { ExportContext } from './types.js';

/**
 * Provenance of a widget's export: metric, title, definition (version and text), filters, the period
 * (the query's, else the range of the rows' `period` or `cohort`), `asOf`, source, currency, language
 * and the time of export.
 */
export function exportContextOf(input: {
  metric: MetricName;
  response: MetricResponse<MetricName> | undefined;
  query: Query;
  title: string;
  locale: string;
  intlLocale: string;
}): ExportContext {
  const { metric, response, query } = input;
  const def = metricDefinition(metric, input.locale);
  let from = query.from ?? null;
  let to = query.to ?? null;
  if (!from || !to) {
    let lo: string | null = null;
    let hi: string | null = null;
    for (const row of (response?.rows ?? []) as unknown as Record<string, unknown>[]) {
      const p = row['period'] ?? row['cohort'];
      if (typeof p !== 'string') continue;
      if (lo === null || p < lo) lo = p;
      if (hi === null || p > hi) hi = p;
    }
    from ??= lo;
    to ??= hi;
  }
  return {
    metric,
    title: input.title,
    definitionVersion: def.version,
    dataDefinitionVersion: response?.meta.definitionVersion ?? '',
    definition: [...definitionLines(def), ...extraDefinitionLines(def)],
    filters: query,
    period: { from, to },
    asOf: response?.meta.asOf ?? '',
    source: response?.meta.source ?? '',
    currency: response?.meta.currency ?? '',
    lang: input.intlLocale,
    exportedAt: new Date().toISOString(),
  };
}
