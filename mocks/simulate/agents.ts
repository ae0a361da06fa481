/**
 * Collectors: profiles (name, team, region, skills) and their month of work on one book. Each team
 * works one collection stage of its region's books; its workload (accounts, dials, balance) and the
 * cash it brings in are split between its agents by their skills, in integers, so that agent totals
 * equal the phone and field-visit totals of the `channels` metric exactly.
 */
import { GIVEN_NAMES, SURNAMES, TEAMS, type Team } from '../catalog.js';
import { clampedNormal, rngFor, roundRandom, type Random } from '../random.js';

/** One collector and the traits that drive their numbers. */
export interface AgentProfile {
  agentId: string;
  /** Chinese name, e.g. 王伟. */
  nameZh: string;
  /** Pinyin name, e.g. Wang Wei. */
  nameEn: string;
  team: string;
  region: string;
  /** Connects per dial before stage adjustment. */
  contactRate: number;
  /** Right-party contacts per connect. */
  rpcShare: number;
  /** Promises per right-party contact. */
  ptpRate: number;
  /** Promises kept per promise due. */
  keptRate: number;
  /** Dials per hour multiplier. */
  speed: number;
  /** Complaints propensity multiplier. */
  temper: number;
}

/** Generates `count` collectors spread over teams (by headcount share) and regions (round robin). */
export function agentProfiles(seed: number, count: number, regions: readonly string[]): AgentProfile[] {
  const rng = rngFor(seed, 'agents');
  const counts = TEAMS.map((t) => Math.max(1, Math.round(t.share * count)));
  counts[counts.length - 1] = Math.max(1, count - counts.slice(0, -1).reduce((a, b) => a + b, 0));
  const agents: AgentProfile[] = [];
  TEAMS.forEach((team, t) => {
    for (let i = 0; i < counts[t]!; i++) {
      const n = agents.length;
      const [zhS, enS] = SURNAMES[Math.floor(rng() * SURNAMES.length)]!;
      const [zhG, enG] = GIVEN_NAMES[Math.floor(rng() * GIVEN_NAMES.length)]!;
      agents.push({
        agentId: `A${String(n + 1).padStart(4, '0')}`,
        nameZh: zhS + zhG,
        nameEn: `${enS} ${enG}`,
        team: team.code,
        region: regions[i % regions.length]!,
        contactRate: clampedNormal(rng, 0.4, 0.08, 0.28, 0.62),
        rpcShare: clampedNormal(rng, 0.64, 0.07, 0.5, 0.85),
        ptpRate: clampedNormal(rng, 0.33, 0.08, 0.15, 0.55),
        keptRate: clampedNormal(rng, 0.62, 0.09, 0.4, 0.85),
        speed: clampedNormal(rng, 1, 0.12, 0.7, 1.35),
        temper: clampedNormal(rng, 1, 0.4, 0.2, 2.5),
      });
    }
  });
  return agents;
}

/** How each team's stage translates into work. */
export interface StageWork {
  /** Share of the stage's delinquent accounts worked in house by this kind of team. */
  inHouse: number;
  /** Dials (visits for the field team) per logged hour at speed 1. */
  perHour: number;
  /** Logged hours per month at full attendance. */
  hours: number;
  /** Multiplier on the agent's contact rate. */
  contact: number;
}

export const WORK: Record<Team['stage'], StageWork> = {
  early: { inHouse: 1, perHour: 50, hours: 168, contact: 1.1 },
  mid: { inHouse: 0.85, perHour: 42, hours: 168, contact: 1 },
  late: { inHouse: 0.5, perHour: 36, hours: 168, contact: 0.8 },
  field: { inHouse: 0.05, perHour: 0.6, hours: 160, contact: 1.1 },
};

/** Numbers of one agent for one book and month (all counts integers, amounts whole yuan). */
export interface AgentMonth {
  dials: number;
  connects: number;
  rightPartyContacts: number;
  promises: number;
  promisesDue: number;
  promisesKept: number;
  /** Accounts assigned (not in the contract row; used for the channels metric). */
  accounts: number;
  assigned: number;
  collected: number;
  hours: number;
  complaints: number;
}

/** Splits integer `total` over `weights` exactly, in integers, by cumulative rounding (O(n), no sort). */
export function allocate(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  let sum = 0;
  for (const w of weights) sum += w;
  if (!(sum > 0)) return weights.map((_, i) => (i === 0 ? total : 0));
  const out = new Array<number>(n);
  let cumulative = 0;
  let before = 0;
  for (let i = 0; i < n; i++) {
    cumulative += weights[i]!;
    const upTo = i === n - 1 ? total : Math.round((total * cumulative) / sum);
    out[i] = upTo - before;
    before = upTo;
  }
  return out;
}

