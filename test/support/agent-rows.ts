import type { AgentRow } from '../../src/model/rows.js';

/** An agent's counts in contract order: dials, connects, RPC, promises, due, kept, assigned, collected, hours. */
export type AgentCounts = readonly [number, number, number, number, number, number, number, number, number];

/** One `agents` contract row from its counts, for tests (`team` left out when undefined). */
export function agentRow(
  agentId: string,
  name: string,
  team: string | undefined,
  counts: AgentCounts,
  complaints = 0,
): AgentRow {
  const [dials, connects, rightPartyContacts, promises, promisesDue, promisesKept, assigned, collected, hours] = counts;
  return {
    agentId,
    name,
    ...(team !== undefined ? { team } : {}),
    dials,
    connects,
    rightPartyContacts,
    promises,
    promisesDue,
    promisesKept,
    assigned,
    collected,
    hours,
    complaints,
  };
}
