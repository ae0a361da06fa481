// Where the main thread's time goes between the last data response of the demo's executive page and the frame that
// paints every widget of it (the window `scripts/bench-page.mjs` times), from Chrome DevTools protocol recordings of
// real loads: Tracing (devtools.timeline) for style, layout and paint, and a sampling CPU profile (Profiler, 100 µs)
// whose JavaScript frames are mapped through dist/collectkit.min.js.map to the source they come from.
// Usage: node scripts/profile-page.mjs --url http://127.0.0.1:5173/ [--runs 3] [--section exec] [--bundle FILE]
//   Start the demo first (`npm start`; the bundle must be built, which `npm start` does). --bundle serves FILE (and
//   FILE.map for the source map) in place of /vendor/collectkit.min.js, to profile another build on the same server.
//   --layouts also lists the layouts JavaScript forced in the window (a read of geometry after a DOM change), by the
//   source file of the kit's innermost frame that asked (median count and time over the runs).
//   --timeline prints, per run, the main thread's tasks from the section's first data response to the painted frame
//   (start, length, kind, style/layout/paint in it, the kit sources its JavaScript samples fall in) between the
//   responses' ends: which work runs between a widget's response and the frame that draws it.
//   --save PREFIX writes each run's trace (PREFIX-N.trace.json) and CPU profile (PREFIX-N.cpuprofile) for DevTools.
// It also prints the main thread's CPU time in the window (trace thread time, `tdur`, of the tasks there, and of V8's
// compilation in them): on a loaded machine the wall-clock kinds above include time the thread waited for a core,
// while thread time only counts what ran, so two builds compare on it even when the load differs between runs.
// Not a test: nothing is asserted; the medians over the runs are printed (with `uptime`) to be quoted.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { probe } from './lib/page-probe.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const url = opt('--url', null);
const runs = Number(opt('--runs', '3'));
const section = opt('--section', 'exec');
const bundle = opt('--bundle', null);
const listLayouts = args.includes('--layouts');
const showTimeline = args.includes('--timeline');
const savePrefix = opt('--save', null);
if (!url) {
  console.error('profile-page: --url of a running demo (npm start) is required');
  process.exit(2);
}
const sourceOf = sourceLookup(JSON.parse(readFileSync(`${bundle ?? 'dist/collectkit.min.js'}.map`, 'utf8')));

/**
 * The source file of a generated (line, column) position (both 0-based) in a source map v3: its `mappings` decoded
 * (base64 VLQ) into per-line sorted [column, source] pairs, the nearest segment at or before the column winning.
 */
function sourceLookup(map) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = [];
  let source = 0;
  for (const line of map.mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const seg of line.split(',').filter(Boolean)) {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) {
        source += fields[1];
        segments.push([column, source]);
      }
      // fields 2-4 (original line, column, name) are not needed to name the file
    }
    lines.push(segments);
  }
  return (line, column) => {
    const segments = lines[line] ?? [];
    let lo = 0;
    let hi = segments.length - 1;
    let found = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid][0] <= column) {
        found = segments[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found === null ? null : map.sources[found];
  };
}

