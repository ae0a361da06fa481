import { addLanguageMessages } from '../catalogues.js';
import type { governanceEn } from './en.js';

/** Simplified Chinese messages of `<ck-qa-scorecard>` and the leaderboard's QA column; added to the catalogue when this module loads. */
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

addLanguageMessages('zh-CN', governanceZhCN);
