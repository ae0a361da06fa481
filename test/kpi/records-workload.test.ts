import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignmentsToWorkload, type WorkloadRecords } from '../../src/kpi/records-workload.js';
import { createRecordsAdapter } from '../../src/data/records.js';
import { DataError } from '../../src/data/errors.js';

/** One account's story, hand-checked: M1 in March (new to early-a), M2 in April (mid takes it), cured in May. */
const STORY: WorkloadRecords = {
  cases: [
    { accountId: 'A', team: 'early-a', assigned: '2024-03-01' },
    { accountId: 'A', team: 'mid', assigned: '2024-04-01' },
    { accountId: 'A', team: 'mid', assigned: '2024-05-01' },
    { accountId: 'B', team: 'mid', assigned: '2024-05-01' },
    { accountId: 'B', team: 'mid', assigned: '2024-05-20' },
    { accountId: 'C', team: 'late', assigned: '2024-05-01' },
  ],
  activity: [
    { team: 'mid', date: '2024-05', dials: 7, hours: 84 },
    { team: 'field', date: '2024-05', dials: 2, hours: 168 },
    { team: 'late', date: '2024-05', dials: 0, hours: 0 },
  ],
  snapshots: [
    { accountId: 'A', period: '2024-02', dpd: 5 },
    { accountId: 'A', period: '2024-03', dpd: 35 },
    { accountId: 'A', period: '2024-04', dpd: 65 },
    { accountId: 'A', period: '2024-05', dpd: 0 },
    { accountId: 'B', period: '2024-04', dpd: 70 },
    { accountId: 'B', period: '2024-05', dpd: 80 },
  ],
  chargeOffs: [{ accountId: 'C', cohort: '2024-05' }],
  attempts: [
    { accountId: 'A', at: '2024-03-31T23:30:00Z', agentId: 'X' },
    { accountId: 'A', at: '2024-05-02T08:00:00+08:00', agentId: 'X' }, // 2024-05-02 00:00 UTC
    { accountId: 'B', at: '2024-05-03T08:00:00Z', agentId: null }, // SMS: not a collector's
  ],
};

