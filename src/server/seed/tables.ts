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
  /** The customer's segment (`vulnerable`, `hardship`, `other`, …), the same on every row of the account. */
  segment: string;
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
  /** The person in debt when one debtor holds several accounts (NULL or absent: the account's own debtor). */
  debtor_id?: string | null;
  /** The attempt found the number invalid (cn rules: the debtor cannot be reached there); NULL or absent: no. */
  invalid_number?: boolean | null;
  /** The debt was disclosed to the person contacted (cn-gbt-2025: never to anyone but the debtor); NULL or absent: no. */
  disclosed?: boolean | null;
}

/** `promises`: one row per promise to pay, with its outcome. */
export interface PromiseRow {
  attempt_id: number;
  account_id: string;
  agent_id: string;
  due_on: string;
  amount: number;
  kept: boolean;
  /** Amount paid towards the promise (0 when nothing was paid). */
  paid: number;
  /** Day the payment was completed (the last instalment towards the promise), null when nothing was paid. */
  paid_on: string | null;
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
  /** The complaining account's customer segment (as on its `account_period` rows). */
  segment: string;
}

/** `experiment_assignments`: one row per account assigned to an arm of a strategy test, with its outcomes within the horizon. */
export interface ExperimentAssignmentRow {
  account_id: string;
  experiment: string;
  arm: string;
  /** Day of assignment (the `experiments` row's period is its month). */
  assigned_on: string;
  /** The experiment's fixed outcome window in days. */
  horizon_days: number;
  /** Back to current (M0) within the horizon. */
  cured: boolean;
  /** Rolled to a later bucket within the horizon. */
  rolled_forward: boolean;
  /** Collected and collection cost within the horizon. */
  collected: number;
  cost: number;
  attempts: number;
  complaints: number;
  product: string;
  region: string;
}

/** `scores`: one row per account scored by the repayment-prediction model. */
export interface ScoreTableRow {
  account_id: string;
  /** First day of the month scored (the `scores` row's period). */
  scored_on: string;
  /** Score band code. */
  band: string;
  /** Predicted repayment probability, 0–1 (4 decimals). */
  predicted: number;
  /** Repaid (back to current, or paid off) within the outcome window. */
  repaid: boolean;
  product: string;
  region: string;
}

/** `customer_outcomes`: one row per active account-month with the customer's segment and what happened (the `outcomes` metric). */
export interface CustomerOutcomeRow {
  account_id: string;
  /** First day of the month (the `outcomes` row's period is its month). */
  period: string;
  /** Customer segment: `vulnerable`, `hardship`, `other`, … */
  segment: string;
  /** Past due (past M0) at month end: `dpd` of the account_period row > the M0 edge (0). */
  overdue: boolean;
  /** In M1 at the previous month end (`prev_dpd` 1–30, the roll-rates from-bucket M1); `cured`: and in M0 now. */
  entered: boolean;
  cured: boolean;
  /** Complaints received from the account this month (rows of `complaints`). */
  complained: number;
  /** A repayment arrangement made this month, and missed within 3 and within 6 months. */
  arrangement: boolean;
  redefault_3m: boolean;
  redefault_6m: boolean;
  product: string;
  region: string;
}

/** `legal_cases`: one row per charged-off account referred to the legal team (the `legal` metric); NULL dates: not (yet) reached. */
export interface LegalCaseRow {
  account_id: string;
  /** Day of referral (its month is the `legal` row's cohort). */
  referred_on: string;
  /** Balance referred. */
  balance: number;
  /** Days the case was filed in court, got a judgment, was enforced and recovered something. */
  filed_on: string | null;
  judgment_on: string | null;
  enforced_on: string | null;
  recovered_on: string | null;
  /** Recovered on `recovered_on` (0 before). */
  amount_recovered: number;
  /** Court fee and counsel, paid on `filed_on`; enforcement costs, paid on `enforced_on` (0 while not reached). */
  filing_cost: number;
  enforcement_cost: number;
  /** Day the debt was sold to a debt buyer, and its price (cases never filed only). */
  sold_on: string | null;
  sale_price: number | null;
  product: string;
  region: string;
}

/** `qa_checks`: one QA check of a collector's call (a phone attempt), by AI or by a person. */
export interface QaCheckRow {
  check_id: number;
  attempt_id: number;
  /** `ai` or `manual`. */
  method: string;
  /** 0–100. */
  score: number;
}

/** `qa_violations`: a red-line rule a check found violated (one row per check and rule). */
export interface QaViolationRow {
  check_id: number;
  rule: string;
}

/**
 * `agency_events`: what an outside agency did with an account on a UTC day: `placement` (amount: the
 * balance placed), `recovery` (amount recovered, commission paid on it), `complaint` (a complaint about
 * it), `check` (one of its calls QA-checked; `violating`: a red-line violation found).
 */
export interface AgencyEventRow {
  event_id: number;
  account_id: string;
  agency: string;
  kind: 'placement' | 'recovery' | 'complaint' | 'check';
  occurred_on: string;
  amount: number;
  commission: number;
  violating: boolean;
  product: string;
  region: string;
}

/** `agency_evaluations`: one row per evaluation of an outside agency. */
export interface AgencyEvaluationRow {
  agency: string;
  evaluated_on: string;
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
  /** Optional: a warehouse without strategy tests leaves it out (the `experiments` metric then answers no rows). */
  experiment_assignments?: ExperimentAssignmentRow[];
  /** Optional: without it, the `scores` metric answers no rows. */
  scores?: ScoreTableRow[];
  qa_checks: QaCheckRow[];
  qa_violations: QaViolationRow[];
  /** Optional: without it, the `outcomes` metric answers no rows. */
  customer_outcomes?: CustomerOutcomeRow[];
  /** Optional: without them, the `agencies` metric answers no rows. */
  agency_events?: AgencyEventRow[];
  agency_evaluations?: AgencyEvaluationRow[];
  /** Optional: without it, the `legal` metric answers no rows. */
  legal_cases?: LegalCaseRow[];
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
  'experiment_assignments',
  'scores',
  'qa_checks',
  'qa_violations',
  'customer_outcomes',
  'agency_events',
  'agency_evaluations',
  'legal_cases',
] as const;
