/**
 * A seeded, account-level simulator of a consumer-finance portfolio that writes the canonical tables
 * (docs/warehouse-schema.md): every account month by month, its collection work (contact attempts,
 * promises, assignments), charge-offs and recoveries, collectors' hours and complaints. The mock backend
 * (mocks/simulate) works on cohort aggregates and has no accounts; SQL needs raw rows, so this one
 * simulates accounts, with the same vocabularies. Same options → same rows, byte for byte.
 */
import { addDays, dateIn, monthIndex, monthLabel } from './calendar.js';
import {
  ABROAD,
  SEED_CHANNELS,
  SEED_QA_RULES,
  SEED_COMPLAINT_CATEGORIES,
  SEED_COMPLAINT_CHANNELS,
  SEED_NAMES,
  SEED_PRODUCTS,
  SEED_REGIONS,
  SEED_TEAMS,
} from './catalog.js';
import type { AgentInfoRow, CanonicalTables, ContactAttemptRow } from './tables.js';
import { at, must } from '../../model/at.js';
import { simulateExperiments } from './experiments.js';
import { customerSegment, simulateOutcomes } from './outcomes.js';
import { simulateLegal } from './legal.js';
import { mulberry32, pickByShare } from './random.js';
import { simulateScores } from './scores.js';
import { simulateAgencies } from './agencies.js';

/** Options of {@link simulateTables}. */
export interface SimulateOptions {
  /** PRNG seed (default 42). */
  seed?: number;
  /** Accounts opened over the warm-up year and the reported months (default 6,000). */
  accounts?: number;
  /** Reported months (default 24). */
  months?: number;
  /** First reported month `YYYY-MM` (default 2024-01). */
  start?: string;
  /** Collectors (default 40). */
  agents?: number;
}

/** The simulated tables and the end of the reported window. */
export interface SimulatedPortfolio extends CanonicalTables {
  /** End of the last reported month, ISO 8601 UTC. */
  asOf: string;
  /** First and last reported month, `YYYY-MM`. */
  from: string;
  to: string;
}

const WARMUP = 12;

/**
 * What was paid towards a promise and when, derived from the attempt id (no draw from the generator, so
 * every other table stays as it was): kept promises are paid in full 0–3 days before the due date; of
 * the others, a third pay 40 % the day before, a third pay in full 1–4 days late (kept within a grace
 * period that long) and a third pay nothing.
 */
function promisePayment(
  attemptId: number,
  due: string,
  amount: number,
  kept: boolean,
): { paid: number; paid_on: string | null } {
  if (kept) return { paid: amount, paid_on: addDays(due, -(attemptId % 4)) };
  const kind = attemptId % 3;
  if (kind === 0) return { paid: cents(amount * 0.4), paid_on: addDays(due, -1) };
  if (kind === 1) return { paid: amount, paid_on: addDays(due, 1 + (attemptId % 4)) };
  return { paid: 0, paid_on: null };
}
const CURE = [0, 0.45, 0.3, 0.22, 0.15, 0.1, 0.08, 0.05];

const cents = (x: number) => Math.round(x * 100) / 100;
const bucketOf = (dpd: number) => (dpd === 0 ? 0 : Math.min(7, Math.ceil(dpd / 30)));

/**
 * Simulates the canonical tables. Accounts open in the 12 months before `start` and during the reported
 * months; `account_period` holds reported months only.
 * @example const t = simulateTables({ seed: 7, accounts: 400, months: 6 }); t.account_period.length
 */