/** The kit's layers, from the source path a JavaScript frame maps to. */
function layer(source) {
  if (!source) return 'other JS';
  if (/src\/data\/(validate|contract)/.test(source)) return 'data validation';
  if (/src\/data\//.test(source)) return 'data adapter (fetch, JSON)';
  if (/query-core|src\/query\//.test(source)) return 'query-core';
  if (/src\/kpi\//.test(source)) return 'KPI';
  if (/src\/views\//.test(source)) return 'view model';
  if (/lit-html|lit-element|reactive-element|@lit\//.test(source)) return 'lit (templates, updates)';
  if (/src\/(render|charts|svg)\/|d3-/.test(source)) return 'chart render (src/render, charts, svg, d3)';
  if (/src\/elements\//.test(source)) return 'elements';
  return 'other JS';
}

/** Trace events that are style, layout and paint on the main thread. */
const RENDER = {
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  ParseHTML: 'lit (templates, updates)', // lit's template preparation (innerHTML of a <template>)
};

/** Main-thread self time per kind in [t0, t1] (trace µs), JavaScript split over the kit's layers by CPU samples. */
function breakdown(events, profile, pid, t0, t1) {
  const main = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const slices = events
    .filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && e.dur != null && e.name !== 'RunTask') // tasks: threadCpu()
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const clip = (e) => Math.max(0, Math.min(e.ts + e.dur, t1) - Math.max(e.ts, t0));
  const self = new Map();
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  const stack = [];
  let busy = 0;
  for (const e of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const d = clip(e);
    if (stack.length) add(self, stack.at(-1).name, -d);
    else busy += d;
    add(self, e.name, d);
    stack.push(e);
  }
  const kinds = new Map();
  let js = 0;
  for (const [name, us] of self) {
    if (RENDER[name]) add(kinds, RENDER[name], us);
    else js += us; // script, microtasks, GC, timers: JavaScript and what it calls
  }
  // Split the JavaScript time over layers in proportion to the CPU samples of JS frames in the window.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const layerOf = (id) => {
    if (memo.has(id)) return memo.get(id);
    const { callFrame: cf } = byId.get(id);
    let l = null;
    if (cf.url.includes('collectkit.min.js')) l = layer(sourceOf(cf.lineNumber, cf.columnNumber));
    else if (!cf.url && cf.functionName === '(garbage collector)') l = 'GC';
    else if (!cf.url && parent.has(id)) l = layerOf(parent.get(id)); // a builtin: its caller's layer
    memo.set(id, l);
    return l;
  };
  const samples = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const l = t >= t0 && t <= t1 ? layerOf(id) : null;
    if (l) add(samples, l, profile.timeDeltas[i + 1] ?? 100);
  });
  const sampled = [...samples.values()].reduce((a, b) => a + b, 0);
  for (const [l, us] of samples) add(kinds, l, sampled ? (js * us) / sampled : 0);
  if (!sampled) add(kinds, 'other JS', js);
  kinds.set('idle (waiting)', t1 - t0 - busy);
  return kinds;
}

/** Main-thread CPU (thread time) in [t0, t1]: of the tasks starting there, and of V8 compiling code lazily in them. */
function threadCpu(events, pid, t0, t1) {
  const main = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let tasks = 0;
  let compile = 0;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== main.tid || e.ph !== 'X' || e.ts < t0 || e.ts >= t1) continue;
    if (e.name === 'RunTask') tasks += e.tdur ?? e.dur;
    else if (e.name === 'V8.CompileCode') compile += e.tdur ?? e.dur;
  }
  return { tasks: tasks / 1000, compile: compile / 1000 };
}

/** Forced (synchronous) layouts in [t0, t1]: Layout events with a JavaScript stack, per kit source that asked. */
function forcedLayouts(events, pid, t0, t1) {
  const out = new Map();
  for (const e of events) {
    if (e.pid !== pid || e.name !== 'Layout' || e.ph !== 'X' || e.ts < t0 || e.ts > t1) continue;
    const stack = e.args?.beginData?.stackTrace ?? [];
    if (!stack.length) continue; // the frame's own layout
    const kit = stack.find((f) => f.url.includes('collectkit.min.js'));
    const where = kit
      ? `${sourceOf(kit.lineNumber - 1, kit.columnNumber - 1)} (${kit.functionName || '?'})`
      : stack[0].url;
    const o = out.get(where) ?? { n: 0, us: 0 };
    o.n++;
    o.us += e.dur;
    out.set(where, o);
  }
  return out;
}

