import { addLanguageMessages } from '../catalogues.js';
import type { governanceEn } from './en.js';

/** Traditional Chinese messages of `<ck-qa-scorecard>` and the leaderboard's QA column; added to the catalogue when this module loads. */
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

addLanguageMessages('zh-TW', governanceZhTW);
