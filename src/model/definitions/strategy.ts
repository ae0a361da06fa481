/**
 * Definitions of the strategy and model metrics (issue #16: `experiments`), in the three built-in
 * languages; each catalogue spreads its language's entries in with one line.
 */
import type { DefinitionEntry } from './types.js';

/** English entries. */
export const strategyEn: { experiments: DefinitionEntry } = {
  experiments: {
    name: 'Champion / challenger strategy test',
    measures: [
      { key: 'cure-rate', name: 'Cure rate', formula: 'cured ÷ accounts assigned to the arm', numerator: 'accounts back to current (M0) within the horizon', denominator: 'accounts assigned to the arm' },
      { key: 'roll-forward-rate', name: 'Roll-forward rate', formula: 'rolled forward ÷ accounts assigned to the arm', numerator: 'accounts rolled to a later bucket within the horizon', denominator: 'accounts assigned to the arm' },
      { key: 'collected-per-account', name: 'Collected per account', formula: 'Σ collected ÷ accounts', numerator: 'amount collected within the horizon', denominator: 'accounts assigned to the arm' },
      { key: 'cost-per-account', name: 'Cost per account', formula: 'Σ collection cost ÷ accounts', numerator: 'collection cost within the horizon', denominator: 'accounts assigned to the arm' },
      { key: 'complaints-per-10k', name: 'Complaints per 10,000 accounts', formula: 'complaints ÷ accounts × 10,000', numerator: 'complaints within the horizon', denominator: 'accounts assigned to the arm' },
    ],
    notes: [
      'Fixed-horizon test: accounts are assigned at random, outcomes are counted within the stated number of days after assignment, and the comparison is read once at the end (no early stopping).',
      'Rates carry Wilson 95 % intervals; differences against the champion carry Newcombe 95 % intervals (hybrid score); means carry normal 95 % intervals from the sum and sum of squares.',
      'An arm smaller than the sample size needed to detect the minimum detectable effect (two-sided 5 %, 80 % power) is marked "not enough data" and not ranked.',
      'A challenger is called better only when the whole interval of its cure-rate difference lies above zero.',
    ],
  },
};

/** Simplified Chinese entries. */
export const strategyZhCN: { experiments: DefinitionEntry } = {
  experiments: {
    name: '冠军/挑战者策略测试',
    measures: [
      { key: 'cure-rate', name: '回正率', formula: '回正账户数 ÷ 分配到该组的账户数', numerator: '观察期内回到正常（M0）的账户数', denominator: '分配到该组的账户数' },
      { key: 'roll-forward-rate', name: '前滚率', formula: '前滚账户数 ÷ 分配到该组的账户数', numerator: '观察期内滚入更高逾期阶段的账户数', denominator: '分配到该组的账户数' },
      { key: 'collected-per-account', name: '户均回款', formula: '回款合计 ÷ 账户数', numerator: '观察期内回款金额', denominator: '分配到该组的账户数' },
      { key: 'cost-per-account', name: '户均成本', formula: '催收成本合计 ÷ 账户数', numerator: '观察期内催收成本', denominator: '分配到该组的账户数' },
      { key: 'complaints-per-10k', name: '每万户投诉', formula: '投诉数 ÷ 账户数 × 10,000', numerator: '观察期内投诉数', denominator: '分配到该组的账户数' },
    ],
    notes: [
      '固定观察期测试：账户随机分组，结果按分配后的固定天数统计，只在期末比较一次（不提前停止）。',
      '比率附 Wilson 95% 置信区间；与冠军组之差附 Newcombe 95% 区间（混合得分法）；均值由合计与平方和计算正态 95% 区间。',
      '样本量低于检出最小可检测效应（双侧 5%、检验功效 80%）所需的组，标为“数据不足”，不参与排名。',
      '只有回正率之差的整个区间都在零以上，挑战者才被称为更优。',
    ],
  },
};

/** Traditional Chinese entries. */
export const strategyZhTW: { experiments: DefinitionEntry } = {
  experiments: {
    name: '冠軍/挑戰者策略測試',
    measures: [
      { key: 'cure-rate', name: '回正率', formula: '回正帳戶數 ÷ 分配到該組的帳戶數', numerator: '觀察期內回到正常（M0）的帳戶數', denominator: '分配到該組的帳戶數' },
      { key: 'roll-forward-rate', name: '前滾率', formula: '前滾帳戶數 ÷ 分配到該組的帳戶數', numerator: '觀察期內滾入更高逾期階段的帳戶數', denominator: '分配到該組的帳戶數' },
      { key: 'collected-per-account', name: '戶均回款', formula: '回款合計 ÷ 帳戶數', numerator: '觀察期內回款金額', denominator: '分配到該組的帳戶數' },
      { key: 'cost-per-account', name: '戶均成本', formula: '催收成本合計 ÷ 帳戶數', numerator: '觀察期內催收成本', denominator: '分配到該組的帳戶數' },
      { key: 'complaints-per-10k', name: '每萬戶投訴', formula: '投訴數 ÷ 帳戶數 × 10,000', numerator: '觀察期內投訴數', denominator: '分配到該組的帳戶數' },
    ],
    notes: [
      '固定觀察期測試：帳戶隨機分組，結果按分配後的固定天數統計，只在期末比較一次（不提前停止）。',
      '比率附 Wilson 95% 信賴區間；與冠軍組之差附 Newcombe 95% 區間（混合得分法）；均值由合計與平方和計算常態 95% 區間。',
      '樣本量低於檢出最小可偵測效應（雙側 5%、檢定力 80%）所需的組，標為「資料不足」，不參與排名。',
      '只有回正率之差的整個區間都在零以上，挑戰者才被稱為更優。',
    ],
  },
};
