#!/usr/bin/env node
/**
 * KPI engine benchmark: `node scripts/bench-kpi.mjs`. Bundles test/kpi/bench/snapshots.bench-entry.ts
 * with esbuild (no type checking, in memory), then times snapshotsToOverdue + snapshotsToRollRates on
 * 100,000 seeded account-month snapshots, median of 7 runs after a warm-up. Target: < 200 ms.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../test/kpi/bench/snapshots.bench-entry.ts', import.meta.url));
const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
const code = result.outputFiles[0].text;
const { run } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const runs = Number(process.argv[2] ?? 7);
const f = run(runs);
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`collectkit KPI benchmark — node ${process.version}, ${f.rows.toLocaleString('en')} account-month snapshots, median of ${runs} runs`);
console.log(`  snapshotsToOverdue    ${ms(f.overdueMs).padStart(10)}  → ${f.overdueRows} overdue rows`);
console.log(`  snapshotsToRollRates  ${ms(f.rollRatesMs).padStart(10)}  → ${f.rollRateRows} roll-rate rows`);
console.log(`  both                  ${ms(f.bothMs).padStart(10)}  (target < 200 ms: ${f.bothMs < 200 ? 'met' : 'NOT met'})`);
process.exitCode = f.bothMs < 200 ? 0 : 1;
