// Timeline (CDP trace) of one chart-harness step through collectkit's adapter: which main-thread tasks run between the
// step's start and the harness's second animation frame, what each does (timer, message, animation frame, style,
// layout, paint, lit update), and where the data is drawn. Answers "why does this update paint a frame late".
// Usage: npm run build && node scripts/trace-chart.mjs [--case line-1e3|multi-12x60|bar-500] [--step render|update|first]
//   [--reps 3] [--dist DIR] [--out DIR (writes trace-N.json for DevTools)]
import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { harnessAdapter, openHarnessPage, serveHarnessPage } from './lib/harness-adapter.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const reps = Number(arg('--reps')) || 3;
const CASE = arg('--case') ?? 'multi-12x60';
const STEP = arg('--step') ?? 'update';
const outDir = arg('--out');
const DIST = path.resolve(arg('--dist') ?? path.join(ROOT, 'dist'));
const CASES = {
  'line-1e3': { kind: 'line', n: 1e3 },
  'line-1e5': { kind: 'line', n: 1e5 },
  'multi-12x60': { kind: 'multi', series: 12, points: 60 },
  'bar-500': { kind: 'bar', n: 500 },
};
const SPEC = CASES[CASE];
if (!SPEC || !existsSync(path.join(DIST, 'index.js'))) {
  console.error(`--case one of ${Object.keys(CASES).join(', ')}; needs ${DIST}/index.js (npm run build)`);
  process.exit(1);
}
const { bundle, harness } = await harnessAdapter({ root: ROOT, dist: DIST, minify: true });
const { origin, server } = await serveHarnessPage({ bundle, harness });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const CATEGORIES = [
  'devtools.timeline',
  'blink.user_timing',
  'toplevel',
  'v8.execute',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline',
  'cc',
  'v8',
  'disabled-by-default-v8.compile',
];
/** Events worth naming inside a task. */
const NAMED = new Set([
  'TimerFire',
  'FireAnimationFrame',
  'FunctionCall',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'Commit',
  'RunMicrotasks',
  'EventDispatch',
  'ParseHTML',
  'EvaluateScript',
  'MajorGC',
  'MinorGC',
  'ScheduleStyleRecalculation',
  'UpdateLayer',
  'BeginMainThreadFrame',
  'HitTest',
  'ResizeObserverLoop',
  'IntersectionObserverController::computeIntersections',
]);
for (let rep = 0; rep < reps; rep++) {
  const { ctx, p, cdp } = await openHarnessPage(browser, origin, SPEC);
  if (STEP !== 'first') await p.evaluate(() => window.__bench.warmup());
  if (STEP === 'update') await p.evaluate(() => window.__bench.render());
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await p.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  const r = await p.evaluate(async (step) => {
    performance.mark('step-start');
    // MutationObserver on the widget's shadow root: when the DOM changed (the lit update that draws).
    const res = await window.__bench[step === 'first' ? 'warmup' : step]();
    performance.mark('step-end');
    return res;
  }, STEP);
  await p.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  await cdp.send('Tracing.end');
  await done;
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, `trace-${CASE}-${STEP}-${rep}.json`), JSON.stringify({ traceEvents: events }));
  }
  // the renderer main thread: the thread of the user timing marks
  const start = events.find((e) => e.name === 'step-start');
  const end = events.find((e) => e.name === 'step-end');
  if (!start || !end) throw new Error('marks not found in trace');
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid);
  const t0 = start.ts;
  const ms = (ts) => ((ts - t0) / 1000).toFixed(1).padStart(6);
  const tasks = main.filter(
    (e) =>
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      e.ph === 'X' &&
      e.ts + e.dur >= t0 &&
      e.ts <= end.ts,
  );
  console.log(
    `\n== ${CASE} ${STEP} rep ${rep}: harness ms ${r.ms.toFixed(1)} sync ${r.syncMs.toFixed(1)} frame ${r.frameMs.toFixed(1)}`,
  );
  for (const t of tasks) {
    const inside = main.filter(
      (e) =>
        e !== t &&
        e.ts >= t.ts &&
        e.ts < t.ts + t.dur &&
        NAMED.has(e.name) &&
        (e.ph === 'X' || e.ph === 'B' || e.ph === 'I' || e.ph === 'i'),
    );
    const desc = [];
    for (const e of inside) {
      let d = e.name;
      if (e.name === 'FunctionCall')
        d += `(${(e.args?.data?.functionName || '').slice(0, 30)}@${(e.args?.data?.url || '').split('/').pop()}:${e.args?.data?.lineNumber ?? ''})`;
      if (e.name === 'TimerFire') d += `#${e.args?.data?.timerId}`;
      if (e.name === 'EventDispatch') d += `(${e.args?.data?.type})`;
      if (e.dur) d += ` ${(e.dur / 1000).toFixed(1)}`;
      desc.push(d);
    }
    if (t.dur < 100 && desc.length === 0) continue;
    console.log(
      `${ms(t.ts)} +${(t.dur / 1000).toFixed(1).padStart(5)}  ${desc.slice(0, Number(arg('--events')) || 12).join(' | ')}${desc.length > (Number(arg('--events')) || 12) ? ` …(${desc.length})` : ''}`,
    );
  }
  const timers = main.filter((e) => e.name === 'TimerInstall' && e.ts >= t0 && e.ts <= end.ts);
  for (const e of timers)
    console.log(
      `${ms(e.ts)} TimerInstall#${e.args?.data?.timerId} timeout ${e.args?.data?.timeout} stack ${JSON.stringify(e.args?.data?.stackTrace?.[0]?.functionName ?? '')}`,
    );
  const frames = events
    .filter((e) => ['BeginFrame', 'DrawFrame', 'NeedsBeginFrameChanged', 'BeginMainThreadFrame'].includes(e.name))
    .filter((e) => e.ts >= t0 - 60000 && e.ts <= end.ts);
  console.log(
    'frames: ' +
      frames
        .map(
          (e) =>
            `${e.name}${e.name === 'NeedsBeginFrameChanged' ? JSON.stringify(e.args?.data?.needsBeginFrame ?? e.args) : ''}@${ms(e.ts).trim()}`,
        )
        .join(' '),
  );
  // Other threads (compositor, raster) in the window: what the next frame waits for.
  const threadNames = new Map(
    events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]),
  );
  const other = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || e.ts < t0 || e.ts > end.ts) continue;
    if (
      ![
        'RasterTask',
        'ActivateLayerTree',
        'DrawFrame',
        'Commit',
        'PaintImage',
        'TileManager::FlushAndIssueSignals',
        'Display::DrawAndSwap',
        'SkiaOutputSurfaceImplOnGpu::SwapBuffers',
        'Graphics.Pipeline',
      ].includes(e.name)
    )
      continue;
    const k = `${threadNames.get(`${e.pid}:${e.tid}`) ?? e.tid} ${e.name}`;
    const o = other.get(k) ?? { n: 0, ms: 0, at: [] };
    o.n++;
    o.ms += e.dur / 1000;
    o.at.push(`${ms(e.ts).trim()}+${(e.dur / 1000).toFixed(1)}`);
    other.set(k, o);
  }
  for (const [k, o] of other) console.log(`  ${k}: ${o.n}× ${o.ms.toFixed(1)} ms  [${o.at.slice(0, 8).join(' ')}]`);
  const compile = new Map();
  for (const e of main) {
    if (e.ph !== 'X' || !e.dur || e.ts < t0 || e.ts > end.ts || !/Compile|Parse/i.test(e.name)) continue;
    compile.set(e.name, (compile.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(
    '  compile/parse on main (nested sums): ' + [...compile].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '),
  );
  const paints = main.filter((e) => e.name === 'Paint' && e.ts >= t0 && e.ts <= end.ts);
  console.log(
    '  paint clips: ' +
      paints
        .map((e) => JSON.stringify(e.args?.data?.clip ?? e.args?.data?.nodeName ?? ''))
        .slice(0, 6)
        .join(' '),
  );
  await ctx.close();
}
await browser.close();
server.close();
