/**
 * Fuzz of the whole data path in Node: malformed responses generated from docs/openapi.json (see
 * mutations.ts) through adapter (static object, rest JSON text, csv text) → validation and contract →
 * KPI → view model → chart (renderChartSvg, every server chart kind of the metric).
 * Property: the outcome is an SVG or a DataError (or the KPI layer's KpiInputError) that names the
 * field (and row, when one row is at fault); never another exception; never NaN, Infinity or
 * undefined in an SVG attribute or text.
 * Runs: CK_FUZZ_RUNS per metric (default 400 × 13 metrics = 5,200 malformed responses;
 * CK_FUZZ_RUNS=10000 is the full 10,000 per metric: 1–2.5 minutes per metric);
 * CK_SEED replays a run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRICS, type MetricName } from '../../src/model/metrics.js';
import { createRestAdapter } from '../../src/data/rest.js';
import { createCsvAdapter } from '../../src/data/csv.js';
import { createStaticAdapter } from '../../src/data/static.js';
import { DataError } from '../../src/data/errors.js';
import { KpiInputError } from '../../src/kpi/errors.js';
import { agentPerformance } from '../../src/kpi/agents.js';
import type { AgentRow } from '../../src/model/rows.js';
import type { MetricResponse } from '../../src/model/response.js';
import { renderChartSvg } from '../../src/svg/index.js';
import type { ServerChartOptions } from '../../src/svg/types.js';
import { fuzzCase, type FuzzCase } from './mutations.js';

const RUNS = Number(process.env.CK_FUZZ_RUNS ?? 400);

/** Server chart kinds (with options) that draw each metric. */
const CHARTS: Record<MetricName, [string, ServerChartOptions & Record<string, unknown>][]> = {
  overdue: [
    ['overdue-trend', { buckets: 'M1,M2,M3+', basis: 'balance' }],
    ['kpi-tile', { metric: 'overdue', bucket: 'M1+' }],
  ],
  'roll-rates': [['roll-rates', { basis: 'count' }]],
  vintage: [['vintage-curves', {}]],
  recovery: [
    ['recovery-curves', {}],
    ['kpi-tile', { metric: 'recovery' }],
  ],
  agents: [['kpi-tile', { metric: 'agents' }]],
  complaints: [
    ['complaint-trend', { sla: 0.95, lang: 'zh-CN' }],
    ['kpi-tile', { metric: 'complaints' }],
  ],
  channels: [['channel-mix', { measure: 'contactRate' }]],
  compliance: [
    ['compliance-monitor', { rules: 'cn-cba-2026' }],
    ['compliance-monitor', { rules: 'us-reg-f', lang: 'zh-TW' }],
  ],
  experiments: [
    ['strategy-test', {}],
    ['strategy-test', { mde: 0.02, per: 1000, lang: 'zh-CN' }],
  ],
  scores: [['model-monitor', { lang: 'zh-TW' }]],
  quality: [
    ['qa-scorecard', { method: 'ai' }],
    ['qa-scorecard', { method: 'manual', lang: 'zh-CN' }],
  ],
  promises: [['ptp-funnel', { grace: 3 }]],
  'contact-hours': [
    ['contact-heatmap', { measure: 'rpc-rate', rules: 'cn-cba-2026' }],
    ['contact-heatmap', { measure: 'promises-per-rpc', rules: 'us-reg-f', minDenominator: 1, lang: 'zh-TW' }],
    ['contact-heatmap', { measure: 'volume' }],
  ],
  outcomes: [
    ['outcome-gap', {}],
    ['outcome-gap', { reference: 'vulnerable', lang: 'zh-CN' }],
  ],
  workload: [
    ['workload', {}],
    ['workload', { measure: 'coverage', lang: 'zh-CN' }],
  ],
  agencies: [
    ['agency-scorecard', { measure: 'recovery' }],
    ['agency-scorecard', { measure: 'complaints', lang: 'zh-CN' }],
  ],
  legal: [['legal-pipeline', {}]],
};