export function simulateTables(options: SimulateOptions = {}): SimulatedPortfolio {
  const seed = options.seed ?? 42;
  const total = options.accounts ?? 6000;
  const months = options.months ?? 24;
  const start = monthIndex(options.start ?? '2024-01');
  const agentCount = options.agents ?? 40;
  if (!Number.isInteger(total) || total < 1) throw new Error(`accounts must be a whole number ≥ 1, got ${total}`);
  if (!Number.isInteger(months) || months < 1 || months > 240)
    throw new Error(`months must be a whole number in 1…240, got ${months}`);
  if (Number.isNaN(start)) throw new Error(`start must be YYYY-MM, got ${options.start}`);
  if (!Number.isInteger(agentCount) || agentCount < SEED_TEAMS.length * SEED_REGIONS.length) {
    throw new Error(
      `agents must be a whole number ≥ ${SEED_TEAMS.length * SEED_REGIONS.length} (one per team and region), got ${agentCount}`,
    );
  }
  const rnd = mulberry32(seed);
  // The fields of the 2025–26 contact rules draw from their own stream, so the rows above them stay as they were.
  const ruleRnd = mulberry32(seed ^ 0x20250228);
  const qaRnd = mulberry32(seed ^ 0x0a5c0de);
  let checkId = 0;
  /** QA of a collector's call: AI checks nearly every call, people about 3 %; red lines are rare, more so at odd hours; some collectors score lower. */
  const qaCheck = (attemptId: number, agentId: string, odd: boolean): void => {
    const habit = (Number(agentId.slice(1)) * 7) % 9; // 0–8 points off every score of this collector
    for (const [method, share] of [
      ['ai', 0.985],
      ['manual', 0.03],
    ] as const) {
      if (qaRnd() >= share) continue;
      const id = ++checkId;
      let found = 0;
      for (const [rule, rate] of SEED_QA_RULES) {
        if (qaRnd() < rate * (odd ? 4 : 1)) {
          t.qa_violations.push({ check_id: id, rule });
          found++;
        }
      }
      t.qa_checks.push({
        check_id: id,
        attempt_id: attemptId,
        method,
        score: Math.max(0, Math.round(97 - habit - 8 * qaRnd() - 30 * found)),
      });
    }
  };
  const end = start + months - 1;
  const t: CanonicalTables = {
    account_period: [],
    charge_offs: [],
    recovery_payments: [],
    agents: [],
    contact_attempts: [],
    promises: [],
    agent_hours: [],
    assignments: [],
    complaints: [],
    experiment_assignments: [],
    qa_checks: [],
    qa_violations: [],
  };

  const pick = <T>(list: readonly T[]) => at(list, Math.floor(rnd() * list.length));
  const FIELD_FROM = must(
    SEED_TEAMS.find((x) => x.code === 'field'),
    'the field team',
  ).from;

  // Collectors: every team in every region, then round robin.
  for (let i = 0; i < agentCount; i++) {
    const team = at(SEED_TEAMS, i % SEED_TEAMS.length);
    const region = at(SEED_REGIONS, Math.floor(i / SEED_TEAMS.length) % SEED_REGIONS.length);
    const name = pick(SEED_NAMES.surnames) + pick(SEED_NAMES.given);
    t.agents.push({ agent_id: `A${String(i + 1).padStart(4, '0')}`, name, team: team.code, region: region.code });
  }
  const crew = new Map<string, AgentInfoRow[]>();
  for (const a of t.agents) {
    const key = `${a.team}/${a.region}`;
    crew.set(key, [...(crew.get(key) ?? []), a]);
  }
  const agentFor = (bucket: number, region: string, visit: boolean) => {
    const teams = SEED_TEAMS.filter((x) =>
      visit ? x.code === 'field' : x.code !== 'field' && bucket >= x.from && bucket <= x.to,
    );
    const key = `${pick(teams).code}/${region}`;
    return pick(must(crew.get(key), `collectors of ${key}`));
  };

  for (const a of t.agents) {
    for (let m = start; m <= end; m++) {
      for (let d = 1; d <= 28; d++) {
        const day = new Date(Date.UTC(Math.floor(m / 12), m % 12, d)).getUTCDay();
        if (day === 0 || day === 6 || rnd() < 0.05) continue;
        t.agent_hours.push({ agent_id: a.agent_id, work_date: dateIn(m, d), hours: cents(6.5 + rnd() * 2) });
      }
    }
  }

  /** FNV-1a of a text: 1 in 4 accounts go to the field team, by its high bits (routers may shard by its low bits). */
  const hash = (text: string) => {
    let h = 0x811c9dc5;
    for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193) >>> 0;
    return h;
  };
  const fieldShare = (account: string) => (hash(account) >>> 24) % 4 === 0;
  const fieldAgent = (account: string, region: string) => {
    const list = must(crew.get(`field/${region}`), `collectors of field/${region}`);
    return at(list, hash(`${account}/field`) % list.length);
  };

  let attemptId = 0;
  let complaintId = 0;
  const lastDay = dateIn(end + 1, 0);
  for (let n = 0; n < total; n++) {
    const product = pick(SEED_PRODUCTS);
    const region = pick(SEED_REGIONS);
    const home = rnd() < 0.05 ? ABROAD : region;
    const opened = start - WARMUP + Math.floor(rnd() * (WARMUP + months));
    const id = `AC${String(n + 1).padStart(7, '0')}`;
    const original = cents(product.ticket * (0.4 + rnd() * 1.2));
    const installment = product.term > 0 ? original / product.term : original * 0.05;
    let balance = original;
    let dpd = 0;
    let prev: { dpd: number; balance: number } | null = null;
    for (let m = opened; m <= end; m++) {
      let status: 'active' | 'closed' | 'charged-off' = 'active';
      if (m > opened) {
        const before = bucketOf(dpd);
        if (before > 0 && m >= start) work(m, before);
        if (before === 7 && dpd >= 181 && rnd() > at(CURE, 7)) {
          status = 'charged-off';
          if (m >= start) chargeOff(m);
        } else if (before === 0) {
          const roll = 0.018 * product.risk;
          const u = rnd();
          if (u < 0.012) {
            balance = 0;
            status = 'closed';
          } else if (u < 0.012 + roll) dpd = 1 + Math.floor(rnd() * 30);
          else balance = cents(Math.max(0, balance - installment));
        } else if (rnd() < at(CURE, before)) {
          dpd = 0;
          balance = cents(Math.max(0, balance - installment * (before + 1)));
        } else dpd += 30;
        if (status === 'active' && balance <= 0) status = 'closed';
      }
      if (m >= start) {
        t.account_period.push({
          account_id: id,
          period: dateIn(m, 1),
          product: product.code,
          region: region.code,
          origination_month: dateIn(opened, 1),
          original_amount: original,
          dpd,
          balance,
          prev_dpd: prev?.dpd ?? null,
          prev_balance: prev?.balance ?? null,
          status,
          segment: customerSegment(seed, id),
        });
        prev = { dpd, balance };
      }
      if (status !== 'active') break;
    }

    function chargeOff(m: number): void {
      t.charge_offs.push({
        account_id: id,
        charge_off_month: dateIn(m, 1),
        amount: balance,
        product: product.code,
        region: region.code,
      });
      for (let k = 0; m + k <= end; k++) {
        if (rnd() > 0.22) continue;
        const amount = cents(balance * (0.01 + rnd() * 0.06));
        t.recovery_payments.push({
          account_id: id,
          paid_on: dateIn(m + k, 1 + Math.floor(rnd() * 28)),
          amount,
          cost: cents(amount * (0.1 + rnd() * 0.2)),
        });
      }
    }

    function work(m: number, bucket: number): void {
      // The field team holds a quarter of the accounts at M3 or later (chosen by account, so a case stays with it
      // month to month); drawn without the random stream, so every other row of the seed stays as it was.
      const desk = agentFor(bucket, region.code, false);
      const assignee = bucket >= FIELD_FROM && fieldShare(id) ? fieldAgent(id, region.code) : desk;
      t.assignments.push({ agent_id: assignee.agent_id, account_id: id, assigned_on: dateIn(m, 1), balance });
      const burst = rnd() < 0.04;
      const count = burst ? 9 : 1 + Math.floor(rnd() * 6);
      const burstDay = 1 + Math.floor(rnd() * 28);
      for (let k = 0; k < count; k++) {
        let ch = pickByShare(SEED_CHANNELS, rnd());
        if (burst) ch = SEED_CHANNELS[0];
        if (ch.code === 'visit' && bucket < 3) ch = SEED_CHANNELS[0];
        const visit = ch.code === 'visit';
        const agent =
          ch.code === 'phone'
            ? burst
              ? assignee
              : agentFor(bucket, region.code, false)
            : visit
              ? agentFor(bucket, region.code, true)
              : null;
        const day = burst ? burstDay : 1 + Math.floor(rnd() * 28);
        const odd = rnd() < 0.05;
        const hour = odd ? pick([6, 7, 21, 22, 23]) : 8 + Math.floor(rnd() * 13);
        const minute = Math.floor(rnd() * 60);
        const at = new Date(
          Date.UTC(Math.floor(m / 12), m % 12, day, hour - home.offset, minute, Math.floor(rnd() * 60)),
        ).toISOString();
        const answered = !burst && rnd() < ch.answer;
        const rightParty = answered && rnd() < 0.75;
        const party = rightParty || !answered ? 'debtor' : rnd() < 0.8 ? 'related' : 'third-party';
        const promise = rightParty && agent !== null && rnd() < 0.35 ? cents(balance * (0.05 + rnd() * 0.25)) : null;
        const attemptDate = at.slice(0, 10);
        const kept = promise !== null && rnd() < 0.6;
        const row: ContactAttemptRow = {
          attempt_id: ++attemptId,
          account_id: id,
          contact_id: party === 'debtor' ? `${id}-1` : `${id}-2`,
          agent_id: agent?.agent_id ?? null,
          channel: ch.code,
          attempted_at: at,
          time_zone: home.zone,
          answered,
          right_party: rightParty,
          conversation: rightParty && (ch.code === 'phone' || visit),
          party,
          consent: odd && rnd() < 0.15,
          collectors: visit ? (rnd() < 0.75 ? 2 : 1) : null,
          promise_amount: promise,
          promise_due: promise !== null ? addDays(attemptDate, 7) : null,
          cost: ch.code === 'agency' ? cents(ch.cost + balance * 0.002) : ch.cost,
          collected: kept ? promise : ch.code === 'agency' && answered ? cents(balance * 0.03) : 0,
          product: product.code,
          region: region.code,
          debtor_id: n % 25 === 1 ? `AC${String(n).padStart(7, '0')}` : null,
          invalid_number: party === 'debtor' && !answered && ch.code === 'phone' && ruleRnd() < 0.04,
          disclosed: party !== 'debtor' && ruleRnd() < 0.05,
        };
        t.contact_attempts.push(row);
        if (ch.code === 'phone' && agent !== null) qaCheck(row.attempt_id, agent.agent_id, odd);
        if (promise !== null && agent !== null && row.promise_due !== null)
          t.promises.push({
            attempt_id: row.attempt_id,
            account_id: id,
            agent_id: agent.agent_id,
            due_on: row.promise_due,
            amount: promise,
            kept,
            ...promisePayment(row.attempt_id, row.promise_due, promise, kept),
          });
        if (rnd() < (odd || party === 'third-party' ? 0.05 : 0.008)) {
          const received = addDays(attemptDate, Math.floor(rnd() * 4));
          if (received > lastDay) continue;
          const due = addDays(received, 15);
          const closedOn = addDays(received, 2 + Math.floor(rnd() * 20));
          const closed = closedOn <= lastDay && rnd() < 0.97 ? closedOn : null;
          t.complaints.push({
            complaint_id: `CP${String(++complaintId).padStart(6, '0')}`,
            account_id: id,
            agent_id: agent?.agent_id ?? null,
            product: product.code,
            region: region.code,
            received_on: received,
            category: pick(SEED_COMPLAINT_CATEGORIES),
            channel: pick(SEED_COMPLAINT_CHANNELS),
            due_on: due,
            closed_on: closed,
            upheld: closed !== null && rnd() < 0.3,
            segment: customerSegment(seed, id),
          });
        }
      }
      // AI voice reminders (cn-gbt-2025 counts their conversations too): now and then a campaign talks to the debtor
      // several times in one local day. Drawn from the rules' own stream.
      if (ruleRnd() < 0.02) {
        const day = 1 + Math.floor(ruleRnd() * 28);
        for (let k = 0; k < 4; k++) {
          const at = new Date(
            Date.UTC(Math.floor(m / 12), m % 12, day, 9 + 2 * k - home.offset, Math.floor(ruleRnd() * 60)),
          ).toISOString();
          t.contact_attempts.push({
            attempt_id: ++attemptId,
            account_id: id,
            contact_id: `${id}-1`,
            agent_id: null,
            channel: 'ai-voice',
            attempted_at: at,
            time_zone: home.zone,
            answered: true,
            right_party: true,
            conversation: true,
            party: 'debtor',
            consent: false,
            collectors: null,
            promise_amount: null,
            promise_due: null,
            cost: 0.05,
            collected: 0,
            product: product.code,
            region: region.code,
            debtor_id: n % 25 === 1 ? `AC${String(n).padStart(7, '0')}` : null,
            invalid_number: false,
            disclosed: false,
          });
        }
      }
    }
  }
  t.experiment_assignments = simulateExperiments(t.account_period, seed);
  t.scores = simulateScores(t.account_period, seed, CURE);
  t.customer_outcomes = simulateOutcomes(t.account_period, t.complaints, seed);
  Object.assign(t, simulateAgencies(t, seed, start, end));
  t.legal_cases = simulateLegal(t.account_period, t.recovery_payments, lastDay, seed);
  return { ...t, asOf: `${lastDay}T23:59:59Z`, from: monthLabel(start), to: monthLabel(end) };
}
