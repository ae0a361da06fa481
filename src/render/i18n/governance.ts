/** Messages of the governance widgets (issue 15): `<ck-qa-scorecard>` (`qa…`) and the leaderboard's QA column. */

/** English. */
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

/** Simplified Chinese. */
export const governanceZhCN: Record<keyof typeof governanceEn, string> = {
  qaTitle: '催收质检：{method}',
  qaCalls: '通话数',
  qaChecked: '质检数',
  qaCoverage: '覆盖率',
  qaViolating: '违规通话',
  qaViolationRate: '违规率',
  qaAverageScore: '平均分',
  qaHeadline:
    '{method}：覆盖率 {coverage}（{calls} 通通话中质检 {checked} 通）· 违规率 {rate}（{checked} 通中 {violating} 通）· 平均分 {score}',
  qaOtherMethod: '{method}覆盖率 {coverage}',
  qaTeams: '各团队违规率（从高到低）',
  qaAgentsOf: '{team}的催收员（从高到低）',
  qaDrill: '{team}的催收员',
  qaAllTeams: '全部团队',
  qaSummary: '{method}各红线规则违规率折线图，{from}至{to}。{latest}',
  qaHighest: '{period}最高：{rule}，{rate}（{denominator} 中 {numerator}）。',
  agentsQa: '质检分',
  agentsQaLow: '质检未达标',
  agentsQaNote: '⚠ 质检未达标：平均质检分低于 {min}，已标记且不参与回款排名。',
};

/** Traditional Chinese. */
export const governanceZhTW: Record<keyof typeof governanceEn, string> = {
  qaTitle: '催收質檢：{method}',
  qaCalls: '通話數',
  qaChecked: '質檢數',
  qaCoverage: '覆蓋率',
  qaViolating: '違規通話',
  qaViolationRate: '違規率',
  qaAverageScore: '平均分',
  qaHeadline:
    '{method}：覆蓋率 {coverage}（{calls} 通通話中質檢 {checked} 通）· 違規率 {rate}（{checked} 通中 {violating} 通）· 平均分 {score}',
  qaOtherMethod: '{method}覆蓋率 {coverage}',
  qaTeams: '各團隊違規率（從高到低）',
  qaAgentsOf: '{team}的催收員（從高到低）',
  qaDrill: '{team}的催收員',
  qaAllTeams: '全部團隊',
  qaSummary: '{method}各紅線規則違規率折線圖，{from}至{to}。{latest}',
  qaHighest: '{period}最高：{rule}，{rate}（{denominator} 中 {numerator}）。',
  agentsQa: '質檢分',
  agentsQaLow: '質檢未達標',
  agentsQaNote: '⚠ 質檢未達標：平均質檢分低於 {min}，已標記且不參與回款排名。',
};

/** The three languages as one pack for `addMessages`. */
export const GOVERNANCE_MESSAGES = { en: governanceEn, 'zh-CN': governanceZhCN, 'zh-TW': governanceZhTW };
