/**
 * Two hand-checked `legal` rows shared by the SVG and element tests. Totals: 200 referred → 160 filed
 * (80.0 %) → 120 judgment (75.0 %) → 40 enforced (33.3 %) → 30 recovered (75.0 %); ¥2,000,000 referred,
 * ¥300,000 recovered (15.0 %), legal cost ¥80,000 (¥500 per case filed; 26.7 % of recovered), 20 sold:
 * ¥200,000 sold for ¥10,000 (5.0 %).
 */
import type { LegalRow } from '../../src/model/rows.js';

const cohort = (cohort: string, over: Partial<LegalRow>): LegalRow => ({
  cohort,
  referred: 100,
  filed: 80,
  judgment: 60,
  enforced: 20,
  recovered: 15,
  balanceReferred: 1_000_000,
  balanceFiled: 800_000,
  balanceJudgment: 600_000,
  balanceEnforced: 200_000,
  amountRecovered: 150_000,
  legalCost: 40_000,
  sold: 10,
  balanceSold: 100_000,
  salePrice: 5_000,
  toFileUnder90d: 70,
  toFile90To180d: 8,
  toFileOver180d: 2,
  toJudgmentUnder90d: 10,
  toJudgment90To180d: 30,
  toJudgmentOver180d: 20,
  toEnforceUnder90d: 15,
  toEnforce90To180d: 5,
  toEnforceOver180d: 0,
  toRecoverUnder90d: 5,
  toRecover90To180d: 7,
  toRecoverOver180d: 3,
  ...over,
});

/** The two cohorts (2025-10 and 2025-11). */
export const LEGAL_PIPELINE_ROWS: LegalRow[] = [cohort('2025-10', {}), cohort('2025-11', { legalCost: 40_000 })];
