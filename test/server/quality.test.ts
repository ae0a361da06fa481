/**
 * The reference backend's `quality` metric on the seeded warehouse: QA calls equal the collectors' phone calls
 * of `agents`, coverage in the plausible ranges, every red-line rule found, and agents pseudonymised like the
 * `agents` metric when the server redacts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qualitySummary } from '../../src/kpi/quality.js';
import { QA_RULES, type QualityRow } from '../../src/model/rows.js';
import { createApp } from '../../src/server/http/app.js';
import { runMetric } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let rows: QualityRow[];
beforeAll(async () => {
  fx = await seededFixture();
  const q = parseQuery({});
  rows = (await runMetric(fx.engine, 'quality', q, boundFilters('quality', q, {}), 30_000))
    .rows as unknown as QualityRow[];
}, HOOK_DEADLINE);
afterAll(() => fx?.dispose());

describe('quality on the seeded warehouse', () => {
  it('QA calls of each method equal the phone calls the collectors made, agent by agent', () => {
    const phone = new Map<string, number>();
    for (const a of fx.tables.contact_attempts)
      if (a.agent_id !== null && a.channel === 'phone') phone.set(a.agent_id, (phone.get(a.agent_id) ?? 0) + 1);
    for (const method of ['ai', 'manual']) {
      const calls = new Map<string, number>();
      for (const r of rows)
        if (r.method === method && r.rule === 'any' && r.agentId)
          calls.set(r.agentId, (calls.get(r.agentId) ?? 0) + r.calls);
      expect(calls).toEqual(phone);
    }
  });

  it('manual coverage 1–5 %, AI near 100 %, every red-line rule found', () => {
    const manual = qualitySummary(rows, { method: 'manual' }).total.coverage.rate ?? 0;
    const ai = qualitySummary(rows, { method: 'ai' });
    expect(manual).toBeGreaterThanOrEqual(0.01);
    expect(manual).toBeLessThanOrEqual(0.05);
    expect(ai.total.coverage.rate).toBeGreaterThan(0.97);
    for (const rule of QA_RULES) expect(ai.byRule.find((r) => r.rule === rule)?.numerator, rule).toBeGreaterThan(0);
  });

  it('with --redact-agents, quality rows carry the same pseudonyms as agents rows', async () => {
    const app = await createApp({ engine: fx.engine, redactKey: 'q'.repeat(32) });
    const quality = (await app.inject('/api/collection/quality')).json().rows as QualityRow[];
    const agents = (await app.inject('/api/collection/agents')).json().rows as { agentId: string }[];
    const body = JSON.stringify(quality);
    for (const agent of fx.tables.agents) {
      expect(body).not.toContain(agent.agent_id);
      expect(body).not.toContain(agent.name);
    }
    const known = new Set(agents.map((a) => a.agentId));
    expect(quality.every((r) => r.agentId !== undefined && known.has(r.agentId) && r.name === r.agentId)).toBe(true);
    await app.close();
  });
});