/**
 * The main thread's tasks from the section's first data response to the painting frame (trace µs `t0`…`t1`), one
 * line each (≥ 0.3 ms): start and length in ms since navigation start (`nav`), what the task was (timer, message,
 * animation frame, network), the style/layout/paint in it, and the kit sources its JavaScript samples fall in; the
 * data responses' ends between them.
 */
function timeline(events, profile, pid, nav, t0, t1) {
  const main = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && e.dur != null);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts + e.dur >= t0 && e.ts <= t1 && e.dur >= 300);
  const urls = new Map();
  for (const e of events)
    if (e.name === 'ResourceSendRequest' && e.args?.data?.url?.includes('/api/collection'))
      urls.set(e.args.data.requestId, e.args.data.url.replace(/^.*\/api\/collection\//, ''));
  const finishes = events
    .filter((e) => e.name === 'ResourceFinish' && urls.has(e.args?.data?.requestId))
    .map((e) => ({
      ts: e.ts,
      line: `  ${((e.ts - nav) / 1000).toFixed(1).padStart(7)}  response end ${urls.get(e.args.data.requestId)}`,
    }));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const stamps = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    stamps.push([t, id]);
  });
  const file = (id) => {
    const cf = byId.get(id)?.callFrame;
    if (!cf) return null;
    if (cf.url.includes('collectkit.min.js')) {
      const s = sourceOf(cf.lineNumber, cf.columnNumber) ?? '?';
      return s.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
    }
    if (cf.functionName === '(garbage collector)') return 'GC';
    return null;
  };
  const lines = [];
  for (const task of tasks) {
    const inner = onMain.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
    const kinds = new Map();
    for (const e of inner) {
      const k =
        RENDER[e.name] ??
        (/^(TimerFire|FireAnimationFrame|EventDispatch|FunctionCall|v8.run|ResourceReceivedData|ResourceFinish|RunMicrotasks|HandlePostMessage)$/.test(
          e.name,
        )
          ? e.name
          : null);
      if (k && k !== 'lit (templates, updates)') kinds.set(k, (kinds.get(k) ?? 0) + e.dur);
    }
    const files = new Map();
    for (const [ts, id] of stamps) {
      if (ts < task.ts || ts > task.ts + task.dur) continue;
      const f = file(id);
      if (f) files.set(f, (files.get(f) ?? 0) + 1);
    }
    const top = [...files]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([f, n]) => `${f.split('/').slice(-2).join('/')}×${n}`);
    const what = ['FireAnimationFrame', 'TimerFire', 'EventDispatch', 'HandlePostMessage', 'ResourceFinish'].filter(
      (k) => kinds.has(k),
    );
    const render = ['style', 'layout', 'paint']
      .filter((k) => kinds.has(k))
      .map((k) => `${k} ${(kinds.get(k) / 1000).toFixed(1)}`);
    lines.push({
      ts: task.ts,
      line: `  ${((task.ts - nav) / 1000).toFixed(1).padStart(7)}  +${(task.dur / 1000).toFixed(1).padStart(5)} ms (cpu ${((task.tdur ?? task.dur) / 1000).toFixed(1)})  ${what.join(',') || 'task'}  ${render.join(' ')}  ${top.join(' ')}`,
    });
  }
  return [...lines, ...finishes.filter((f) => f.ts >= t0 - 50_000 && f.ts <= t1)]
    .sort((a, b) => a.ts - b.ts)
    .map((l) => l.line);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
