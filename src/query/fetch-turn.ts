/**
 * When a widget's metric query may make its first request: the page installs a policy (the elements' visible-first
 * does, see `src/elements/shared/visible-first.ts`) that can hold an off-screen widget's first fetch until the
 * on-screen widgets have answered, so that their requests are not queued behind it. Without a policy nothing waits.
 */

/**
 * Whether `host` must wait before its first fetch. When it must, the policy keeps `start` and calls it when the
 * host's turn comes; `start` lifts the hold and settles once the query has answered (or failed).
 */
export type FetchPolicy = (host: object, start: () => Promise<void>) => boolean;

let policy: FetchPolicy | null = null;

/** Installs the page's fetch policy (one per page; the last one installed decides). */
export function setFetchPolicy(next: FetchPolicy | null): void {
  policy = next;
}

/** Asks the page's policy whether `host`'s first fetch waits; `start` begins it when its turn comes. */
export function holdFetch(host: object, start: () => Promise<void>): boolean {
  return policy ? policy(host, start) : false;
}
