/**
 * DDL of the canonical warehouse tables (docs/warehouse-schema.md explains every column). Column order
 * here is the order `writeTables` appends in; amounts are DECIMAL(18,2) so sums are exact to the cent.
 */
import { TABLE_NAMES } from './tables.js';

/** Column name → SQL type, per canonical table. */
export const CANONICAL_SCHEMA: Record<(typeof TABLE_NAMES)[number], Record<string, string>> = {
  account_period: {
    account_id: 'VARCHAR NOT NULL',
    period: 'DATE NOT NULL',
    product: 'VARCHAR NOT NULL',
    region: 'VARCHAR NOT NULL',
    origination_month: 'DATE NOT NULL',
    original_amount: 'DECIMAL(18,2) NOT NULL',
    dpd: 'INTEGER NOT NULL',
    balance: 'DECIMAL(18,2) NOT NULL',
    prev_dpd: 'INTEGER',
    prev_balance: 'DECIMAL(18,2)',
    status: 'VARCHAR NOT NULL',
  },
  charge_offs: {
    account_id: 'VARCHAR NOT NULL',
    charge_off_month: 'DATE NOT NULL',
    amount: 'DECIMAL(18,2) NOT NULL',
    product: 'VARCHAR NOT NULL',
    region: 'VARCHAR NOT NULL',
  },
  recovery_payments: {
    account_id: 'VARCHAR NOT NULL',
    paid_on: 'DATE NOT NULL',
    amount: 'DECIMAL(18,2) NOT NULL',
    cost: 'DECIMAL(18,2) NOT NULL',
  },
  agents: {
    agent_id: 'VARCHAR NOT NULL',
    name: 'VARCHAR NOT NULL',
    team: 'VARCHAR NOT NULL',
    region: 'VARCHAR NOT NULL',
  },
  contact_attempts: {
    attempt_id: 'BIGINT NOT NULL',
    account_id: 'VARCHAR NOT NULL',
    contact_id: 'VARCHAR NOT NULL',
    agent_id: 'VARCHAR',
    channel: 'VARCHAR NOT NULL',
    attempted_at: 'TIMESTAMPTZ NOT NULL',
    time_zone: 'VARCHAR NOT NULL',
    answered: 'BOOLEAN NOT NULL',
    right_party: 'BOOLEAN NOT NULL',
    conversation: 'BOOLEAN NOT NULL',
    party: 'VARCHAR NOT NULL',
    consent: 'BOOLEAN NOT NULL',
    collectors: 'INTEGER',
    promise_amount: 'DECIMAL(18,2)',
    promise_due: 'DATE',
    cost: 'DECIMAL(18,2) NOT NULL',
    collected: 'DECIMAL(18,2) NOT NULL',
    product: 'VARCHAR NOT NULL',
    region: 'VARCHAR NOT NULL',
    debtor_id: 'VARCHAR',
    invalid_number: 'BOOLEAN',
    disclosed: 'BOOLEAN',
  },
  promises: {
    attempt_id: 'BIGINT NOT NULL',
    account_id: 'VARCHAR NOT NULL',
    agent_id: 'VARCHAR NOT NULL',
    due_on: 'DATE NOT NULL',
    amount: 'DECIMAL(18,2) NOT NULL',
    kept: 'BOOLEAN NOT NULL',
    paid: 'DECIMAL(18,2) NOT NULL',
    paid_on: 'DATE',
  },
  agent_hours: { agent_id: 'VARCHAR NOT NULL', work_date: 'DATE NOT NULL', hours: 'DECIMAL(8,2) NOT NULL' },
  assignments: {
    agent_id: 'VARCHAR NOT NULL',
    account_id: 'VARCHAR NOT NULL',
    assigned_on: 'DATE NOT NULL',
    balance: 'DECIMAL(18,2) NOT NULL',
  },
  complaints: {
    complaint_id: 'VARCHAR NOT NULL',
    account_id: 'VARCHAR NOT NULL',
    agent_id: 'VARCHAR',
    product: 'VARCHAR NOT NULL',
    region: 'VARCHAR NOT NULL',
    received_on: 'DATE NOT NULL',
    category: 'VARCHAR NOT NULL',
    channel: 'VARCHAR NOT NULL',
    due_on: 'DATE NOT NULL',
    closed_on: 'DATE',
    upheld: 'BOOLEAN NOT NULL',
  },
  experiment_assignments: {
    account_id: 'VARCHAR NOT NULL',
    experiment: 'VARCHAR NOT NULL',
    arm: 'VARCHAR NOT NULL',
    assigned_on: 'DATE NOT NULL',
    horizon_days: 'INTEGER NOT NULL',
    cured: 'BOOLEAN NOT NULL',
    rolled_forward: 'BOOLEAN NOT NULL',
    collected: 'DECIMAL(18,2) NOT NULL',
    cost: 'DECIMAL(18,2) NOT NULL',
    attempts: 'INTEGER NOT NULL',
    complaints: 'INTEGER NOT NULL',
    product: 'VARCHAR NOT NULL',
    region: 'VARCHAR NOT NULL',
  },
  scores: {
    account_id: 'VARCHAR NOT NULL',
    scored_on: 'DATE NOT NULL',
    band: 'VARCHAR NOT NULL',
    predicted: 'DECIMAL(9,4) NOT NULL',
    repaid: 'BOOLEAN NOT NULL',
    product: 'VARCHAR NOT NULL',
    region: 'VARCHAR NOT NULL',
  },
  qa_checks: {
    check_id: 'BIGINT NOT NULL',
    attempt_id: 'BIGINT NOT NULL',
    method: 'VARCHAR NOT NULL',
    score: 'DECIMAL(5,2) NOT NULL',
  },
  qa_violations: { check_id: 'BIGINT NOT NULL', rule: 'VARCHAR NOT NULL' },
  legal_cases: {
    account_id: 'VARCHAR NOT NULL',
    referred_on: 'DATE NOT NULL',
    balance: 'DECIMAL(18,2) NOT NULL',
    filed_on: 'DATE',
    judgment_on: 'DATE',
    enforced_on: 'DATE',
    recovered_on: 'DATE',
    amount_recovered: 'DECIMAL(18,2) NOT NULL',
    filing_cost: 'DECIMAL(18,2) NOT NULL',
    enforcement_cost: 'DECIMAL(18,2) NOT NULL',
    sold_on: 'DATE',
    sale_price: 'DECIMAL(18,2)',
    product: 'VARCHAR NOT NULL',
    region: 'VARCHAR NOT NULL',
  },
};

/** Primary keys (documented and enforced by the seed). */
export const PRIMARY_KEYS: Partial<Record<(typeof TABLE_NAMES)[number], string[]>> = {
  account_period: ['account_id', 'period'],
  charge_offs: ['account_id'],
  agents: ['agent_id'],
  contact_attempts: ['attempt_id'],
  promises: ['attempt_id'],
  agent_hours: ['agent_id', 'work_date'],
  assignments: ['agent_id', 'account_id', 'assigned_on'],
  complaints: ['complaint_id'],
  experiment_assignments: ['account_id', 'experiment'],
  scores: ['account_id', 'scored_on'],
  qa_checks: ['check_id'],
  qa_violations: ['check_id', 'rule'],
  legal_cases: ['account_id'],
};

/** `CREATE TABLE` statement of one canonical table. */
export function createTableSql(table: (typeof TABLE_NAMES)[number]): string {
  const cols = Object.entries(CANONICAL_SCHEMA[table]).map(([name, type]) => `"${name}" ${type}`);
  const key = PRIMARY_KEYS[table];
  if (key) cols.push(`PRIMARY KEY (${key.map((k) => `"${k}"`).join(', ')})`);
  return `CREATE TABLE "${table}" (${cols.join(', ')})`;
}
