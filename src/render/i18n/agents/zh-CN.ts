import { addLanguageMessages } from '../catalogues.js';
import type { agentsEn } from './en.js';

/** Simplified Chinese messages of `<ck-agent-leaderboard>`; added to the catalogue when this module loads. */
export const agentsZhCN: Record<keyof typeof agentsEn, string> = {
  agentsTitle: '催收员排行榜',
  agentsRank: '排名',
  agentsName: '催收员',
  agentsTeam: '组别',
  agentsContactRate: '接通率',
  agentsRpcRate: '本人接通率',
  agentsPtpRate: '承诺还款率',
  agentsKeptRate: '兑现率',
  agentsLiquidation: '回款率',
  agentsCollectedPerHour: '每小时回款',
  agentsCollected: '回款金额',
  agentsFlagged: '样本不足',
  agentsFlaggedNote: '⚠ 样本不足：分母低于 {min}，不参与排名。',
  agentsSortBy: '按{column}排序',
  agentsShowing: '前 {shown} 名，共 {count} 人',
  agentsRedacted: '姓名已脱敏',
  agentsNotRanked: '不参与排名',
  agentsSummary: '共 {count} 名催收员，按{column}{direction}排列。第一名：{first}（{value}）。',
  agentsAnnouncement: '{agent}，{metric}：{value}（{numerator}/{denominator}），{rank}',
  agentsRankOf: '第 {rank} 名',
  agentsSearch: '搜索催收员',
  agentsSearchHint: '姓名或组别',
  agentsMatches: '{count} 人中 {shown} 人匹配“{query}”',
  agentsNoMatch: '没有匹配“{query}”的催收员。',
  sortDescending: '从高到低',
  sortAscending: '从低到高',
};

addLanguageMessages('zh-CN', agentsZhCN);
