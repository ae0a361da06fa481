import { describe, expect, it } from 'vitest';
import { agencyScorecard } from '../../src/kpi/agencies.js';
import { channelEffectiveness } from '../../src/kpi/channels.js';
import { complianceRates } from '../../src/kpi/compliance.js';
import { checkUnique } from '../../src/kpi/validate.js';
import type { AgencyRow, ChannelRow, ComplianceRow } from '../../src/model/rows.js';

const channel: ChannelRow = {
  period: '2025-01',
  channel: 'sms',
  attempts: 10,
  contacts: 5,
  accounts: 4,
  cost: 1,
  collected: 2,
};
const rule: ComplianceRow = { period: '2025-01', rule: 'us-reg-f/7-in-7', checked: 10, breaches: 1 };
const agency: AgencyRow = {
  period: '2025-01',
  agency: 'A1',
  accountsPlaced: 10,
  balancePlaced: 100,
  recovered: 5,
  commission: 1,
  complaints: 0,
  callsChecked: 4,
  violations: 0,
};

/** The second of two rows with one identity: the message, row and field each KPI reports (`checkUnique`). */
const CASES = [
  {
    name: 'channels',
    run: () => channelEffectiveness([channel, { ...channel, attempts: 3 }]),
    message: 'channel row 1 (period 2025-01, channel sms): a second row for the same period and channel',
    field: 'channel',
  },
  {
    name: 'compliance',
    run: () => complianceRates([rule, { ...rule }]),
    message: 'compliance row 1 (period 2025-01, rule us-reg-f/7-in-7): a second row for the same period and rule',
    field: 'rule',
  },
  {
    name: 'agencies',
    run: () => agencyScorecard([agency, { ...agency }], { asOf: '2025-02-01T00:00:00Z' }),
    message: 'agencies row 1 (period 2025-01, agency A1): a second row for the same period and agency',
    field: 'agency',
  },
];

describe('duplicate rows', () => {
  it.each(CASES)('$name: the second row throws duplicate', ({ run, message, field }) => {
    expect(run).toThrow(expect.objectContaining({ code: 'duplicate', message, rowIndex: 1, field }));
  });

  it('rows that differ in any part are not duplicates; the same parts again are', () => {
    const seen = new Set<string>();
    checkUnique(seen, ['2025-01', 1, 2], 'x', 0, 'k', 'period, from and to', 'to');
    checkUnique(seen, ['2025-01', 2, 1], 'x', 1, 'k', 'period, from and to', 'to');
    checkUnique(seen, ['2025-01', 12], 'x', 2, 'k', 'period and bucket', 'to');
    expect(() => checkUnique(seen, ['2025-01', 1, 2], 'x', 3, 'k', 'period, from and to', 'to')).toThrow(
      'x row 3 (k): a second row for the same period, from and to',
    );
  });
});
