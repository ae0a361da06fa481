/**
 * The segment filter where it does not apply: every backend refuses it with the same message (400), never
 * answering unsegmented rows as if they were one segment's; where it applies it is a checked code.
 */
import { describe, expect, it } from 'vitest';
import { recordsResponse } from '../../src/data/records.js';
import { DataError } from '../../src/data/errors.js';
import { METRICS, SEGMENT_METRICS, segmentNotApplicable } from '../../src/model/metrics.js';
import { RequestError } from '../../src/server/errors.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';

const WITHOUT = METRICS.filter((m) => !SEGMENT_METRICS.includes(m));

describe('segment filter', () => {
  it('the message names the metric and the metrics that have segments', () => {
    expect(segmentNotApplicable('agents')).toBe(
      'Query parameter segment: the agents metric has no customer segment (only overdue, roll-rates, complaints, outcomes).',
    );
  });

  it.each(WITHOUT)('server: %s answers 400 with that message', (metric) => {
    const q = parseQuery({ segment: 'vulnerable' });
    let error: unknown;
    try {
      boundFilters(metric, q, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).status).toBe(400);
    expect((error as RequestError).message).toBe(segmentNotApplicable(metric));
  });

  it.each(SEGMENT_METRICS)('server: %s binds it', (metric) => {
    expect(() => boundFilters(metric, parseQuery({ segment: 'vulnerable' }), {})).not.toThrow();
  });

  it('server: a segment is a code like the other dimensions', () => {
    expect(() => parseQuery({ segment: 'vul nerable' })).toThrow(
      "Query parameter segment must be a code of letters, digits, '.', '_' or '-' (at most 40).",
    );
  });

  it('records adapter: the same message, as a 400 DataError', () => {
    let error: unknown;
    try {
      recordsResponse({ agentActivity: [] }, 'agents', { segment: 'vulnerable' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).status).toBe(400);
    expect((error as DataError).message).toBe(segmentNotApplicable('agents'));
  });

  it("records adapter: a segment filter keeps only that segment's records", () => {
    const snapshots = [
      { accountId: 'a', period: '2024-01', dpd: 0, balance: 100, segment: 'vulnerable' },
      { accountId: 'b', period: '2024-01', dpd: 40, balance: 50, segment: 'other' },
      { accountId: 'c', period: '2024-01', dpd: 40, balance: 70 },
    ];
    const rows = recordsResponse({ snapshots }, 'overdue', { segment: 'other' }).rows;
    expect(rows.reduce((n, r) => n + r.accounts, 0)).toBe(1);
    expect(rows.find((r) => r.accounts > 0)?.bucket).toBe('M2');
  });
});
