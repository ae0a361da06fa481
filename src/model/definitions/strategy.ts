/**
 * Definitions of the strategy and model metrics (issue #16: `experiments`, `scores`) in the three built-in
 * languages, side by side (measure-table.ts). Terse on purpose: every language ships in the one-file bundle.
 */
import type { DefinitionPack } from './types.js';
import { definitionPack } from './measure-table.js';

/** The three languages as one pack for `addDefinitions`. */
export const STRATEGY_DEFINITIONS: DefinitionPack = definitionPack({
  experiments: {
    keys: ['cure-rate', 'roll-forward-rate', 'collected-per-account', 'cost-per-account', 'complaints-per-10k'],
    text: `
Champion / challenger strategy test
冠军/挑战者策略测试
冠軍/挑戰者策略測試

Cure rate | cured ÷ accounts | accounts current again within the horizon | accounts assigned to the arm
回正率 | 回正户数 ÷ 分组户数 | 观察期内回正的户数 | 分组户数
回正率 | 回正戶數 ÷ 分組戶數 | 觀察期內回正的戶數 | 分組戶數

Roll-forward rate | rolled forward ÷ accounts | accounts in a later bucket within the horizon | accounts assigned to the arm
前滚率 | 前滚户数 ÷ 分组户数 | 观察期内前滚的户数 | 分组户数
前滾率 | 前滾戶數 ÷ 分組戶數 | 觀察期內前滾的戶數 | 分組戶數

Collected per account | Σ collected ÷ accounts | collected within the horizon | accounts assigned to the arm
户均回款 | 回款合计 ÷ 分组户数 | 观察期内回款 | 分组户数
戶均回款 | 回款合計 ÷ 分組戶數 | 觀察期內回款 | 分組戶數

Cost per account | Σ cost ÷ accounts | collection cost within the horizon | accounts assigned to the arm
户均成本 | 成本合计 ÷ 分组户数 | 观察期内催收成本 | 分组户数
戶均成本 | 成本合計 ÷ 分組戶數 | 觀察期內催收成本 | 分組戶數

Complaints per 10,000 accounts | complaints ÷ accounts × 10,000 | complaints within the horizon | accounts assigned to the arm
每万户投诉 | 投诉数 ÷ 分组户数 × 10,000 | 观察期内投诉数 | 分组户数
每萬戶投訴 | 投訴數 ÷ 分組戶數 × 10,000 | 觀察期內投訴數 | 分組戶數

Fixed horizon: random assignment, outcomes within the stated days, read once at the end.
固定观察期：随机分组，按分配后固定天数统计，期末比较一次。
固定觀察期：隨機分組，按分配後固定天數統計，期末比較一次。

95 % intervals: Wilson (rates), Newcombe (differences), normal (means, from Σ and Σ²).
95% 区间：比率 Wilson，差值 Newcombe，均值正态（由合计与平方和）。
95% 區間：比率 Wilson，差值 Newcombe，均值常態（由合計與平方和）。

Arms below the sample size the MDE needs (5 % two-sided, 80 % power): "not enough data", unranked. Better only when the whole difference interval is above zero.
样本量不足以检出最小可检测效应（双侧 5%、功效 80%）的组为“数据不足”，不排名；差值区间全部在零以上才称更优。
樣本量不足以檢出最小可偵測效應（雙側 5%、檢定力 80%）的組為「資料不足」，不排名；差值區間全部在零以上才稱更優。
`,
  },
  scores: {
    keys: ['calibration', 'auc', 'ks', 'psi'],
    text: `
Repayment-prediction model monitoring
还款预测模型监控
還款預測模型監控

Observed repayment rate per band | repaid ÷ accounts, against Σ predicted ÷ accounts | accounts of the band that repaid | accounts scored in the band
分段实际还款率 | 还款户数 ÷ 户数，对比 Σ预测 ÷ 户数 | 分段内还款户数 | 分段内评分户数
分段實際還款率 | 還款戶數 ÷ 戶數，對比 Σ預測 ÷ 戶數 | 分段內還款戶數 | 分段內評分戶數

AUC (band level) | pairs ordered right (ties ½) ÷ (repayers × non-repayers) | correctly ordered pairs (ties ½) | repayers × non-repayers
AUC（分段粒度） | 排序正确的配对（同段计 ½）÷（还款者 × 未还款者） | 排序正确的配对（同段计 ½） | 还款者 × 未还款者
AUC（分段粒度） | 排序正確的配對（同段計 ½）÷（還款者 × 未還款者） | 排序正確的配對（同段計 ½） | 還款者 × 未還款者

KS (band level) | max |cum. repayers ÷ repayers − cum. non-repayers ÷ non-repayers| | cumulative repayers, non-repayers | all repayers, all non-repayers
KS（分段粒度） | max |累计还款者 ÷ 还款者 − 累计未还款者 ÷ 未还款者| | 累计还款者、未还款者 | 全部还款者、未还款者
KS（分段粒度） | max |累計還款者 ÷ 還款者 − 累計未還款者 ÷ 未還款者| | 累計還款者、未還款者 | 全部還款者、未還款者

Population stability index (PSI) | Σ (a − e) · ln(a ÷ e), band shares now (a) and in the baseline (e) | accounts per band now | accounts per band in the baseline
群体稳定性指数（PSI） | Σ (a − e) · ln(a ÷ e)，本期 a 与基期 e 的分段占比 | 本期各分段户数 | 基期各分段户数
群體穩定性指數（PSI） | Σ (a − e) · ln(a ÷ e)，本期 a 與基期 e 的分段占比 | 本期各分段戶數 | 基期各分段戶數

AUC and KS from band counts: exact at band granularity (one band = ties).
AUC、KS 由分段计数计算：分段粒度上精确（同段为并列）。
AUC、KS 由分段計數計算：分段粒度上精確（同段為並列）。

Flags: PSI > 0.25; AUC down > 0.05 from the baseline; observed rate outside mean ± 1.96·√(mean(1 − mean) ÷ accounts). Empty bands count 0.0001 in the PSI.
标记：PSI > 0.25；AUC 比基期低 0.05 以上；实际还款率超出 均值 ± 1.96·√(均值(1 − 均值) ÷ 户数)。PSI 中空分段按 0.0001 计。
標記：PSI > 0.25；AUC 比基期低 0.05 以上；實際還款率超出 均值 ± 1.96·√(均值(1 − 均值) ÷ 戶數)。PSI 中空分段按 0.0001 計。
`,
  },
});