describe('assignmentsToWorkload', () => {
  it('counts cases once a month, inflow into the team, dialled cases and the month outcome (hand-checked)', () => {
    expect(assignmentsToWorkload(STORY)).toEqual([
      // A entered M1 (held by nobody in February), dialled on 31 March UTC, rolled M1 → M2.
      {
        period: '2024-03',
        team: 'early-a',
        inventory: 1,
        fte: 0,
        casesDialled: 1,
        attempts: 0,
        inflow: 1,
        cured: 0,
        rolledOn: 1,
        chargedOff: 0,
      },
      // mid takes A in April: new to mid; M2 → M3 rolls on within mid's buckets (bucket index rises).
      {
        period: '2024-04',
        team: 'mid',
        inventory: 1,
        fte: 0,
        casesDialled: 0,
        attempts: 0,
        inflow: 1,
        cured: 0,
        rolledOn: 1,
        chargedOff: 0,
      },
      // The field team has hours and visits but no cases.
      {
        period: '2024-05',
        team: 'field',
        inventory: 0,
        fte: 1,
        casesDialled: 0,
        attempts: 2,
        inflow: 0,
        cured: 0,
        rolledOn: 0,
        chargedOff: 0,
      },
      // C is charged off in May.
      {
        period: '2024-05',
        team: 'late',
        inventory: 1,
        fte: 0,
        casesDialled: 0,
        attempts: 0,
        inflow: 1,
        cured: 0,
        rolledOn: 0,
        chargedOff: 1,
      },
      // A (held by mid in April: not inflow) is cured; B, assigned twice in May, counts once, stays in M3.
      {
        period: '2024-05',
        team: 'mid',
        inventory: 2,
        fte: 0.5,
        casesDialled: 1,
        attempts: 7,
        inflow: 1,
        cured: 1,
        rolledOn: 0,
        chargedOff: 0,
      },
    ]);
  });

  it('a case held by another team the month before is new to this team; `held` sees every region', () => {
    const rows = assignmentsToWorkload({
      ...STORY,
      cases: [{ accountId: 'A', team: 'mid', assigned: '2024-05-01' }],
      held: [
        { accountId: 'A', team: 'mid', assigned: '2024-04-01' },
        { accountId: 'A', team: 'mid', assigned: '2024-05-01' },
      ],
      activity: [],
    });
    expect(rows).toMatchObject([{ period: '2024-05', team: 'mid', inventory: 1, inflow: 0 }]);
  });

  it('refuses negative days past due, hours or dials with the record named', () => {
    expect(() =>
      assignmentsToWorkload({ ...STORY, snapshots: [{ accountId: 'A', period: '2024-03', dpd: -1 }] }),
    ).toThrow(/dpd/);
    expect(() =>
      assignmentsToWorkload({ ...STORY, activity: [{ team: 'mid', date: '2024-05', dials: 1, hours: -2 }] }),
    ).toThrow(/hours/);
  });

  it('properties: outflow never exceeds inventory, dialled ≤ inventory, inflow ≤ inventory; cases add over teams', () => {
    const months = ['2024-01', '2024-02', '2024-03', '2024-04'];
    const teams = ['early-a', 'mid', 'late'];
    const account = fc.constantFrom('A', 'B', 'C', 'D', 'E');
    fc.assert(
      fc.property(
        fc.array(fc.record({ accountId: account, team: fc.constantFrom(...teams), m: fc.constantFrom(...months) }), {
          maxLength: 30,
        }),
        fc.array(fc.record({ accountId: account, m: fc.constantFrom(...months), dpd: fc.nat(400) }), { maxLength: 30 }),
        fc.array(fc.record({ accountId: account, m: fc.constantFrom(...months) }), { maxLength: 5 }),
        fc.array(fc.record({ accountId: account, m: fc.constantFrom(...months), agent: fc.boolean() }), {
          maxLength: 30,
        }),
        (cases, snaps, offs, tries) => {
          const rows = assignmentsToWorkload({
            cases: cases.map((c) => ({ accountId: c.accountId, team: c.team, assigned: `${c.m}-01` })),
            activity: [],
            snapshots: snaps.map((s) => ({ accountId: s.accountId, period: s.m, dpd: s.dpd })),
            chargeOffs: offs.map((o) => ({ accountId: o.accountId, cohort: o.m })),
            attempts: tries.map((t) => ({
              accountId: t.accountId,
              at: `${t.m}-10T12:00:00Z`,
              agentId: t.agent ? 'X' : null,
            })),
          });
          for (const r of rows) {
            expect(r.cured + r.rolledOn + r.chargedOff).toBeLessThanOrEqual(r.inventory);
            expect(r.casesDialled).toBeLessThanOrEqual(r.inventory);
            expect(r.inflow).toBeLessThanOrEqual(r.inventory);
          }
          const distinct = new Set(cases.map((c) => `${c.accountId} ${c.team} ${c.m}`)).size;
          expect(rows.reduce((a, r) => a + r.inventory, 0)).toBe(distinct);
        },
      ),
    );
  });
});

describe('records adapter: workload', () => {
  it('filters cases and activity by the collector team, reads the accounts whole', async () => {
    const adapter = createRecordsAdapter({
      assignments: STORY.cases.map((c) => ({ ...c, region: 'north' })),
      agentActivity: STORY.activity.map((a) => ({
        agentId: `${a.team}-1`,
        name: a.team,
        team: a.team,
        region: 'north',
        date: a.date,
        dials: a.dials,
        connects: 0,
        rightPartyContacts: 0,
        promises: 0,
        promisesDue: 0,
        promisesKept: 0,
        assigned: 0,
        collected: 0,
        hours: a.hours,
        complaints: 0,
      })),
      snapshots: STORY.snapshots.map((s) => ({ ...s, balance: 100 })),
      chargeOffs: STORY.chargeOffs.map((c) => ({ ...c, chargedOff: 1, recoveries: [] })),
      contactAttempts: STORY.attempts.map((a) => ({
        ...a,
        debtId: a.accountId,
        contactId: `${a.accountId}-1`,
        answered: false,
        conversation: false,
        party: 'debtor' as const,
      })),
    });
    const res = await adapter.fetch('workload', { team: 'mid', from: '2024-05', to: '2024-05' });
    expect(res.rows).toEqual([
      {
        period: '2024-05',
        team: 'mid',
        inventory: 2,
        fte: 0.5,
        casesDialled: 1,
        attempts: 7,
        inflow: 1,
        cured: 1,
        rolledOn: 0,
        chargedOff: 0,
      },
    ]);
  });

  it('says which records it lacks', async () => {
    await expect(createRecordsAdapter({}).fetch('workload', {})).rejects.toThrow(DataError);
    await expect(createRecordsAdapter({}).fetch('workload', {})).rejects.toThrow(/assignments for workload/);
  });
});
