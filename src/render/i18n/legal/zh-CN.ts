import { addLanguageMessages } from '../catalogues.js';
import type { legalEn } from './en.js';

/** Simplified Chinese messages of `<ck-legal-pipeline>`; added to the catalogue when this module loads. */
export const legalZhCN: Record<keyof typeof legalEn, string> = {
  legalTitle: '诉讼与债权转让',
  legalView: '视图',
  legalViewPipeline: '流程',
  legalViewTrend: '趋势',
  legalReferred: '移交诉讼',
  legalFiled: '立案',
  legalJudgment: '判决',
  legalEnforced: '执行',
  legalRecovered: '回款',
  legalStages: '各阶段案件数',
  legalTime: '到达各阶段的天数',
  legalMoney: '金额',
  legalUnder90d: '< 90 天',
  legal90To180d: '90–180 天',
  legalOver180d: '≥ 180 天',
  legalBalanceReferred: '移交余额',
  legalAmountRecovered: '回款金额',
  legalCost: '诉讼费用',
  legalBalanceSold: '转让余额',
  legalSalePrice: '转让价款',
  legalSold: '转让案件数',
  legalRecoveryRate: '回收率',
  legalCostPerCase: '每立案案件费用',
  legalRecoveryPerCase: '每立案案件回款',
  legalSalePriceRate: '转让价格占余额比',
  legalCohort: '移交批次',
  legalTotal: '合计',
  legalLatest:
    '移交 {referred}，回款 {recovered}（{rate}）· 每立案案件：费用 {cost}，回款 {perCase} · 债权转让价格为余额的 {price}',
  legalSummary:
    '移交批次 {from} – {to}：移交 {referred} 件，立案 {filed} 件（{filedRate}），判决 {judgment} 件，执行 {enforced} 件，有回款 {recovered} 件；回款 {amount}（占移交余额 {rate}）；转让 {sold} 件，价格为余额的 {price}。',
  legalBarAnnouncement: '{label}：{value}，占{base}的 {rate}',
  legalCountAnnouncement: '{label}：{value}',
};

addLanguageMessages('zh-CN', legalZhCN);
