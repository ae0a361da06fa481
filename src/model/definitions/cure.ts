/**
 * Measures of the roll-rate family added by issue #14 — days to cure and the net flow to loss 催收乘数 — in the
 * three languages, appended to the built-in `roll-rates` entry by `addMeasures(CURE_DEFINITIONS)` when
 * `<ck-roll-rates>` or a net-flow `<ck-kpi-tile>` loads.
 */
import type { DefinitionEntry, DefinitionPack, MeasureDefinition } from './types.js';

const m = (key: string, name: string, formula: string, numerator: string, denominator: string): MeasureDefinition => ({
  key,
  name,
  formula,
  numerator,
  denominator,
});
const CHAIN = '(C→M1 ÷ C) × (M1→M2 ÷ M1) × … × (M6→M7+ ÷ M6) [× (M7+→CO ÷ M7+)]';

/** English measures and note. */
export const cureEn: DefinitionEntry = {
  name: 'Roll rate (flow rate)',
  measures: [
    m(
      'days-to-cure',
      'Days to cure',
      'cured accounts by days past due at t−1 (1–30, 31–60, 61–90, 90+) ÷ M1+ accounts at t−1',
      'accounts in M1+ at t−1 and current at t, by their days past due at t−1',
      'accounts in M1+ at t−1',
    ),
    m(
      'net-flow',
      'Net flow to loss',
      CHAIN,
      'each link: moving from M(n−1) to M(n) in the month',
      'each link: in M(n−1) at t−1',
    ),
  ],
  notes: ['Days past due at the month-end before the cure. Net flow: the flow rates of one month; CO when reported.'],
};

/** Simplified Chinese measures and note. */
export const cureZhCN: DefinitionEntry = {
  name: '迁徙率',
  measures: [
    m(
      'days-to-cure',
      '回正天数',
      '按上月末逾期天数（1–30、31–60、61–90、90+）分段的回正户数 ÷ 上月末 M1+ 户数',
      '上月末 M1+、本月末正常的户数',
      '上月末 M1+ 户数',
    ),
    m('net-flow', '催收乘数', CHAIN, '每一环：当月由 M(n−1) 迁徙至 M(n)', '每一环：上月末 M(n−1)'),
  ],
  notes: ['逾期天数取回正前的月末。催收乘数取同月各阶段迁徙率；有核销状态时含 CO。'],
};

/** Traditional Chinese measures and note. */
export const cureZhTW: DefinitionEntry = {
  name: '遷徙率',
  measures: [
    m(
      'days-to-cure',
      '回正天數',
      '按上月末逾期天數（1–30、31–60、61–90、90+）分段的回正戶數 ÷ 上月末 M1+ 戶數',
      '上月末 M1+、本月末正常的戶數',
      '上月末 M1+ 戶數',
    ),
    m('net-flow', '催收乘數', CHAIN, '每一環：當月由 M(n−1) 遷徙至 M(n)', '每一環：上月末 M(n−1)'),
  ],
  notes: ['逾期天數取回正前的月末。催收乘數取同月各階段遷徙率；有核銷狀態時含 CO。'],
};

/** The three languages as one pack for `addMeasures`. */
export const CURE_DEFINITIONS: DefinitionPack = {
  en: { 'roll-rates': cureEn },
  'zh-CN': { 'roll-rates': cureZhCN },
  'zh-TW': { 'roll-rates': cureZhTW },
};
