/**
 * Definitions of the strategy and model metrics (issue #16: `experiments`, `scores`), in the three built-in
 * languages; each catalogue spreads its language's entries in with one line.
 */
import type { DefinitionEntry } from './types.js';

/** English entries. */
export const strategyEn: { experiments: DefinitionEntry; scores: DefinitionEntry } = {
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
      'Fixed horizon: random assignment, outcomes within the stated days, read once at the end.',
      '95 % intervals: Wilson (rates), Newcombe (differences), normal (means, from Σ and Σ²).',
      'Arms below the sample size the MDE needs (5 % two-sided, 80 % power): "not enough data", unranked. Better only when the whole difference interval is above zero.',
    ],
  },
  scores: {
    name: 'Repayment-prediction model monitoring',
    measures: [
      { key: 'calibration', name: 'Observed repayment rate per band', formula: 'repaid ÷ accounts scored in the band, against the mean prediction Σ predicted ÷ accounts', numerator: 'accounts of the band that repaid', denominator: 'accounts scored in the band' },
      { key: 'auc', name: 'AUC (band level)', formula: 'P(a repayer\'s band ranks above a non-repayer\'s) + ½ P(same band)', numerator: 'repayer–non-repayer pairs ordered correctly (ties ½)', denominator: 'repayers × non-repayers' },
      { key: 'ks', name: 'KS (band level)', formula: 'largest gap between the cumulative shares of repayers and non-repayers over band cut-offs', numerator: 'cumulative repayers and non-repayers below a cut-off', denominator: 'all repayers; all non-repayers' },
      { key: 'psi', name: 'Population stability index (PSI)', formula: 'Σ (a − e) · ln(a ÷ e) over bands, a and e the shares of accounts now and in the baseline period', numerator: 'accounts per band in the period', denominator: 'accounts per band in the baseline period' },
    ],
    notes: [
      'AUC and KS from band counts: exact at band granularity (one band = ties).',
      'Flags: PSI > 0.25; AUC down > 0.05 from the baseline; observed rate outside mean ± 1.96·√(mean(1 − mean) ÷ accounts). Empty bands count 0.0001 in the PSI.',
    ],
  },
};

/** Simplified Chinese entries. */
export const strategyZhCN: { experiments: DefinitionEntry; scores: DefinitionEntry } = {
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
      '固定观察期：随机分组，按分配后固定天数统计，期末比较一次。',
      '95% 区间：比率 Wilson，差值 Newcombe，均值正态（由合计与平方和）。',
      '样本量不足以检出最小可检测效应（双侧 5%、功效 80%）的组为“数据不足”，不排名；差值区间全部在零以上才称更优。',
    ],
  },
  scores: {
    name: '还款预测模型监控',
    measures: [
      { key: 'calibration', name: '分段实际还款率', formula: '分段内还款账户数 ÷ 评分账户数，对比平均预测 Σ预测概率 ÷ 账户数', numerator: '分段内已还款的账户数', denominator: '分段内评分账户数' },
      { key: 'auc', name: 'AUC（分段粒度）', formula: 'P(还款者所在分段高于未还款者) + ½ P(同一分段)', numerator: '排序正确的还款者–未还款者配对数（同段计 ½）', denominator: '还款者数 × 未还款者数' },
      { key: 'ks', name: 'KS（分段粒度）', formula: '各分段切点上还款者与未还款者累计占比之差的最大值', numerator: '切点以下的累计还款者与未还款者', denominator: '全部还款者；全部未还款者' },
      { key: 'psi', name: '群体稳定性指数（PSI）', formula: 'Σ (a − e) · ln(a ÷ e)，a、e 为本期与基期各分段账户占比', numerator: '本期各分段账户数', denominator: '基期各分段账户数' },
    ],
    notes: [
      'AUC、KS 由分段计数计算：分段粒度上精确（同段为并列）。',
      '标记：PSI > 0.25；AUC 比基期低 0.05 以上；实际还款率超出 均值 ± 1.96·√(均值(1 − 均值) ÷ 账户数)。PSI 中空分段按 0.0001 计。',
    ],
  },
};

/** Traditional Chinese entries. */
export const strategyZhTW: { experiments: DefinitionEntry; scores: DefinitionEntry } = {
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
      '固定觀察期：隨機分組，按分配後固定天數統計，期末比較一次。',
      '95% 區間：比率 Wilson，差值 Newcombe，均值常態（由合計與平方和）。',
      '樣本量不足以檢出最小可偵測效應（雙側 5%、檢定力 80%）的組為「資料不足」，不排名；差值區間全部在零以上才稱更優。',
    ],
  },
  scores: {
    name: '還款預測模型監控',
    measures: [
      { key: 'calibration', name: '分段實際還款率', formula: '分段內還款帳戶數 ÷ 評分帳戶數，對比平均預測 Σ預測機率 ÷ 帳戶數', numerator: '分段內已還款的帳戶數', denominator: '分段內評分帳戶數' },
      { key: 'auc', name: 'AUC（分段粒度）', formula: 'P(還款者所在分段高於未還款者) + ½ P(同一分段)', numerator: '排序正確的還款者–未還款者配對數（同段計 ½）', denominator: '還款者數 × 未還款者數' },
      { key: 'ks', name: 'KS（分段粒度）', formula: '各分段切點上還款者與未還款者累計占比之差的最大值', numerator: '切點以下的累計還款者與未還款者', denominator: '全部還款者；全部未還款者' },
      { key: 'psi', name: '群體穩定性指數（PSI）', formula: 'Σ (a − e) · ln(a ÷ e)，a、e 為本期與基期各分段帳戶占比', numerator: '本期各分段帳戶數', denominator: '基期各分段帳戶數' },
    ],
    notes: [
      'AUC、KS 由分段計數計算：分段粒度上精確（同段為並列）。',
      '標記：PSI > 0.25；AUC 比基期低 0.05 以上；實際還款率超出 均值 ± 1.96·√(均值(1 − 均值) ÷ 帳戶數)。PSI 中空分段按 0.0001 計。',
    ],
  },
};