try {
  const route = (context) =>
    bundle
      ? context.route('**/vendor/collectkit.min.js', (r) => r.fulfill({ path: bundle, contentType: 'text/javascript' }))
      : null;
  const warm = await browser.newContext();
  await route(warm);
  await (await warm.newPage()).goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 3000));
  await warm.close();
  const results = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await route(context);
    const page = await context.newPage();
    await page.addInitScript(probe, section);
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories:
        'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack,blink.user_timing,v8.execute,toplevel,v8.compile,disabled-by-default-v8.compile',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${url.replace(/\/$/, '')}/#${section}`);
    await page.waitForFunction(() => window.__benchPage?.painted != null, null, { timeout: 60_000, polling: 100 });
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await complete;
    const probed = await page.evaluate(() => window.__benchPage);
    // The section's own requests answered before the painting frame, as bench-page counts them.
    const own = probed.responses.filter((x) => x.own && x.end <= probed.painted);
    const r = { painted: probed.painted, last: Math.max(...own.map((x) => x.end)) };
    const mark = events.find((e) => e.name === 'ck-painted');
    const t1 = mark.ts;
    const t0 = t1 - (r.painted - r.last) * 1000;
    if (savePrefix) {
      writeFileSync(`${savePrefix}-${i + 1}.trace.json`, JSON.stringify({ traceEvents: events }));
      writeFileSync(`${savePrefix}-${i + 1}.cpuprofile`, JSON.stringify(profile));
    }
    if (showTimeline) {
      const nav = t1 - r.painted * 1000;
      const first = Math.min(...own.map((x) => x.end));
      console.log(
        `run ${i + 1}: main-thread tasks from the first data response (${first.toFixed(1)} ms) to the painted frame (${r.painted.toFixed(1)} ms):`,
      );
      for (const line of timeline(events, profile, mark.pid, nav, nav + first * 1000 - 20_000, t1)) console.log(line);
    }
    results.push({
      window: r.painted - r.last,
      kinds: breakdown(events, profile, mark.pid, t0, t1),
      layouts: forcedLayouts(events, mark.pid, t0, t1),
      cpu: threadCpu(events, mark.pid, t0, t1),
      // All the work the section's data asked for, however its responses were spread: from the first of them.
      cpuAll: threadCpu(events, mark.pid, t1 - (r.painted - Math.min(...own.map((x) => x.end))) * 1000, t1),
    });
    await context.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const names = [...new Set(results.flatMap((r) => [...r.kinds.keys()]))];
  const rows = names
    .map((n) => [n, median(results.map((r) => (r.kinds.get(n) ?? 0) / 1000))])
    .sort((a, b) => b[1] - a[1]);
  console.log(
    `profile-page #${section}${bundle ? ` (${bundle})` : ''}: last data response → all painted, ${runs} runs: ` +
      `${results.map((r) => r.window.toFixed(1)).join(', ')} ms; median main-thread time per kind (ms):`,
  );
  for (const [n, ms] of rows) if (ms >= 0.05) console.log(`  ${ms.toFixed(1).padStart(7)}  ${n}`);
  console.log(
    `main-thread CPU (thread time) in the window: median ${median(results.map((r) => r.cpu.tasks)).toFixed(1)} ms ` +
      `[${results.map((r) => r.cpu.tasks.toFixed(1)).join(', ')}], of which V8 compiling code lazily ` +
      `${median(results.map((r) => r.cpu.compile)).toFixed(1)} ms`,
  );
  console.log(
    `main-thread CPU (thread time) from the first data response to the paint: median ` +
      `${median(results.map((r) => r.cpuAll.tasks)).toFixed(1)} ms [${results.map((r) => r.cpuAll.tasks.toFixed(1)).join(', ')}]`,
  );
  if (listLayouts) {
    console.log('forced layouts in the window (median count, median ms), by the kit source that read the geometry:');
    const where = [...new Set(results.flatMap((r) => [...r.layouts.keys()]))];
    const med = (k, f) => median(results.map((r) => f(r.layouts.get(k) ?? { n: 0, us: 0 })));
    const list = where.map((w) => [w, med(w, (o) => o.n), med(w, (o) => o.us / 1000)]).sort((a, b) => b[2] - a[2]);
    for (const [w, n, ms] of list) console.log(`  ${ms.toFixed(1).padStart(7)}  ×${n}  ${w}`);
  }
  console.log(`profile-page: ${url}, ${execFileSync('uptime').toString().trim()}`);
} finally {
  await browser.close();
}
