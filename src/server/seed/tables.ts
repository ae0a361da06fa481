/**
 * Rows of the canonical warehouse tables (docs/warehouse-schema.md), as plain objects: what
 * `collectkit seed` writes and what a bank's views must look like. Dates are `YYYY-MM-DD` strings,
 * months `YYYY-MM-01`, instants ISO 8601 with `Z`, amounts in currency units with at most 2 decimals.
 */

/** `account_period`: one row per account and month end while the account is on book. */
export interface AccountPeriodRow {
  account_id: string;
  /** First day of the reported month. */
  period: string;
  product: string;
  region: string;
  /** First day of the month the account was opened. */
  origination_month: string;
  original_amount: number;
  dpd: number;
  balance: number;
  /** dpd and balance of the account's `active` row of the previous month in this table, else null (roll rates read these). */
  prev_dpd: number | null;
  prev_balance: number | null;
  /** `active` rows count; `closed` and `charged-off` rows (the month of exit) are ignored by the metrics. */
  status: 'active' | 'closed' | 'charged-off';
}

/** `charge_offs`: one row per charged-off account. */
export interface ChargeOffRow {
  account_id: string;
  charge_off_month: string;
  amount: number;
  product: string;
  region: string;
}

/** `recovery_payments`: money recovered on a charged-off account, and what collecting it cost. */
export interface RecoveryPaymentRow {
  account_id: string;
  paid_on: string;
  amount: number;
  cost: number;
}

/** `agents`: one row per collector. */
export interface AgentInfoRow {
  agent_id: string;
  name: string;
  team: string;
  region: string;
}

/** `contact_attempts`: one row per attempt to reach someone about a debt. */
export interface ContactAttemptRow {
  attempt_id: number;
  account_id: string;
  contact_id: string;
  agent_id: string | null;
  channel: string;
  /** Instant of the attempt (UTC, ISO 8601). */
  attempted_at: string;
  /** IANA zone of the person contacted: contact rules use their local time. */
  time_zone: string;
  answered: boolean;
  right_party: boolean;
  conversation: boolean;
  party: 'debtor' | 'related' | 'third-party';
  consent: boolean;
  collectors: number | null;
  promise_amount: number | null;
  promise_due: string | null;
  cost: number;
  collected: number;
  product: string;
  region: string;
}

/** `promises`: one row per promise to pay, with its outcome. */
export interface PromiseRow {
  attempt_id: number;
  account_id: string;
  agent_id: string;
  due_on: string;
  amount: number;
  kept: boolean;
}

/** `agent_hours`: logged hours per collector and day. */
export interface AgentHoursRow {
  agent_id: string;
  work_date: string;
  hours: number;
}

/** `assignments`: a delinquent account's balance handed to a collector. */
export interface AssignmentRow {
  agent_id: string;
  account_id: string;
  assigned_on: string;
  balance: number;
}

/** `complaints`: one row per complaint. */
export interface ComplaintTableRow {
  complaint_id: string;
  account_id: string;
  agent_id: string | null;
  product: string;
  region: string;
  received_on: string;
  category: string;
  channel: string;
  due_on: string;
  closed_on: string | null;
  upheld: boolean;
}

/** Every canonical table, by name. */
export interface CanonicalTables {
  account_period: AccountPeriodRow[];
  charge_offs: ChargeOffRow[];
  recovery_payments: RecoveryPaymentRow[];
  agents: AgentInfoRow[];
  contact_attempts: ContactAttemptRow[];
  promises: PromiseRow[];
  agent_hours: AgentHoursRow[];
  assignments: AssignmentRow[];
  complaints: ComplaintTableRow[];
}

/** Table names in the order they are written. */
export const TABLE_NAMES = [
  'account_period',
  'charge_offs',
  'recovery_payments',
  'agents',
  'contact_attempts',
  'promises',
  'agent_hours',
  'assignments',
  'complaints',
] as const;
