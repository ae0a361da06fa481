#!/usr/bin/env node
/**
 * KPI engine benchmark: `node scripts/bench-kpi.mjs`. Bundles test/kpi/bench/snapshots.bench-entry.ts
 * with esbuild (no type checking, in memory), then times snapshotsToOverdue + snapshotsToRollRates on
 * 100,000 seeded account-month snapshots, median of 7 runs after a warm-up (target < 200 ms; the exit
 * code is 1 when missed), then downsample of a million points. `node scripts/bench-kpi.mjs 15` for 15 runs.
 * esbuild is a devDependency.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../test/kpi/bench/snapshots.bench-entry.ts', import.meta.url));
const result = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
const { run, runDownsample } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const runs = Number(process.argv[2] ?? 7);
const f = run(runs);
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(
  `collectkit KPI benchmark — node ${process.version}, ${f.rows.toLocaleString('en')} account-month snapshots, median of ${runs} runs`,
);
console.log(`  snapshotsToOverdue    ${ms(f.overdueMs).padStart(10)}  → ${f.overdueRows} overdue rows`);
console.log(`  snapshotsToRollRates  ${ms(f.rollRatesMs).padStart(10)}  → ${f.rollRateRows} roll-rate rows`);
console.log(
  `  both                  ${ms(f.bothMs).padStart(10)}  (target < 200 ms: ${f.bothMs < 200 ? 'met' : 'NOT met'})`,
);
const d = runDownsample(runs);
console.log(
  `  downsample minmax     ${ms(d.minmaxMs).padStart(10)}  (${d.points.toLocaleString('en')} points → ${d.minmaxKept} at width 1,000)`,
);
console.log(
  `  downsample lttb       ${ms(d.lttbMs).padStart(10)}  (${d.points.toLocaleString('en')} points → ${d.lttbKept})`,
);
process.exitCode = f.bothMs < 200 ? 0 : 1;
