import { addLanguageMessages } from '../catalogues.js';

/** English messages of `<ck-legal-pipeline>`; added to the catalogue when this module loads. */
export const legalEn = {
  legalTitle: 'Litigation and debt sales',
  legalView: 'View',
  legalViewPipeline: 'Pipeline',
  legalViewTrend: 'Trend',
  legalReferred: 'Referred',
  legalFiled: 'Filed',
  legalJudgment: 'Judgment',
  legalEnforced: 'Enforced',
  legalRecovered: 'Recovered',
  legalStages: 'Cases by stage',
  legalTime: 'Days to reach each stage',
  legalMoney: 'Amounts',
  legalUnder90d: '< 90 d',
  legal90To180d: '90–180 d',
  legalOver180d: '≥ 180 d',
  legalBalanceReferred: 'Balance referred',
  legalAmountRecovered: 'Recovered',
  legalCost: 'Legal cost',
  legalBalanceSold: 'Balance sold',
  legalSalePrice: 'Sale price',
  legalSold: 'Cases sold',
  legalRecoveryRate: 'Recovery rate',
  legalCostPerCase: 'Cost per case filed',
  legalRecoveryPerCase: 'Recovered per case filed',
  legalSalePriceRate: 'Sale price % of balance',
  legalCohort: 'Referral cohort',
  legalTotal: 'Total',
  legalLatest:
    'Recovered {recovered} of {referred} referred ({rate}) · per case filed: cost {cost}, recovered {perCase} · debt sales at {price} of balance',
  legalSummary:
    'Referral cohorts {from} – {to}: {referred} cases referred, {filed} filed ({filedRate}), {judgment} judgments, {enforced} enforced, {recovered} with a recovery; {amount} recovered ({rate} of the balance referred); {sold} cases sold at {price} of their balance.',
  legalBarAnnouncement: '{label}: {value}, {rate} of {base}',
  legalCountAnnouncement: '{label}: {value}',
};

addLanguageMessages('en', legalEn);
