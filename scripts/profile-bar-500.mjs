// CPU profile of the chart harness's case bar-500 through collectkit's adapter: scripts/profile-chart.mjs with
// `--case bar-500` (see there: render and update, main-thread CPU and self time by group, module and function).
// Usage: npm run build && node scripts/profile-bar-500.mjs [--reps 3] [--top 25] [--out DIR] [--first] [--dist DIR]
if (!process.argv.includes('--case')) process.argv.push('--case', 'bar-500');
await import('./profile-chart.mjs');
