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
      'Fixed-horizon test: accounts are assigned at random, outcomes are counted within the stated number of days after assignment, and the comparison is read once at the end (no early stopping).',
      'Rates carry Wilson 95 % intervals; differences against the champion carry Newcombe 95 % intervals (hybrid score); means carry normal 95 % intervals from the sum and sum of squares.',
      'An arm smaller than the sample size needed to detect the minimum detectable effect (two-sided 5 %, 80 % power) is marked "not enough data" and not ranked.',
      'A challenger is called better only when the whole interval of its cure-rate difference lies above zero.',
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
      'AUC and KS are computed from the band counts: exact at band granularity (accounts in one band count as ties), a lower bound of what the raw scores would give.',
      'Observed rates carry Wilson 95 % intervals; a band is flagged when its observed rate lies outside the score-test 95 % interval around its prediction, mean ± 1.96 · √(mean · (1 − mean) ÷ accounts).',
      'Flags: PSI above 0.25; AUC more than 0.05 below the baseline period; bands outside their interval. Empty band shares count as 0.0001 in the PSI.',
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
      '固定观察期测试：账户随机分组，结果按分配后的固定天数统计，只在期末比较一次（不提前停止）。',
      '比率附 Wilson 95% 置信区间；与冠军组之差附 Newcombe 95% 区间（混合得分法）；均值由合计与平方和计算正态 95% 区间。',
      '样本量低于检出最小可检测效应（双侧 5%、检验功效 80%）所需的组，标为“数据不足”，不参与排名。',
      '只有回正率之差的整个区间都在零以上，挑战者才被称为更优。',
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
      'AUC 与 KS 由分段计数计算：在分段粒度上精确（同段账户视为并列），是原始评分所得值的下界。',
      '实际还款率附 Wilson 95% 区间；实际还款率落在预测值的得分检验 95% 区间（均值 ± 1.96 · √(均值 · (1 − 均值) ÷ 账户数)）之外的分段会被标记。',
      '标记：PSI 高于 0.25；AUC 比基期低 0.05 以上；分段超出区间。PSI 中空分段占比按 0.0001 计。',
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
      '固定觀察期測試：帳戶隨機分組，結果按分配後的固定天數統計，只在期末比較一次（不提前停止）。',
      '比率附 Wilson 95% 信賴區間；與冠軍組之差附 Newcombe 95% 區間（混合得分法）；均值由合計與平方和計算常態 95% 區間。',
      '樣本量低於檢出最小可偵測效應（雙側 5%、檢定力 80%）所需的組，標為「資料不足」，不參與排名。',
      '只有回正率之差的整個區間都在零以上，挑戰者才被稱為更優。',
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
      'AUC 與 KS 由分段計數計算：在分段粒度上精確（同段帳戶視為並列），是原始評分所得值的下界。',
      '實際還款率附 Wilson 95% 區間；實際還款率落在預測值的得分檢定 95% 區間（均值 ± 1.96 · √(均值 · (1 − 均值) ÷ 帳戶數)）之外的分段會被標記。',
      '標記：PSI 高於 0.25；AUC 比基期低 0.05 以上；分段超出區間。PSI 中空分段占比按 0.0001 計。',
    ],
  },
};
