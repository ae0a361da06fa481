import { addLanguageMessages } from '../catalogues.js';
import type { legalEn } from './en.js';

/** Traditional Chinese messages of `<ck-legal-pipeline>`; added to the catalogue when this module loads. */
export const legalZhTW: Record<keyof typeof legalEn, string> = {
  legalTitle: '訴訟與債權轉讓',
  legalView: '檢視',
  legalViewPipeline: '流程',
  legalViewTrend: '趨勢',
  legalReferred: '移交訴訟',
  legalFiled: '立案',
  legalJudgment: '判決',
  legalEnforced: '執行',
  legalRecovered: '回款',
  legalStages: '各階段案件數',
  legalTime: '到達各階段的天數',
  legalMoney: '金額',
  legalUnder90d: '< 90 天',
  legal90To180d: '90–180 天',
  legalOver180d: '≥ 180 天',
  legalBalanceReferred: '移交餘額',
  legalAmountRecovered: '回款金額',
  legalCost: '訴訟費用',
  legalBalanceSold: '轉讓餘額',
  legalSalePrice: '轉讓價款',
  legalSold: '轉讓案件數',
  legalRecoveryRate: '回收率',
  legalCostPerCase: '每立案案件費用',
  legalRecoveryPerCase: '每立案案件回款',
  legalSalePriceRate: '轉讓價格占餘額比',
  legalCohort: '移交批次',
  legalTotal: '合計',
  legalLatest:
    '移交 {referred}，回款 {recovered}（{rate}）· 每立案案件：費用 {cost}，回款 {perCase} · 債權轉讓價格為餘額的 {price}',
  legalSummary:
    '移交批次 {from} – {to}：移交 {referred} 件，立案 {filed} 件（{filedRate}），判決 {judgment} 件，執行 {enforced} 件，有回款 {recovered} 件；回款 {amount}（占移交餘額 {rate}）；轉讓 {sold} 件，價格為餘額的 {price}。',
  legalBarAnnouncement: '{label}：{value}，占{base}的 {rate}',
  legalCountAnnouncement: '{label}：{value}',
};

addLanguageMessages('zh-TW', legalZhTW);
