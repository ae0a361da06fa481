/**
 * A repayment-prediction model with a drift injected at a known month (the truth `<ck-model-monitor>` must
 * find): ten score bands S01 (lowest predicted repayment) … S10. Up to {@link SCORE_DRIFT_MONTH} the model is
 * calibrated (each account repays with its predicted probability) and the population keeps its shape; from
 * that month on the population shifts towards the low bands (PSI well above 0.25) and outcomes no longer
 * follow the score as steeply (true rate = ½ prediction + ½ · 40 %: AUC down by about 0.1, the extreme
 * bands outside their intervals).
 */
import { hashSeed, mulberry32 } from '../random.js';

/** First month of the drift. */
export const SCORE_DRIFT_MONTH = '2025-07';

/** Band codes, lowest predicted repayment first. */
export const SCORE_BANDS = ['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10'] as const;

const BEFORE = [6, 8, 10, 12, 14, 14, 12, 10, 8, 6];
const AFTER = [18, 17, 15, 12, 10, 8, 7, 6, 4, 3];

/** Accounts scored per product × region book per month. */
const PER_BOOK = 400;

/** Sums of one band in one book-month. */
export interface BandMonth {
  accounts: number;
  predicted: number;
  repaid: number;
}

/** Draws the scored accounts of one book-month (absolute month index `month`; `drifted` from the drift month on), per band. */
export function scoreBookMonth(
  seed: number,
  product: string,
  region: string,
  month: number,
  drifted: boolean,
): BandMonth[] {
  const rng = mulberry32(hashSeed(seed, 'scores', product, region, month));
  const shares = drifted ? AFTER : BEFORE;
  return SCORE_BANDS.map((_, k) => {
    const accounts = Math.round((PER_BOOK * (shares[k] ?? 0)) / 100);
    let predicted = 0;
    let repaid = 0;
    for (let i = 0; i < accounts; i++) {
      const p = 0.05 + 0.09 * k + (rng() - 0.5) * 0.08;
      const truth = drifted ? 0.5 * p + 0.2 : p;
      predicted += p;
      if (rng() < truth) repaid++;
    }
    return { accounts, predicted, repaid };
  });
}
