import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-agency-scorecard>`; added to the catalogue when this module loads. */
export const agenciesEn = {
  agencyTitle: 'Outside agencies: {measure}',
  agencyName: 'Agency',
  agencyAccounts: 'Accounts placed',
  agencyBalance: 'Balance placed',
  agencyRecovered: 'Recovered',
  agencyCommission: 'Commission',
  agencyComplaints: 'Complaints',
  agencyChecked: 'Calls checked',
  agencyViolations: 'Violations',
  agencyRecoveryRate: 'Recovered ÷ placed',
  agencyPer10k: 'Complaints per 10,000 placed',
  agencyViolationRate: 'Violation rate',
  agencyCommissionShare: 'Commission % of recovered',
  agencyLastEvaluation: 'Last evaluation',
  agencyNever: 'never',
  agencyOverdue: 'overdue',
  agencyMeasures: 'Measure',
  agencyHeadline:
    '{count} agencies: recovered {recovered} of {placed} placed ({rate}) · commission {commission} of recovered · {per10k} complaints per 10,000 accounts · violation rate {violations}',
  agencyOverdueNote: '⚠ Evaluation overdue (over 12 months before {asOf}): {agencies}.',
  agencyAllEvaluated: 'Every agency evaluated within 12 months of {asOf}.',
  agencySummary: 'Bar chart of {measure} per agency, {from} to {to}. Highest: {agency} at {value}.',
};

addLanguageMessages('en', agenciesEn);