/** Workload and cash of one book-month for the desk: per stage (early, mid, late). */
export interface DeskInput {
  /** Random numbers of this book-month (contact outcomes). */
  rng: Random;
  /** Random numbers of the region-month (attendance), the same for every product of the region. */
  regionRng: Random;
  /** Collectors of the book's region. */
  agents: readonly AgentProfile[];
  /** Delinquent accounts and balance at the start of the month per stage, for this book. */
  stageAccounts: readonly number[];
  stageBalance: readonly number[];
  /** Delinquent accounts per stage of all the region's books: the book's share of the team's time. */
  regionStageAccounts: readonly number[];
  /** Cash collected by phone per stage and by field visits (whole yuan). */
  phoneCollected: readonly number[];
  visitCollected: number;
  /** Complaints about phone collection and about field visits this month. */
  phoneComplaints: number;
  visitComplaints: number;
}

const STAGE_INDEX = { early: 0, mid: 1, late: 2 } as const;

/** Accounts a team works out of per-stage delinquent accounts. */
function teamAccounts(team: Team, stageAccounts: readonly number[]): number {
  const work = WORK[team.stage];
  if (team.stage === 'field') return (stageAccounts[1]! + stageAccounts[2]!) * work.inHouse;
  return (stageAccounts[STAGE_INDEX[team.stage]]! * work.inHouse) / TEAMS.filter((t) => t.stage === team.stage).length;
}

/**
 * Works one book-month. Each agent logs about 168 hours a month (attendance varies) across the
 * region's books in proportion to the team's workload in each; dials follow hours and speed, and
 * outcomes follow the agent's rates. Cash and complaints are split exactly (integers).
 */
export function deskMonth(input: DeskInput): AgentMonth[] {
  const { rng, agents } = input;
  const out: AgentMonth[] = agents.map(() => ({
    dials: 0,
    connects: 0,
    rightPartyContacts: 0,
    promises: 0,
    promisesDue: 0,
    promisesKept: 0,
    accounts: 0,
    assigned: 0,
    collected: 0,
    hours: 0,
    complaints: 0,
  }));
  const attendance = agents.map(() => clampedNormal(input.regionRng, 0.93, 0.05, 0.7, 1));
  const byTeam = new Map<string, (readonly [AgentProfile, number])[]>(TEAMS.map((t) => [t.code, []]));
  agents.forEach((a, i) => byTeam.get(a.team)?.push([a, i]));
  for (const team of TEAMS) {
    const members = byTeam.get(team.code)!;
    if (!members.length) continue;
    const work = WORK[team.stage];
    const sameStage = TEAMS.filter((t) => t.stage === team.stage);
    const equal = new Array<number>(sameStage.length).fill(1);
    const k = sameStage.indexOf(team);
    const regionAccounts = teamAccounts(team, input.regionStageAccounts);
    const share = regionAccounts > 0 ? Math.min(1, teamAccounts(team, input.stageAccounts) / regionAccounts) : 0;
    let accounts: number;
    let balance: number;
    let cash: number;
    if (team.stage === 'field') {
      accounts = Math.round((input.stageAccounts[1]! + input.stageAccounts[2]!) * work.inHouse);
      balance = Math.round((input.stageBalance[1]! + input.stageBalance[2]!) * work.inHouse);
      cash = input.visitCollected;
    } else {
      const s = STAGE_INDEX[team.stage];
      accounts = allocate(Math.round(input.stageAccounts[s]! * work.inHouse), equal)[k]!;
      balance = allocate(Math.round(input.stageBalance[s]! * work.inHouse), equal)[k]!;
      cash = allocate(input.phoneCollected[s]!, equal)[k]!;
    }
    const weights = members.map(([a, i]) => a.speed * attendance[i]!);
    const accountShares = allocate(accounts, weights);
    const assigned = allocate(balance, weights);
    members.forEach(([a, i], j) => {
      const m = out[i]!;
      const hours = work.hours * attendance[i]! * share;
      m.hours = Math.round(hours * 10) / 10;
      m.dials = roundRandom(rng, hours * work.perHour * a.speed);
      m.accounts = accountShares[j]!;
      m.assigned = assigned[j]!;
      m.connects = Math.min(m.dials, roundRandom(rng, m.dials * Math.min(0.9, a.contactRate * work.contact)));
      m.rightPartyContacts = roundRandom(rng, m.connects * a.rpcShare);
      m.promises = roundRandom(rng, m.rightPartyContacts * a.ptpRate);
      m.promisesDue = roundRandom(rng, m.promises * 0.9);
      m.promisesKept = roundRandom(rng, m.promisesDue * a.keptRate);
    });
    const collected = allocate(
      cash,
      members.map(([a, i]) => (out[i]!.promisesKept + 1) * a.keptRate),
    );
    members.forEach(([, i], j) => (out[i]!.collected = collected[j]!));
  }
  // Complaints: phone complaints to phone agents by dials × temper, visit complaints to the field team.
  const phone = agents.map((a, i) => (a.team === 'field' ? 0 : (out[i]!.dials + 1) * a.temper));
  const field = agents.map((a, i) => (a.team === 'field' ? (out[i]!.dials + 1) * a.temper : 0));
  const pc = allocate(input.phoneComplaints, phone);
  const vc = allocate(input.visitComplaints, field);
  out.forEach((m, i) => (m.complaints = pc[i]! + vc[i]!));
  return out;
}
