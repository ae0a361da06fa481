/**
 * Polls `fn` every 20 ms until it returns something truthy and resolves with it; rejects after `ms`
 * (a deadline for asynchronous rendering in browser tests, not a timing assertion).
 */
export async function until<T>(fn: () => T | null | undefined | false, ms = 6000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
