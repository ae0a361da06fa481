/**
 * Stable pseudonyms for people (collectors) whose names must not be shown: `Agent 3FA9C1` in
 * English, `催收员 3FA9C1` / `催收員 3FA9C1` in Chinese. The code is a pure function of the id (and
 * an optional salt), so the same agent keeps the same pseudonym across renders, sessions and
 * exports, and nothing of the real name goes into it.
 *
 * Not cryptographic: anyone who knows the list of agent ids (and the salt) can recompute the codes.
 * Pass a salt known only to the page when that matters.
 */

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The pseudonym code of an id: `length` upper-case hex digits (4–13, default 6) of a 53-bit hash
 * of `salt + id`.
 * @example pseudonymCode('A0001') // e.g. '3FA9C1', always the same for 'A0001'
 */
export function pseudonymCode(id: string, length = 6, salt = ''): string {
  const n = Math.min(13, Math.max(4, Math.floor(length)));
  return hash53(`${salt}\u0000${id}`).toString(16).toUpperCase().padStart(13, '0').slice(0, n);
}

const PREFIX: Record<string, string> = { en: 'Agent', 'zh-CN': '催收员', 'zh-TW': '催收員' };

/** The pseudonym of an agent id for a catalogue locale: `Agent 3FA9C1`, `催收员 3FA9C1`. */
export function pseudonym(id: string, locale = 'en', code = pseudonymCode(id)): string {
  return `${PREFIX[locale] ?? (locale.startsWith('zh') ? PREFIX['zh-CN'] : PREFIX.en)} ${code}`;
}

/**
 * Codes for a set of ids, unique within the set: 6 hex digits, lengthened (8, 10, …) only for ids
 * whose shorter codes collide, so a 2,000-agent leaderboard never shows two people under one name.
 * Deterministic for a given set; an id's code changes only if another id of the set collides with it.
 */
export function pseudonymCodes(ids: readonly string[], salt = ''): Map<string, string> {
  const out = new Map<string, string>();
  let pending = [...new Set(ids)];
  for (let length = 6; pending.length; length += 2) {
    const groups = new Map<string, string[]>();
    for (const id of pending) {
      const code = pseudonymCode(id, length, salt);
      const group = groups.get(code);
      if (group) group.push(id);
      else groups.set(code, [id]);
    }
    pending = [];
    for (const [code, group] of groups) {
      if (group.length === 1 || length >= 13) for (const id of group) out.set(id, code);
      else pending.push(...group);
    }
  }
  return out;
}
