import { addLanguageMessages } from '../catalogues.js';
import type { complianceEn } from './en.js';

/** Traditional Chinese messages of `<ck-compliance-monitor>`; added to the catalogue when this module loads. */
export const complianceZhTW: Record<keyof typeof complianceEn, string> = {
  complianceTitle: '合規監測：{rules}',
  complianceRule: '規則',
  complianceBreachRate: '違規率',
  complianceChecked: '檢查數',
  complianceBreaches: '違規數',
  complianceLatest: '{period}各規則違規率',
  complianceSummary: '{rules}各規則違規率折線圖，{from}至{to}。{latest}',
  complianceHighest: '{period}最高：{rule}，{rate}（{numerator}/{denominator}）。',
};

addLanguageMessages('zh-TW', complianceZhTW);
