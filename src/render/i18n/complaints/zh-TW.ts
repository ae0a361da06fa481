import { addLanguageMessages } from '../catalogues.js';
import type { complaintsEn } from './en.js';

/** Traditional Chinese messages of `<ck-complaint-trend>`; added to the catalogue when this module loads. */
export const complaintsZhTW: Record<keyof typeof complaintsEn, string> = {
  complaintsTitle: '投訴趨勢（按{by}）',
  complaintsByCategory: '類別',
  complaintsByChannel: '渠道',
  complaintsPer: '每{per}戶投訴量',
  complaintsReceived: '受理量',
  complaintsClosed: '辦結量',
  complaintsAccounts: '在貸戶數',
  complaintsOnTime: '按時辦結率',
  complaintsUpheld: '投訴成立率',
  complaintsShare: '占比',
  complaintsSlaMissed: '⚠ 低於 {sla} 目標',
  complaintsSlaMet: '✓ 達到 {sla} 目標',
  complaintsLatest:
    '{period}：投訴 {received} 件，每{per}戶 {rate} 件；按時辦結率 {onTime} {sla}；投訴成立率 {upheld}。',
  complaintsSummary: '按{by}堆疊的投訴受理量柱狀圖，{from}至{to}，折線（右軸）為每{per}戶投訴量。{latest}',
  complaintsSegment: '{series}，{period}：{value} 件（占 {total} 件的 {share}）',
  complaintsLinePoint:
    '{series}，{period}：{value}（投訴 {numerator} 件，在貸 {denominator} 戶）；按時辦結率 {onTime}{sla}',
};

addLanguageMessages('zh-TW', complaintsZhTW);
