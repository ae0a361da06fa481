/**
 * Contact-rule checks on contact attempts: presets `cn-cba-2026` (China Banking Association guideline
 * on consumer-loan collection, 2026), `cn-gbt-2025` (GB/T 个人网络消费信贷 贷后催收风控指引, 2025) and
 * `us-reg-f` (US Regulation F, 12 CFR 1006), and breach rates.
 */
import type { ComplianceRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import { localTime, toInstant, type LocalTime } from './local-time.js';
import type {
  ComplianceBreach,
  CompliancePreset,
  ComplianceRate,
  ComplianceResult,
  ComplianceRuleSet,
  ContactAttempt,
} from './types.js';
import { checkAmount, checkAtMost, checkLabel, checkPeriodKeyed, ratio } from './validate.js';
import { at } from '../model/at.js';

/** Defaults of each preset. `timeZone` null = every attempt must carry its own (consumer-local) zone. */
export const COMPLIANCE_PRESETS: Readonly<
  Record<CompliancePreset, Required<Omit<ComplianceRuleSet, 'preset' | 'timeZone'>> & { timeZone: string | null }>
> = Object.freeze({
  'cn-cba-2026': {
    timeZone: 'Asia/Shanghai',
    allowedFrom: 8,
    allowedUntil: 22,
    maxUnansweredPerDay: 6,
    maxCallsPer7Days: Infinity,
    maxConversationsPerDay: Infinity,
    failedBeforeThirdParty: 3,
  },
  'us-reg-f': {
    timeZone: null,
    allowedFrom: 8,
    allowedUntil: 21,
    maxUnansweredPerDay: Infinity,
    maxCallsPer7Days: 7,
    maxConversationsPerDay: Infinity,
    failedBeforeThirdParty: 0,
  },
  'cn-gbt-2025': {
    timeZone: 'Asia/Shanghai',
    allowedFrom: 8,
    allowedUntil: 22,
    maxUnansweredPerDay: Infinity,
    maxCallsPer7Days: Infinity,
    maxConversationsPerDay: 3,
    failedBeforeThirdParty: 1,
  },
});

/** Channels that are voice calls to a person for the cn rules on conversations and failed attempts (AI voice calls included). */
export const VOICE_CHANNELS: readonly string[] = Object.freeze(['phone', 'ai-voice']);

interface Attempt {
  index: number;
  ms: number;
  local: LocalTime;
  call: boolean;
  voice: boolean;
  source: ContactAttempt;
}

const hhmm = (t: LocalTime) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

function prepare(contacts: readonly ContactAttempt[], zone: string | null, preset: string): Attempt[] {
  return contacts.map((c, i) => {
    const what = `contact row ${i} (debt ${String(c.debtId)}, contact ${String(c.contactId)})`;
    checkLabel('contact', i, 'debtId', c.debtId);
    checkLabel('contact', i, 'contactId', c.contactId);
    const ms = toInstant(c.at, what, i);
    const timeZone = c.timeZone ?? zone;
    if (!timeZone)
      throw new KpiInputError(
        'missing',
        `${what}: no timeZone, and ${preset} has no default (contact rules use the consumer's local time)`,
        i,
        'timeZone',
      );
    return {
      index: i,
      ms,
      local: localTime(ms, timeZone, what, i),
      call: (c.channel ?? 'phone') === 'phone',
      voice: VOICE_CHANNELS.includes(c.channel ?? 'phone'),
      source: c,
    };
  });
}

function groupBy<K>(attempts: readonly Attempt[], key: (a: Attempt) => K): Map<K, Attempt[]> {
  const groups = new Map<K, Attempt[]>();
  for (const a of attempts) {
    const k = key(a);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(a);
  }
  for (const g of groups.values()) g.sort((a, b) => a.ms - b.ms || a.index - b.index);
  return groups;
}

function quietHours(
  id: string,
  preset: CompliancePreset,
  attempts: readonly Attempt[],
  from: number,
  until: number,
  consentLifts = true,
): ComplianceResult {
  const breaches: ComplianceBreach[] = [];
  for (const a of attempts) {
    if (consentLifts && a.source.consent) continue;
    if (a.local.hour < from || a.local.hour >= until) {
      breaches.push({
        attempts: [a.index],
        reason: `${a.call ? 'call' : 'contact'} at ${hhmm(a.local)} local time on ${a.local.date}, outside ${hh(from)}–${hh(until)}`,
      });
    }
  }
  return { rule: preset, id, checked: attempts.length, breaches };
}

function cnRules(attempts: readonly Attempt[], s: ReturnType<typeof settings>): ComplianceResult[] {
  const preset = 'cn-cba-2026';
  const calls = attempts.filter((a) => a.call);
  const unanswered: ComplianceBreach[] = [];
  for (const group of groupBy(
    calls.filter((a) => !a.source.answered),
    (a) => `${a.source.contactId}\u0000${a.local.date}`,
  ).values()) {
    if (group.length <= s.maxUnansweredPerDay) continue;
    const first = at(group, 0);
    unanswered.push({
      attempts: group.slice(s.maxUnansweredPerDay).map((a) => a.index),
      reason: `${group.length} unanswered calls to contact ${first.source.contactId} on ${first.local.date} (local), more than ${s.maxUnansweredPerDay}`,
    });
  }
  const third: ComplianceBreach[] = attempts
    .filter((a) => a.source.party === 'third-party')
    .map((a) => ({
      attempts: [a.index],
      reason: `contact ${a.source.contactId} about debt ${a.source.debtId} is an unrelated third party`,
    }));
  const visits = attempts.filter((a) => a.source.channel === 'visit' && a.source.collectors !== undefined);
  const alone: ComplianceBreach[] = visits
    .filter((a) => !((a.source.collectors ?? 0) >= 2)) // (visits without the field were left out above)
    .map((a) => ({
      attempts: [a.index],
      reason: `field visit about debt ${a.source.debtId} on ${a.local.date} by ${a.source.collectors} collector(s), fewer than 2`,
    }));
  return [
    quietHours(`${preset}/quiet-hours`, preset, attempts, s.allowedFrom, s.allowedUntil),
    { rule: preset, id: `${preset}/unanswered-calls`, checked: calls.length, breaches: unanswered },
    { rule: preset, id: `${preset}/third-party`, checked: attempts.length, breaches: third },
    { rule: preset, id: `${preset}/two-collectors`, checked: visits.length, breaches: alone },
    thirdPartyAfterFailures(`${preset}/third-party-after-failures`, preset, attempts, s.failedBeforeThirdParty),
  ];
}

/**
 * Contacts of anyone but the debtor (`party` ≠ `debtor`) about a debt, each checked against the debt's
 * earlier attempts (time order): allowed once an earlier attempt to the debtor found an invalid number,
 * or when the last `needed` voice calls to the debtor before it all went unanswered.
 */
function thirdPartyAfterFailures(
  id: string,
  preset: CompliancePreset,
  attempts: readonly Attempt[],
  needed: number,
): ComplianceResult {
  const breaches: ComplianceBreach[] = [];
  let checked = 0;
  for (const group of groupBy(attempts, (a) => a.source.debtId).values()) {
    let invalid = false;
    let failed = 0;
    for (const a of group) {
      if (a.source.party === 'debtor') {
        if (a.source.invalidNumber) invalid = true;
        if (a.voice) failed = a.source.answered ? 0 : failed + 1;
        continue;
      }
      checked++;
      if (invalid || failed >= needed) continue;
      breaches.push({
        attempts: [a.index],
        reason: `contact ${a.source.contactId} (${a.source.party}) about debt ${a.source.debtId} on ${a.local.date} after ${failed} failed call(s) to the debtor and no invalid number, fewer than ${needed}`,
      });
    }
  }
  return { rule: preset, id, checked, breaches };
}

function gbtRules(attempts: readonly Attempt[], s: ReturnType<typeof settings>): ComplianceResult[] {
  const preset = 'cn-gbt-2025';
  const talks = attempts.filter((a) => a.voice && a.source.conversation);
  const many: ComplianceBreach[] = [];
  for (const group of groupBy(talks, (a) => `${a.source.debtorId ?? a.source.debtId}\u0000${a.local.date}`).values()) {
    const [first] = group;
    if (!first || group.length <= s.maxConversationsPerDay) continue;
    many.push({
      attempts: group.slice(s.maxConversationsPerDay).map((a) => a.index),
      reason: `${group.length} conversations with debtor ${first.source.debtorId ?? first.source.debtId} on ${first.local.date} (local), more than ${s.maxConversationsPerDay}`,
    });
  }
  const others = attempts.filter((a) => a.source.party !== 'debtor');
  const told: ComplianceBreach[] = others
    .filter((a) => a.source.disclosed)
    .map((a) => ({
      attempts: [a.index],
      reason: `debt ${a.source.debtId} disclosed to contact ${a.source.contactId} (${a.source.party}) on ${a.local.date}`,
    }));
  return [
    quietHours(`${preset}/quiet-hours`, preset, attempts, s.allowedFrom, s.allowedUntil, false),
    { rule: preset, id: `${preset}/conversations-per-day`, checked: talks.length, breaches: many },
    thirdPartyAfterFailures(`${preset}/third-party-unreachable`, preset, attempts, s.failedBeforeThirdParty),
    { rule: preset, id: `${preset}/no-disclosure`, checked: others.length, breaches: told },
  ];
}

function usRules(attempts: readonly Attempt[], s: ReturnType<typeof settings>): ComplianceResult[] {
  const preset = 'us-reg-f';
  const calls = attempts.filter((a) => a.call);
  const frequency: ComplianceBreach[] = [];
  const afterTalk: ComplianceBreach[] = [];
  for (const group of groupBy(calls, (a) => a.source.debtId).values()) {
    let lo = 0;
    let lastTalk: Attempt | null = null;
    group.forEach((a, k) => {
      while (at(group, lo).local.day < a.local.day - 6) lo++;
      const inWindow = k - lo + 1; // calls on local days [d − 6, d] up to and including this one
      if (inWindow > s.maxCallsPer7Days) {
        frequency.push({
          attempts: [a.index],
          reason: `call ${inWindow} about debt ${a.source.debtId} within 7 consecutive days (${at(group, lo).local.date} to ${a.local.date}), more than ${s.maxCallsPer7Days}`,
        });
      }
      if (lastTalk && a.local.day - lastTalk.local.day <= 6) {
        afterTalk.push({
          attempts: [a.index],
          reason: `call about debt ${a.source.debtId} on ${a.local.date}, within 7 days after the conversation on ${lastTalk.local.date}`,
        });
      }
      if (a.source.conversation) lastTalk = a;
    });
  }
  return [
    { rule: preset, id: `${preset}/7-in-7`, checked: calls.length, breaches: frequency },
    { rule: preset, id: `${preset}/after-conversation`, checked: calls.length, breaches: afterTalk },
    quietHours(`${preset}/time-of-day`, preset, attempts, s.allowedFrom, s.allowedUntil),
  ];
}

function settings(rule: CompliancePreset | ComplianceRuleSet) {
  const r: ComplianceRuleSet = typeof rule === 'string' ? { preset: rule } : rule;
  const base = COMPLIANCE_PRESETS[r.preset];
  if (!base)
    throw new KpiInputError(
      'invalid',
      `unknown compliance preset "${String(r.preset)}" (known: ${Object.keys(COMPLIANCE_PRESETS).join(', ')})`,
      null,
      'rules',
    );
  return {
    preset: r.preset,
    timeZone: r.timeZone ?? base.timeZone,
    allowedFrom: r.allowedFrom ?? base.allowedFrom,
    allowedUntil: r.allowedUntil ?? base.allowedUntil,
    maxUnansweredPerDay: r.maxUnansweredPerDay ?? base.maxUnansweredPerDay,
    maxCallsPer7Days: r.maxCallsPer7Days ?? base.maxCallsPer7Days,
    maxConversationsPerDay: r.maxConversationsPerDay ?? base.maxConversationsPerDay,
    failedBeforeThirdParty: r.failedBeforeThirdParty ?? base.failedBeforeThirdParty,
  };
}

/**
 * Checks contact attempts against rule presets (by name, or with settings) and returns, per rule, the
 * attempts it examined and its breaches (indexes into `contacts`, and a reason). Local time comes from
 * `Intl.DateTimeFormat` in the attempt's `timeZone`, else the rule set's `timeZone`, else the preset
 * default: `Asia/Shanghai` for `cn-cba-2026`; none for `us-reg-f`, whose rules use the consumer's local
 * time, so an attempt without a zone throws `missing`. Calls are attempts with `channel` `phone` (the
 * default).
 *
 * - `cn-cba-2026/quiet-hours`: contact 22:00–08:00 local without `consent`.
 * - `cn-cba-2026/unanswered-calls`: more than 6 unanswered calls to one `contactId` on one local day;
 *   the breach lists the calls beyond the 6th.
 * - `cn-cba-2026/third-party`: contact with `party: 'third-party'` (related parties are allowed).
 * - `cn-cba-2026/two-collectors`: a field visit (`channel: 'visit'`) by fewer than 2 `collectors`;
 *   visits without a `collectors` count are not checked (see `checked`).
 * - `cn-cba-2026/third-party-after-failures`: a contact of anyone but the debtor about a debt before
 *   an earlier attempt to the debtor found an `invalidNumber` or the last 3 voice calls to the debtor
 *   (`phone`, `ai-voice`) went unanswered in a row; checked: every contact of a non-debtor.
 * - `cn-gbt-2025/quiet-hours`: contact 22:00–08:00 local; consent does not lift it.
 * - `cn-gbt-2025/conversations-per-day`: more than 3 conversations (voice calls with `conversation`,
 *   AI voice calls included) with one debtor (`debtorId`, default `debtId`) on one local day; the
 *   breach lists the conversations beyond the 3rd.
 * - `cn-gbt-2025/third-party-unreachable`: a contact of a non-debtor while the debtor is reachable:
 *   no earlier invalid number and the last voice call to the debtor was answered (or there was none).
 * - `cn-gbt-2025/no-disclosure`: the debt `disclosed` to anyone but the debtor.
 * - `us-reg-f/7-in-7`: a call that is the 8th or later about one debt within 7 consecutive local days.
 * - `us-reg-f/after-conversation`: a call about a debt within 7 days after a telephone conversation
 *   about it (the conversation day is day 1).
 * - `us-reg-f/time-of-day`: contact before 08:00 or from 21:00 consumer-local without `consent`.
 * @example complianceBreaches(attempts, ['cn-cba-2026', { preset: 'us-reg-f', timeZone: 'America/Chicago' }])
 */
export function complianceBreaches(
  contacts: readonly ContactAttempt[],
  rules: readonly (CompliancePreset | ComplianceRuleSet)[],
): ComplianceResult[] {
  return rules.flatMap((rule) => {
    const s = settings(rule);
    const attempts = prepare(contacts, s.timeZone, s.preset);
    return s.preset === 'cn-cba-2026'
      ? cnRules(attempts, s)
      : s.preset === 'cn-gbt-2025'
        ? gbtRules(attempts, s)
        : usRules(attempts, s);
  });
}

/**
 * Breach rate per period and rule = breaches ÷ checked (null when nothing was checked), ordered by
 * period then rule. Bad rows (negative, non-finite, breaches > checked, duplicate period × rule) throw.
 */
export function complianceRates(rows: readonly ComplianceRow[]): ComplianceRate[] {
  const seen = new Set<string>();
  const out = rows.map((row, i) => {
    const { period, label: rule, key } = checkPeriodKeyed(seen, 'compliance', i, row.period, 'rule', row.rule);
    const checked = checkAmount('compliance', i, key, 'checked', row.checked);
    const breaches = checkAmount('compliance', i, key, 'breaches', row.breaches);
    checkAtMost('compliance', i, key, 'breaches', breaches, 'checked', checked);
    return { period, rule, ...ratio(breaches, checked) };
  });
  return out.sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0,
  );
}