function adapterFor(metric: MetricName, c: FuzzCase) {
  const respond = () => Promise.resolve(new Response(c.text(), { status: 200 }));
  switch (c.route) {
    case 'static':
      return createStaticAdapter({ [metric]: c.object() });
    case 'rest':
      return createRestAdapter({ baseUrl: 'https://api.example.test/v1', token: 'secret-token', fetch: respond });
    case 'csv':
      return createCsvAdapter({
        urls: { [metric]: 'https://files.example.test/data.csv' },
        meta: { asOf: '2025-04-01T00:00:00Z' },
        fetch: respond,
      });
  }
}

/** Attribute values and text of an SVG document that hold NaN, Infinity or undefined. */
export function badSvgValues(svg: string): string[] {
  const bad: string[] = [];
  const word = /\b(NaN|Infinity|undefined)\b/;
  for (const m of svg.matchAll(/\s([\w:-]+)="([^"]*)"/g))
    if (word.test(m[2] ?? '')) bad.push(`${m[1]}="${(m[2] ?? '').slice(0, 80)}"`);
  for (const m of svg.matchAll(/>([^<]+)</g))
    if (word.test(m[1] ?? '')) bad.push(`text ${JSON.stringify((m[1] ?? '').slice(0, 80))}`);
  return bad;
}

/** Checks an error thrown on the data path: a DataError or KpiInputError that names what was wrong. */
function expectNamedError(error: unknown, c: FuzzCase): void {
  if (error instanceof DataError) {
    expect(['validation', 'parse'], `${c.toString()}: ${error.message}`).toContain(error.kind);
    if (error.kind === 'parse') {
      expect(
        c.damage !== null || c.rawInText,
        `${c.toString()}: parse error of text that was not damaged: ${error.message}`,
      ).toBe(true);
      return;
    }
    // A row that is not an object has no field to name: its row is named instead.
    expect(
      error.field ?? error.rowIndex,
      `${c.toString()}: validation error naming neither row nor field: ${error.message}`,
    ).not.toBeUndefined();
    // JSON rows are named by index, CSV rows by file line (header = line 1), contract rows by period or cohort.
    if (error.rowIndex !== undefined)
      expect(error.message, `${c.toString()}`).toMatch(
        new RegExp(`\\brow ${error.rowIndex}\\b|\\bline ${error.rowIndex + 2}\\b|\\b(period|cohort) `),
      );
    expect(error.message.length).toBeLessThan(2000);
    return;
  }
  if (error instanceof KpiInputError) {
    expect(
      error.field ?? error.rowIndex,
      `${c.toString()}: KPI error without row or field: ${error.message}`,
    ).not.toBeNull();
    expect(error.message.length).toBeLessThan(2000);
    return;
  }
  throw new Error(
    `${c.toString()}: uncaught ${(error as Error)?.name ?? typeof error}: ${(error as Error)?.message ?? String(error)}`,
    { cause: error },
  );
}

async function throughPipeline(metric: MetricName, c: FuzzCase): Promise<void> {
  let response: MetricResponse;
  try {
    response = await adapterFor(metric, c).fetch<MetricName>(metric, {});
  } catch (error) {
    return expectNamedError(error, c);
  }
  try {
    if (metric === 'agents') agentPerformance(response.rows as AgentRow[]);
    for (const [kind, options] of CHARTS[metric]) {
      const svg = renderChartSvg(kind, response, options);
      expect(badSvgValues(svg), `${c.toString()} → ${kind}`).toEqual([]);
    }
  } catch (error) {
    if ((error as Error)?.name === 'AssertionError') throw error;
    expectNamedError(error, c);
  }
}

describe('fuzz: malformed responses from the OpenAPI schemas through adapter → validation → KPI → chart', () => {
  it('finds NaN, Infinity and undefined in SVG attributes and text', () => {
    expect(badSvgValues('<svg><path d="M0,NaN"/><text x="1">undefined</text><text>2.5%</text></svg>')).toEqual([
      'd="M0,NaN"',
      'text "undefined"',
    ]);
    expect(badSvgValues('<svg><text y="Infinity">ok</text></svg>')).toEqual(['y="Infinity"']);
    expect(badSvgValues('<svg><text x="1">12 %</text></svg>')).toEqual([]);
  });

  for (const metric of METRICS) {
    it(`${metric}: ${RUNS} malformed responses end as a chart or a named error`, async () => {
      await fc.assert(
        fc.asyncProperty(fuzzCase(metric), (c) => throughPipeline(metric, c)),
        { numRuns: RUNS },
      );
    }, 600_000);
  }
});
