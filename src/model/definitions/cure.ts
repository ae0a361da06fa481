/**
 * Measures of the roll-rate family added by issue #14 — days to cure and the net flow to loss 催收乘数 — in the
 * three languages, appended to the built-in `roll-rates` entry by `addMeasures(CURE_DEFINITIONS)` when
 * `<ck-roll-rates>` or a net-flow `<ck-kpi-tile>` loads (src/views/cure-model.ts).
 */
import type { DefinitionEntry, DefinitionPack } from './types.js';

/** English measures and notes. */
export const cureEn: DefinitionEntry = {
  name: 'Roll rate (flow rate)',
  measures: [
    {
      key: 'days-to-cure',
      name: 'Days to cure',
      formula:
        'cured accounts per bin of days past due at the end of t−1 (1–30, 31–60, 61–90, over 90), and those not cured, ÷ accounts delinquent at the end of t−1',
      numerator:
        'accounts delinquent (M1+) at the end of t−1 and current (M0) at the end of t, by their days past due at the end of t−1',
      denominator: 'accounts delinquent (M1+) at the end of t−1',
    },
    {
      key: 'net-flow',
      name: 'Net flow to loss',
      formula:
        '(C → M1 ÷ C) × (M1 → M2 ÷ M1) × … × (M6 → M7+ ÷ M6), × (M7+ → CO ÷ M7+) when charge-offs are reported; rates of the same month',
      numerator: 'each link: accounts or balance moving from M(n−1) to M(n) in the month',
      denominator: 'each link: accounts or balance in M(n−1) at the end of the previous month',
    },
  ],
  notes: [
    'Days to cure come from month-end snapshots: the days past due at the last month end before the cure; the cure came within the following month.',
    'Net flow to loss: the share of current balance that reaches charge-off if the month’s flow rates held; without a charge-off state the chain ends at the last bucket.',
  ],
};

/** Simplified Chinese measures and notes. */
export const cureZhCN: DefinitionEntry = {
  name: '迁徙率',
  measures: [
    {
      key: 'days-to-cure',
      name: '回正天数',
      formula: '回正户数按上月末逾期天数分段（1–30、31–60、61–90、90 天以上）及未回正户数 ÷ 上月末逾期户数',
      numerator: '上月末逾期（M1+）且本月末正常（M0）的户数，按上月末逾期天数分段',
      denominator: '上月末逾期（M1+）户数',
    },
    {
      key: 'net-flow',
      name: '催收乘数',
      formula: '(C → M1 ÷ C) × (M1 → M2 ÷ M1) × … × (M6 → M7+ ÷ M6)，有核销状态时再 × (M7+ → CO ÷ M7+)；同月迁徙率',
      numerator: '每一环：当月由 M(n−1) 迁徙至 M(n) 的户数或余额',
      denominator: '每一环：上月末 M(n−1) 的户数或余额',
    },
  ],
  notes: [
    '回正天数按月末快照统计：取回正前最后一个月末的逾期天数，回正发生在其后一个月内。',
    '催收乘数：若当月各阶段迁徙率保持不变，正常余额最终核销的比例；数据无核销状态时链条止于最后一个阶段。',
  ],
};

/** Traditional Chinese measures and notes. */
export const cureZhTW: DefinitionEntry = {
  name: '遷徙率',
  measures: [
    {
      key: 'days-to-cure',
      name: '回正天數',
      formula: '回正戶數按上月末逾期天數分段（1–30、31–60、61–90、90 天以上）及未回正戶數 ÷ 上月末逾期戶數',
      numerator: '上月末逾期（M1+）且本月末正常（M0）的戶數，按上月末逾期天數分段',
      denominator: '上月末逾期（M1+）戶數',
    },
    {
      key: 'net-flow',
      name: '催收乘數',
      formula: '(C → M1 ÷ C) × (M1 → M2 ÷ M1) × … × (M6 → M7+ ÷ M6)，有核銷狀態時再 × (M7+ → CO ÷ M7+)；同月遷徙率',
      numerator: '每一環：當月由 M(n−1) 遷徙至 M(n) 的戶數或餘額',
      denominator: '每一環：上月末 M(n−1) 的戶數或餘額',
    },
  ],
  notes: [
    '回正天數按月末快照統計：取回正前最後一個月末的逾期天數，回正發生在其後一個月內。',
    '催收乘數：若當月各階段遷徙率保持不變，正常餘額最終核銷的比例；資料無核銷狀態時鏈條止於最後一個階段。',
  ],
};

/** The three languages as one pack for `addMeasures`. */
export const CURE_DEFINITIONS: DefinitionPack = {
  en: { 'roll-rates': cureEn },
  'zh-CN': { 'roll-rates': cureZhCN },
  'zh-TW': { 'roll-rates': cureZhTW },
};
