/**
 * The net flow to loss 催收乘数 (issue #14) in the three languages, appended to the built-in `roll-rates` entry by
 * `addMeasures(NET_FLOW_DEFINITIONS)` when a `<ck-kpi-tile metric="roll-rates">` loads.
 */
import type { DefinitionEntry, DefinitionPack } from './types.js';

const formula = '(C→M1 ÷ C) × (M1→M2 ÷ M1) × … × (M6→M7+ ÷ M6) [× (M7+→CO ÷ M7+)]';
const entry = (name: string, numerator: string, denominator: string, note: string): DefinitionEntry => ({
  name,
  measures: [{ key: 'net-flow', name, formula, numerator, denominator }],
  notes: [note],
});

/** The three languages as one pack for `addMeasures`. */
export const NET_FLOW_DEFINITIONS: DefinitionPack = {
  en: {
    'roll-rates': entry(
      'Net flow to loss',
      'each link: moving from M(n−1) to M(n) in the month',
      'each link: in M(n−1) at t−1',
      'Net flow: the flow rates of one month; CO when reported.',
    ),
  },
  'zh-CN': {
    'roll-rates': entry(
      '催收乘数',
      '每一环：当月由 M(n−1) 迁徙至 M(n)',
      '每一环：上月末 M(n−1)',
      '催收乘数取同月各阶段迁徙率；有核销状态时含 CO。',
    ),
  },
  'zh-TW': {
    'roll-rates': entry(
      '催收乘數',
      '每一環：當月由 M(n−1) 遷徙至 M(n)',
      '每一環：上月末 M(n−1)',
      '催收乘數取同月各階段遷徙率；有核銷狀態時含 CO。',
    ),
  },
};
