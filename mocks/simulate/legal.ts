/**
 * The legal pipeline of one charge-off cohort of one book: a share of the accounts charged off in a month
 * (accounts that went through every delinquency bucket) is referred to the legal team that month. Each
 * case draws, once and for all, whether and after how many days it is filed, gets a judgment, is enforced
 * and recovers something; what a query sees depends only on how many days have passed by its last month.
 * Referred cases never filed are partly sold to a debt buyer 120 days after referral at 2–12 % of their
 * balance. Ranges: 4–8 % of charged-off accounts referred, about 75–85 % filed, legal cost (court fee about
 * 1.5 % of the balance plus counsel) 2–10 % of the balance filed.
 */
import { normal, rngFor, uniform, type Random } from '../random.js';

/** One case's fate: days from its stage before to each stage it will reach (null: it stops before). */
interface LegalCase {
  balance: number;
  toFile: number | null;
  toJudgment: number | null;
  toEnforce: number | null;
  toRecover: number | null;
  recovered: number;
  filingCost: number;
  enforcementCost: number;
  sale: number | null;
}

/** Days from referral to a debt sale of a case that was not filed. */
export const SALE_DAY = 120;

const days = (rng: Random, floor: number, mean: number) => Math.round(floor - Math.log(1 - rng()) * mean);

function drawCase(rng: Random, ticket: number, secured: boolean): LegalCase {
  const balance = Math.max(100, Math.round(ticket * Math.exp(normal(rng, 0, 0.3))));
  const filed = rng() < (secured ? 0.84 : 0.77);
  const judgment = filed && rng() < 0.86;
  const enforced = judgment && rng() < 0.7;
  const recovered = enforced && rng() < 0.48;
  return {
    balance,
    toFile: filed ? days(rng, 10, 40) : null,
    toJudgment: judgment ? days(rng, 45, 80) : null,
    toEnforce: enforced ? days(rng, 20, 60) : null,
    toRecover: recovered ? days(rng, 20, 110) : null,
    recovered: recovered ? Math.round(balance * uniform(rng, 0.3, 0.9)) : 0,
    filingCost: filed ? Math.round(balance * 0.015 + uniform(rng, 300, 900)) : 0,
    enforcementCost: enforced ? Math.round(balance * 0.005 + uniform(rng, 100, 400)) : 0,
    sale: !filed && rng() < 0.55 ? Math.round(balance * uniform(rng, 0.02, 0.12)) : null,
  };
}

/**
 * The cases of one book's charge-off cohort (absolute month `cohortMonth`) with `accounts` and `balance`
 * charged off: a seeded draw, the same for every query.
 */
export function legalCases(
  seed: number,
  product: string,
  region: string,
  cohortMonth: number,
  accounts: number,
  balance: number,
): LegalCase[] {
  if (accounts <= 0 || balance <= 0) return [];
  const rng = rngFor(seed, 'legal', product, region, cohortMonth);
  const ticket = balance / accounts;
  const referred = Math.min(accounts, Math.round(accounts * uniform(rng, 0.04, 0.08)));
  const cases: LegalCase[] = [];
  let left = balance;
  for (let k = 0; k < referred; k++) {
    const c = drawCase(rng, ticket, product === 'auto');
    if (c.balance > left) break;
    left -= c.balance;
    cases.push(c);
  }
  return cases;
}

/** Fields of a legal cell, in order (the numeric fields of a `legal` row). */
export const LEGAL_CELL = [
  'referred',
  'filed',
  'judgment',
  'enforced',
  'recovered',
  'balanceReferred',
  'balanceFiled',
  'balanceJudgment',
  'balanceEnforced',
  'amountRecovered',
  'legalCost',
  'sold',
  'balanceSold',
  'salePrice',
  'toFileUnder90d',
  'toFile90To180d',
  'toFileOver180d',
  'toJudgmentUnder90d',
  'toJudgment90To180d',
  'toJudgmentOver180d',
  'toEnforceUnder90d',
  'toEnforce90To180d',
  'toEnforceOver180d',
  'toRecoverUnder90d',
  'toRecover90To180d',
  'toRecoverOver180d',
] as const;

/** Index of each legal cell field. */
export const L = Object.fromEntries(LEGAL_CELL.map((k, i) => [k, i])) as Record<(typeof LEGAL_CELL)[number], number>;

const bin = (d: number) => (d < 90 ? 0 : d < 180 ? 1 : 2);

/**
 * What `cases` show after `horizon` days: a cell of {@link LEGAL_CELL}. Recoveries are capped at
 * `recoveryCap` (half of what the cohort's recovery curve shows by then), as legal recoveries are part of
 * the cohort's recoveries.
 */
export function legalCell(cases: readonly LegalCase[], horizon: number, recoveryCap: number): Float64Array {
  const c = new Float64Array(LEGAL_CELL.length);
  const add = (field: (typeof LEGAL_CELL)[number], v: number) => (c[L[field]] = (c[L[field]] ?? 0) + v);
  for (const k of cases) {
    add('referred', 1);
    add('balanceReferred', k.balance);
    let day = 0;
    const reach = [k.toFile, k.toJudgment, k.toEnforce, k.toRecover];
    let stage = 0;
    for (const d of reach) {
      if (d === null || day + d > horizon) break;
      day += d;
      const at = L.toFileUnder90d + stage * 3 + bin(d);
      c[at] = (c[at] ?? 0) + 1;
      stage++;
    }
    const reached: [number, (typeof LEGAL_CELL)[number], (typeof LEGAL_CELL)[number], number][] = [
      [1, 'filed', 'balanceFiled', k.balance],
      [2, 'judgment', 'balanceJudgment', k.balance],
      [3, 'enforced', 'balanceEnforced', k.balance],
      [4, 'recovered', 'amountRecovered', k.recovered],
    ];
    for (const [s, cases, amount, value] of reached) {
      if (stage < s) break;
      add(cases, 1);
      add(amount, value);
    }
    add('legalCost', (stage >= 1 ? k.filingCost : 0) + (stage >= 3 ? k.enforcementCost : 0));
    if (k.sale !== null && horizon >= SALE_DAY) {
      add('sold', 1);
      add('balanceSold', k.balance);
      add('salePrice', k.sale);
    }
  }
  c[L.amountRecovered] = Math.min(c[L.amountRecovered] ?? 0, Math.floor(recoveryCap));
  return c;
}
