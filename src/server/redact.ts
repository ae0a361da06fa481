/** Agent pseudonyms keyed on the server: HMAC-SHA256 of the agent id, stable for one key, useless without it. */
import { createHmac } from 'node:crypto';

/**
 * Returns a function mapping an agent id to `agent-` + 12 hex digits of HMAC-SHA256(key, id).
 * @example pseudonymizer('k')('A0001') // 'agent-…' (the same for every request with this key)
 */
export function pseudonymizer(key: string | Buffer): (agentId: string) => string {
  if (!key || key.length < 16) throw new Error('The redaction key must be at least 16 characters (or bytes).');
  return (agentId) => `agent-${createHmac('sha256', key).update(agentId).digest('hex').slice(0, 12)}`;
}

/** Replaces `agentId` and `name` of agent rows with the pseudonym. */
export function redactAgents<R extends { agentId: string; name: string }>(
  rows: readonly R[],
  pseudonym: (id: string) => string,
): R[] {
  return rows.map((r) => {
    const p = pseudonym(r.agentId);
    return { ...r, agentId: p, name: p };
  });
}
