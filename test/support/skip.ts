/**
 * Environment skips that cannot hide in CI. A test that needs something the machine may lack (a command, a
 * service) calls `skipForEnvironment` instead of `ctx.skip()`: on a developer's machine the test is skipped
 * with the reason; when `CI` is set it fails with the same reason, so CI never passes with a gap in it.
 * (`.ci/run` also fails when vitest reports any skipped test.) Node only: it reads `process.env.CI`.
 */

/** True when the `CI` environment variable is set to anything but '', '0' or 'false'. */
export function inCI(env: Record<string, string | undefined> = process.env): boolean {
  const v = env.CI;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

/** The message of the failure that replaces an environment skip in CI. */
export const ciSkipMessage = (reason: string) =>
  `environment skip in CI (CI is set), which counts as a failure: ${reason}`;

/**
 * Skips the running test because the environment lacks something; in CI throws instead.
 * `ctx` is the test context (`it('…', (ctx) => …)`).
 */
export function skipForEnvironment(ctx: { skip: (note?: string) => void }, reason: string, env = process.env): never {
  if (inCI(env)) throw new Error(ciSkipMessage(reason));
  ctx.skip(reason);
  throw new Error(`skipped: ${reason}`); // ctx.skip throws; this line only satisfies `never`
}
