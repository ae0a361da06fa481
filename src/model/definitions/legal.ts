/**
 * Definitions of the `legal` metric (诉讼与债权转让, issue 15) in the three built-in languages, loaded with
 * `<ck-legal-pipeline>`.
 */
import type { DefinitionEntry, DefinitionPack } from './types.js';

/** English. */
export const LEGAL_EN: { legal: DefinitionEntry } = {
  legal: {
    name: 'Litigation and debt sales',
    measures: [
      {
        key: 'stage-conversion',
        name: 'Stage conversion',
        formula:
          'cases reaching a stage ÷ cases of the stage before (filed ÷ referred, judgment ÷ filed, enforced ÷ judgment, recovered ÷ enforced)',
        numerator: 'cases of the referral cohort that reached the stage by the as-of date',
        denominator: 'cases of the same cohort that reached the stage before',
      },
      {
        key: 'recovery-rate',
        name: 'Legal recovery rate',
        formula: 'amount recovered ÷ balance referred',
        numerator: 'amounts recovered on the cohort’s cases through the courts',
        denominator: 'unpaid balance of the cases when referred',
      },
      {
        key: 'cost-per-case',
        name: 'Legal cost and recovery per case',
        formula: 'legal cost ÷ cases filed; amount recovered ÷ cases filed',
        numerator: 'court fees and counsel (cost); amounts recovered (recovery)',
        denominator: 'cases filed',
      },
      {
        key: 'sale-price',
        name: 'Debt sale price',
        formula: 'price paid ÷ unpaid balance sold',
        numerator: 'price paid by the debt buyer',
        denominator: 'unpaid balance of the cases sold',
      },
    ],
    notes: [
      'A referral cohort is the month cases went to the legal team; only accounts charged off after every delinquency bucket are referred.',
      'Time in stage counts the cases that moved on, by days spent in the stage before: under 90, 90–180, 180 or more.',
      'Legal recoveries are part of the recovery curves; debt sales are of referred cases never filed.',
    ],
  },
};

/** Simplified Chinese. */
export const LEGAL_ZH_CN: { legal: DefinitionEntry } = {
  legal: {
    name: '诉讼与债权转让',
    measures: [
      {
        key: 'stage-conversion',
        name: '阶段转化率',
        formula: '到达某阶段的案件数 ÷ 上一阶段案件数（立案 ÷ 移交，判决 ÷ 立案，执行 ÷ 判决，回款 ÷ 执行）',
        numerator: '该移交批次截至数据日到达该阶段的案件数',
        denominator: '同一批次到达上一阶段的案件数',
      },
      {
        key: 'recovery-rate',
        name: '诉讼回收率',
        formula: '回款金额 ÷ 移交余额',
        numerator: '该批次案件通过诉讼回收的金额',
        denominator: '案件移交时的未偿余额',
      },
      {
        key: 'cost-per-case',
        name: '每案件诉讼费用与回款',
        formula: '诉讼费用 ÷ 立案案件数；回款金额 ÷ 立案案件数',
        numerator: '诉讼费与律师费（费用）；回款金额（回款）',
        denominator: '立案案件数',
      },
      {
        key: 'sale-price',
        name: '债权转让价格',
        formula: '转让价款 ÷ 转让的未偿余额',
        numerator: '受让方支付的价款',
        denominator: '转让案件的未偿余额',
      },
    ],
    notes: [
      '移交批次为案件移交法务的月份；只移交经过全部逾期阶段后核销的账户。',
      '阶段时长统计已进入下一阶段的案件在上一阶段停留的天数：90 天以下、90–180 天、180 天及以上。',
      '诉讼回款包含在核销后回收曲线中；债权转让的是已移交但未立案的案件。',
    ],
  },
};

/** Traditional Chinese. */
export const LEGAL_ZH_TW: { legal: DefinitionEntry } = {
  legal: {
    name: '訴訟與債權轉讓',
    measures: [
      {
        key: 'stage-conversion',
        name: '階段轉化率',
        formula: '到達某階段的案件數 ÷ 上一階段案件數（立案 ÷ 移交，判決 ÷ 立案，執行 ÷ 判決，回款 ÷ 執行）',
        numerator: '該移交批次截至資料日到達該階段的案件數',
        denominator: '同一批次到達上一階段的案件數',
      },
      {
        key: 'recovery-rate',
        name: '訴訟回收率',
        formula: '回款金額 ÷ 移交餘額',
        numerator: '該批次案件透過訴訟回收的金額',
        denominator: '案件移交時的未償餘額',
      },
      {
        key: 'cost-per-case',
        name: '每案件訴訟費用與回款',
        formula: '訴訟費用 ÷ 立案案件數；回款金額 ÷ 立案案件數',
        numerator: '訴訟費與律師費（費用）；回款金額（回款）',
        denominator: '立案案件數',
      },
      {
        key: 'sale-price',
        name: '債權轉讓價格',
        formula: '轉讓價款 ÷ 轉讓的未償餘額',
        numerator: '受讓方支付的價款',
        denominator: '轉讓案件的未償餘額',
      },
    ],
    notes: [
      '移交批次為案件移交法務的月份；只移交經過全部逾期階段後核銷的帳戶。',
      '階段時長統計已進入下一階段的案件在上一階段停留的天數：90 天以下、90–180 天、180 天及以上。',
      '訴訟回款包含在核銷後回收曲線中；債權轉讓的是已移交但未立案的案件。',
    ],
  },
};

/** The three languages as one pack for `addDefinitions`. */
export const LEGAL_DEFINITIONS: DefinitionPack = { en: LEGAL_EN, 'zh-CN': LEGAL_ZH_CN, 'zh-TW': LEGAL_ZH_TW };
