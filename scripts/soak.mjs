#!/usr/bin/env node
/**
 * Soak run (#18): the dashboard of 50 widgets of test/soak/soak.browser.test.ts, refreshing every second,
 * for 10 minutes (or `node scripts/soak.mjs <seconds>`). Prints heap, requests and freshness figures.
 */
import { spawnSync } from 'node:child_process';

const seconds = Number(process.argv[2] ?? 600);
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error('usage: node scripts/soak.mjs [seconds]');
  process.exit(2);
}
const result = spawnSync('npx', ['vitest', 'run', '--project', 'chromium', 'test/soak/soak.browser.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, VITE_CK_SOAK_SECONDS: String(seconds) },
});
process.exit(result.status ?? 1);
