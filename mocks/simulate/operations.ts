/**
 * The collection operation of one book-month: collectors' desk work, contact attempts per channel
 * (with cost and cash collected) and compliance checks per rule. Cash collected per channel splits the
 * delinquent accounts' payments of the book exactly; phone and visit totals equal the agents' totals.
 */
import { CHANNELS } from '../../src/model/rows.js';
import { COMPLIANCE_RULES } from '../catalog.js';
import { binomial, rngFor, roundRandom } from '../random.js';
import { allocate, deskMonth, type AgentMonth, type AgentProfile } from './agents.js';
import type { SegmentBook } from './book.js';
import { receivedByChannel } from './complaints.js';

/** Share of each stage's (early, mid, late) collected cash per channel; each stage sums to 1. */
export const STAGE_CHANNEL_SHARES: Record<(typeof CHANNELS)[number], readonly [number, number, number]> = {
  phone: [0.55, 0.45, 0.18],
  sms: [0.1, 0.06, 0.02],
  ivr: [0.06, 0.03, 0],
  app: [0.25, 0.1, 0.04],
  visit: [0, 0.12, 0.16],
  letter: [0.04, 0.04, 0.03],
  agency: [0, 0.2, 0.42],
  legal: [0, 0, 0.15],
};

/** Fields per channel cell: attempts, contacts, accounts, cost, collected. */
export const CHANNEL_FIELDS = 5;

/** Fields per compliance cell: checked, breaches. */
export const COMPLIANCE_FIELDS = 2;

