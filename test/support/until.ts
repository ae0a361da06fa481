/**
 * Polls `fn` every 20 ms until it returns something truthy and resolves with it; rejects after about `ms`
 * (a deadline for asynchronous rendering in browser tests, counted in polls: no clock is read, nothing is timed).
 */
export async function until<T>(fn: () => T | null | undefined | false, ms = 6000): Promise<T> {
  for (let polls = Math.ceil(ms / 20); ; polls--) {
    const v = fn();
    if (v) return v;
    if (polls <= 0) throw new Error(`timed out waiting (${ms} ms)`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
