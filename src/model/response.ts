import type { OverdueColumns } from './columns.js';
import type { MetricName } from './metrics.js';
import type { AgencyRow, ExperimentRow, LegalRow, OutcomeRow, ScoreRow } from './rows.js';
import type {
  AgentRow,
  ChannelRow,
  ComplaintRow,
  ComplianceRow,
  ExposureRow,
  OverdueRow,
  QualityRow,
  PromiseFunnelRow,
  WorkloadRow,
  ContactHourRow,
  RecoveryRow,
  RollRateRow,
  VintageRow,
} from './rows.js';

/** Provenance of a response: when the data was true, where it came from, how it was defined. */
export interface ResponseMeta {
  /** ISO 8601 timestamp of the data ("as of"). */
  asOf: string;
  /** Name of the system the data came from. */
  source: string;
  /** ISO 4217 currency code of amounts, e.g. `CNY`. */
  currency: string;
  /** Version of the KPI definitions the backend applied, e.g. `2026.1`. */
  definitionVersion: string;
}

/** Row type per metric. */
export interface MetricRows {
  overdue: OverdueRow;
  'roll-rates': RollRateRow;
  vintage: VintageRow;
  recovery: RecoveryRow;
  agents: AgentRow;
  complaints: ComplaintRow;
  channels: ChannelRow;
  compliance: ComplianceRow;
  experiments: ExperimentRow;
  scores: ScoreRow;
  quality: QualityRow;
  promises: PromiseFunnelRow;
  'contact-hours': ContactHourRow;
  outcomes: OutcomeRow;
  workload: WorkloadRow;
  agencies: AgencyRow;
  legal: LegalRow;
}

/** What an adapter answers for one metric. `complaints` may also carry `exposure` rows. */
export interface MetricResponse<M extends MetricName = MetricName> {
  meta: ResponseMeta;
  rows: MetricRows[M][];
  exposure?: ExposureRow[];
  /** `overdue` only: the same data as typed-array columns for long series (then `rows` may be empty). */
  columns?: OverdueColumns;
}
