import { addLanguageMessages } from '../catalogues.js';
import type { channelsEn } from './en.js';

/** Traditional Chinese messages of `<ck-channel-mix>`; added to the catalogue when this module loads. */
export const channelsZhTW: Record<keyof typeof channelsEn, string> = {
  channelsTitle: '渠道效能對比',
  channelsChannel: '渠道',
  channelsTotal: '合計',
  channelsContactRate: '觸達率',
  channelsYield: '單次催收回款',
  channelsPerCost: '單位成本回款',
  channelsAttempts: '催收次數',
  channelsContacts: '觸達次數',
  channelsCost: '成本',
  channelsCollected: '回款',
  channelsSummary:
    '對比 {count} 個渠道的觸達率、單次催收回款和單位成本回款，{from}至{to}。單位成本回款最高：{best}（{value}）。',
  channelsAnnouncement: '{channel}，{measure}：{value}（{numerator}/{denominator}）',
};

addLanguageMessages('zh-TW', channelsZhTW);
