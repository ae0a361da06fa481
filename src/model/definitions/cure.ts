/**
 * Days to cure (issue #14) in the three languages, appended to the built-in `roll-rates` entry by
 * `addMeasures(CURE_DEFINITIONS)` when `<ck-roll-rates>` loads (the net flow to loss: net-flow.ts).
 */
import type { DefinitionEntry, DefinitionPack, MeasureDefinition } from './types.js';

const m = (key: string, name: string, formula: string, numerator: string, denominator: string): MeasureDefinition => ({
  key,
  name,
  formula,
  numerator,
  denominator,
});

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
  ],
  notes: ['Days past due at the month-end before the cure.'],
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
  ],
  notes: ['逾期天数取回正前的月末。'],
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
  ],
  notes: ['逾期天數取回正前的月末。'],
};

/** The three languages as one pack for `addMeasures`. */
export const CURE_DEFINITIONS: DefinitionPack = {
  en: { 'roll-rates': cureEn },
  'zh-CN': { 'roll-rates': cureZhCN },
  'zh-TW': { 'roll-rates': cureZhTW },
};
