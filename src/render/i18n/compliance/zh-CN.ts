import { addLanguageMessages } from '../catalogues.js';
import type { complianceEn } from './en.js';

/** Simplified Chinese messages of `<ck-compliance-monitor>`; added to the catalogue when this module loads. */
export const complianceZhCN: Record<keyof typeof complianceEn, string> = {
  complianceTitle: '合规监测：{rules}',
  complianceRule: '规则',
  complianceBreachRate: '违规率',
  complianceChecked: '检查数',
  complianceBreaches: '违规数',
  complianceLatest: '{period}各规则违规率',
  complianceSummary: '{rules}各规则违规率折线图，{from}至{to}。{latest}',
  complianceHighest: '{period}最高：{rule}，{rate}（{numerator}/{denominator}）。',
};

addLanguageMessages('zh-CN', complianceZhCN);