/** One book-month of operations. */
export interface OperationsMonth {
  /** Work of each agent of the book's region, aligned with the `agents` given. */
  desk: AgentMonth[];
  /** Channel cells: index `channel * 5 + field`. */
  channels: Float64Array;
  /** Compliance cells: index `rule * 2 + field`. */
  compliance: Float64Array;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Simulates the operations of book `s` in reported month `r`, given its complaint cells and the
 * delinquent accounts per stage of all books of its region (how the region's collectors share their time).
 */
export function operationsMonth(
  seed: number,
  s: SegmentBook,
  r: number,
  agents: readonly AgentProfile[],
  complaints: Int32Array,
  regionStageAccounts: readonly number[],
): OperationsMonth {
  const stageAccounts = [0, 1, 2].map((k) => s.stageAccounts[r * 3 + k]!);
  const stageBalance = [0, 1, 2].map((k) => s.stageBalance[r * 3 + k]!);
  const stageCash = [0, 1, 2].map((k) => s.collected[r * 3 + k]!);
  // Cash per stage split over channels exactly (whole yuan).
  const byChannel = new Array<number>(CHANNELS.length).fill(0);
  const byStageChannel = stageCash.map((cash, k) =>
    allocate(
      cash,
      CHANNELS.map((c) => STAGE_CHANNEL_SHARES[c][k]!),
    ),
  );
  byStageChannel.forEach((split) => split.forEach((v, h) => (byChannel[h]! += v)));
  const phoneIndex = CHANNELS.indexOf('phone');
  const visitIndex = CHANNELS.indexOf('visit');
  const desk = deskMonth({
    rng: rngFor(seed, 'desk', s.product, s.region, r),
    regionRng: rngFor(seed, 'attendance', s.region, r),
    agents,
    regionStageAccounts,
    stageAccounts,
    stageBalance,
    phoneCollected: byStageChannel.map((split) => split[phoneIndex]!),
    visitCollected: byChannel[visitIndex]!,
    phoneComplaints: receivedByChannel(complaints, 'phone'),
    visitComplaints: receivedByChannel(complaints, 'visit'),
  });

  const rng = rngFor(seed, 'channels', s.product, s.region, r);
  const channels = new Float64Array(CHANNELS.length * CHANNEL_FIELDS);
  const sum = (field: keyof AgentMonth, field_team: boolean) =>
    desk.reduce((acc, m, i) => acc + ((agents[i]!.team === 'field') === field_team ? m[field] : 0), 0);
  const [early, mid, late] = stageAccounts as [number, number, number];
  CHANNELS.forEach((channel, h) => {
    const collected = byChannel[h]!;
    let attempts = 0;
    let contacts = 0;
    let accounts = 0;
    let cost = 0;
    const contact = (n: number, perAccount: number, rate: number) => {
      accounts = Math.round(n);
      attempts = roundRandom(rng, accounts * perAccount);
      contacts = binomial(rng, attempts, rate);
    };
    switch (channel) {
      case 'phone':
        attempts = sum('dials', false);
        contacts = sum('connects', false);
        accounts = sum('accounts', false);
        cost = attempts * 0.12 + sum('hours', false) * 55;
        break;
      case 'visit':
        attempts = sum('dials', true);
        contacts = sum('connects', true);
        accounts = sum('accounts', true);
        cost = attempts * 120;
        break;
      case 'sms':
        contact(early + mid + late, 6, 0.55);
        cost = attempts * 0.05;
        break;
      case 'ivr':
        contact(early + mid, 3, 0.28);
        cost = attempts * 0.25;
        break;
      case 'app':
        contact((early + mid) * 0.6, 4, 0.35);
        cost = attempts * 0.01;
        break;
      case 'letter':
        contact(mid + late, 1, 0.1);
        cost = attempts * 6.5;
        break;
      case 'agency':
        contact(mid * 0.15 + late * 0.5, 18, 0.3);
        cost = collected * 0.18;
        break;
      case 'legal':
        contact(late * 0.03, 1, 0.75);
        cost = accounts * 850 + collected * 0.05;
        break;
    }
    const at = h * CHANNEL_FIELDS;
    channels[at] = attempts;
    channels[at + 1] = contacts;
    channels[at + 2] = accounts;
    channels[at + 3] = cents(cost);
    channels[at + 4] = collected;
  });

  // Compliance: checks per rule on the month's contacts, with a small and slowly falling breach rate.
  const dials = sum('dials', false);
  const connects = sum('connects', false);
  const rpc = sum('rightPartyContacts', false);
  const visits = sum('dials', true);
  const phoneAccounts = sum('accounts', false);
  const sms = channels[CHANNELS.indexOf('sms') * CHANNEL_FIELDS]!;
  const ivr = channels[CHANNELS.indexOf('ivr') * CHANNEL_FIELDS]!;
  const trend = 0.6 + 0.8 * Math.exp(-r / 18);
  const checks: Record<string, readonly [number, number]> = {
    'cn-cba-2026/quiet-hours': [dials + sms + ivr + visits, 0.0004],
    'cn-cba-2026/unanswered-calls': [Math.round(dials / 3), 0.004],
    'cn-cba-2026/third-party': [connects - rpc, 0.006],
    'cn-cba-2026/two-collectors': [visits, 0.012],
    'us-reg-f/7-in-7': [phoneAccounts * 4, 0.003],
    'us-reg-f/after-conversation': [rpc, 0.004],
    'us-reg-f/time-of-day': [dials + sms, 0.0003],
    'cn-cba-2026/third-party-after-failures': [connects - rpc, 0.02],
    'cn-gbt-2025/quiet-hours': [dials + sms + ivr + visits, 0.0005],
    'cn-gbt-2025/conversations-per-day': [rpc, 0.002],
    'cn-gbt-2025/third-party-unreachable': [connects - rpc, 0.008],
    'cn-gbt-2025/no-disclosure': [connects - rpc, 0.003],
  };
  const compliance = new Float64Array(COMPLIANCE_RULES.length * COMPLIANCE_FIELDS);
  COMPLIANCE_RULES.forEach((rule, k) => {
    const [checked, rate] = checks[rule.code] ?? [0, 0];
    compliance[k * 2] = checked;
    compliance[k * 2 + 1] = binomial(rng, checked, rate * trend);
  });
  return { desk, channels, compliance };
}
