import { addLanguageMessages } from '../catalogues.js';
import type { agentsEn } from './en.js';

/** Traditional Chinese messages of `<ck-agent-leaderboard>`; added to the catalogue when this module loads. */
export const agentsZhTW: Record<keyof typeof agentsEn, string> = {
  agentsTitle: '催收員排行榜',
  agentsRank: '排名',
  agentsName: '催收員',
  agentsTeam: '組別',
  agentsContactRate: '接通率',
  agentsRpcRate: '本人接通率',
  agentsPtpRate: '承諾還款率',
  agentsKeptRate: '兌現率',
  agentsLiquidation: '回款率',
  agentsCollectedPerHour: '每小時回款',
  agentsCollected: '回款金額',
  agentsFlagged: '樣本不足',
  agentsFlaggedNote: '⚠ 樣本不足：分母低於 {min}，不參與排名。',
  agentsSortBy: '按{column}排序',
  agentsShowing: '前 {shown} 名，共 {count} 人',
  agentsRedacted: '姓名已去識別化',
  agentsNotRanked: '不參與排名',
  agentsSummary: '共 {count} 名催收員，按{column}{direction}排列。第一名：{first}（{value}）。',
  agentsAnnouncement: '{agent}，{metric}：{value}（{numerator}/{denominator}），{rank}',
  agentsRankOf: '第 {rank} 名',
  agentsSearch: '搜尋催收員',
  agentsSearchHint: '姓名或組別',
  agentsMatches: '{count} 人中 {shown} 人符合「{query}」',
  agentsNoMatch: '沒有符合「{query}」的催收員。',
  sortDescending: '從高到低',
  sortAscending: '從低到高',
};

addLanguageMessages('zh-TW', agentsZhTW);
