import { addLanguageMessages } from '../catalogues.js';
import type { channelsEn } from './en.js';

/** Simplified Chinese messages of `<ck-channel-mix>`; added to the catalogue when this module loads. */
export const channelsZhCN: Record<keyof typeof channelsEn, string> = {
  channelsTitle: '渠道效能对比',
  channelsChannel: '渠道',
  channelsTotal: '合计',
  channelsContactRate: '触达率',
  channelsYield: '单次催收回款',
  channelsPerCost: '单位成本回款',
  channelsAttempts: '催收次数',
  channelsContacts: '触达次数',
  channelsCost: '成本',
  channelsCollected: '回款',
  channelsSummary:
    '对比 {count} 个渠道的触达率、单次催收回款和单位成本回款，{from}至{to}。单位成本回款最高：{best}（{value}）。',
  channelsAnnouncement: '{channel}，{measure}：{value}（{numerator}/{denominator}）',
};

addLanguageMessages('zh-CN', channelsZhCN);
