import { addLanguageMessages } from '../catalogues.js';
import type { complaintsEn } from './en.js';

/** Simplified Chinese messages of `<ck-complaint-trend>`; added to the catalogue when this module loads. */
export const complaintsZhCN: Record<keyof typeof complaintsEn, string> = {
  complaintsTitle: '投诉趋势（按{by}）',
  complaintsByCategory: '类别',
  complaintsByChannel: '渠道',
  complaintsPer: '每{per}户投诉量',
  complaintsReceived: '受理量',
  complaintsClosed: '办结量',
  complaintsAccounts: '在贷户数',
  complaintsOnTime: '按时办结率',
  complaintsUpheld: '投诉成立率',
  complaintsShare: '占比',
  complaintsSlaMissed: '⚠ 低于 {sla} 目标',
  complaintsSlaMet: '✓ 达到 {sla} 目标',
  complaintsLatest:
    '{period}：投诉 {received} 件，每{per}户 {rate} 件；按时办结率 {onTime} {sla}；投诉成立率 {upheld}。',
  complaintsSummary: '按{by}堆叠的投诉受理量柱状图，{from}至{to}，折线（右轴）为每{per}户投诉量。{latest}',
  complaintsSegment: '{series}，{period}：{value} 件（占 {total} 件的 {share}）',
  complaintsLinePoint:
    '{series}，{period}：{value}（投诉 {numerator} 件，在贷 {denominator} 户）；按时办结率 {onTime}{sla}',
};

addLanguageMessages('zh-CN', complaintsZhCN);
