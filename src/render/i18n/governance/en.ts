import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-qa-scorecard>` and the leaderboard's QA column; added to the catalogue when this module loads. */
export const governanceEn = {
  qaTitle: 'Call quality checks: {method}',
  qaCalls: 'Calls',
  qaChecked: 'Checked',
  qaCoverage: 'Coverage',
  qaViolating: 'With a violation',
  qaViolationRate: 'Violation rate',
  qaAverageScore: 'Average score',
  qaHeadline:
    '{method}: coverage {coverage} ({checked} of {calls} calls) · violation rate {rate} ({violating} of {checked}) · average score {score}',
  qaOtherMethod: '{method} coverage {coverage}',
  qaTeams: 'Violation rate by team, worst first',
  qaAgentsOf: 'Collectors of {team}, worst first',
  qaDrill: 'Collectors of {team}',
  qaAllTeams: 'All teams',
  qaSummary: 'Line chart of the red-line violation rate per rule ({method}), {from} to {to}. {latest}',
  qaHighest: 'Highest in {period}: {rule} at {rate} ({numerator} of {denominator}).',
  agentsQa: 'QA score',
  agentsQaLow: 'below QA',
  agentsQaNote: '⚠ below QA: average QA score under {min}, flagged and not ranked on collections.',
};

addLanguageMessages('en', governanceEn);
