// Times the demo's executive page (demo/index.html, section #exec) on the reference backend, in headless Chromium:
//   navigation → every widget painted with data, and the last data response → every widget painted; median of 5.
// Usage: node scripts/bench-page.mjs [--url http://127.0.0.1:5173/] [--runs 5] [--section exec] [--json FILE]
//                                    [--bundle FILE[,FILE…]] [--widgets]
//   --bundle serves FILE in place of /vendor/collectkit.min.js; several (comma-separated, e.g. a build of main and
//   one of a branch) are measured on the same server in alternating runs, so that both see the same machine load.
//   Without --url it starts the demo on the reference backend itself (`node scripts/start.mjs`, the same as `npm start`:
//   DuckDB seeded in .cache/, the page served by vite, /api/collection proxied to `collectkit serve`) on free ports
//   (PORT / SERVER_PORT when set) and stops it at the end. Never `playwright install`: it drives /usr/bin/chromium
//   (CHROMIUM_PATH). Not a test: nothing here is asserted, the figures are printed (with `uptime`) to be quoted.
//
// Method, per run (a fresh browser context: no HTTP or code cache):
// - "painted": a requestAnimationFrame loop (installed before any page script) checks every data widget of the
//   section (ck-* elements other than ck-source, ck-dashboard and ck-filter-bar): its data query succeeded
//   (`el.data.status` success or stale, `el.data.data` set), it has rendered since (no pending update) and its shadow
//   root holds no loading state. The first frame where all hold is the frame that draws them; the time is taken in a
//   task posted from that frame's animation-frame callback (MessageChannel), which runs as soon as the frame's
//   rendering update (style, layout, paint) is done, in ms since navigation start. Until 2026-11-30 it was taken at
//   the next animation frame (double rAF, as the chart harness does): that also counts the wait for the next vsync and
//   any task that runs between the two frames — such as widgets off screen drawing once the visible ones have painted —
//   so it is still printed beside, as "next frame".
// - "last data response": the latest `responseEnd` (Resource Timing) of the requests the section's own widgets
//   made: a request to /api/collection/{metric} whose query parameters are a widget's `query` (same metric and
//   filters). The page also holds other dashboards (regulator, strategy) that share the source: their responses
//   do not count for #exec (until 2026-11-30 every response that ended before the frame counted, so a regulator
//   response landing just before the frame made the executive figure look shorter than the executive data took).
//   The whole page is reported too (--section all), where every response counts.
// - --widgets also prints, per widget of the section (median over the runs, ms since navigation start): the end of
//   its own data response, the first animation frame at which it had drawn its data (checked at that frame's
//   callback, so frame-grained), and that frame less the last data response (negative: drawn before it came).
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { probe } from './lib/page-probe.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(opt('--runs', '5'));
const sections = opt('--section', 'exec,all').split(',');
const jsonOut = opt('--json', null);
let url = opt('--url', null);
const bundles = opt('--bundle', '').split(',').filter(Boolean);
const perWidget = args.includes('--widgets');

/** A free TCP port on 127.0.0.1. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

let demo = null;
/** Starts `scripts/start.mjs` in its own process group and resolves with the page URL once it serves. */
async function startDemo() {
  const env = {
    ...process.env,
    PORT: process.env.PORT ?? String(await freePort()),
    SERVER_PORT: process.env.SERVER_PORT ?? String(await freePort()),
  };
  demo = spawn(process.execPath, ['scripts/start.mjs'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the demo did not start within 5 minutes')), 300_000);
    const onLine = (chunk) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        console.log(`  ${line}`);
        const m = /collectkit demo: (http:\/\/\S+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      }
    };
    demo.stdout.on('data', onLine);
    demo.stderr.on('data', onLine);
    demo.once('exit', (code) => reject(new Error(`scripts/start.mjs exited with ${code}`)));
  });
}
const stopDemo = () => {
  if (demo && demo.exitCode === null) {
    try {
      process.kill(-demo.pid, 'SIGTERM'); // the process group: vite and `collectkit serve` too
    } catch {
      /* already gone */
    }
  }
};
process.on('exit', stopDemo);
process.on('SIGINT', () => process.exit(130));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

try {
  if (!url) {
    console.log('bench-page: starting the demo on the reference backend (node scripts/start.mjs)…');
    url = await startDemo();
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // One discarded load: vite transforms the demo's modules on first request, and the server warms its queries.
  const warm = await browser.newPage();
  await warm.goto(url, { waitUntil: 'load' });
  await warm.waitForTimeout(3000);
  await warm.close();
  const out = {};
  /** One load of the page in a fresh context (serving `bundle` when given): the probe's figures. */
  const measure = async (section, bundle) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    if (bundle)
      await context.route('**/vendor/collectkit.min.js', (r) =>
        r.fulfill({ path: bundle, contentType: 'text/javascript' }),
      );
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(probe, section);
    await page.goto(`${url.replace(/\/$/, '')}/#${section === 'all' ? 'exec' : section}`);
    await page.waitForFunction(
      () => window.__benchPage?.painted != null && window.__benchPage.nextFrame != null,
      null,
      { timeout: 60_000, polling: 100 },
    );
    const r = await page.evaluate(() => window.__benchPage);
    const before = r.responses.filter((x) => x.own && x.end <= r.painted);
    const last = Math.max(...before.map((x) => x.end));
    const keyOf = (name) => {
      const u = new URL(name, 'http://x');
      return `${u.pathname.split('/').pop()}?${[...u.searchParams]
        .map(([k, v]) => `${k}=${v}`)
        .sort()
        .join('&')}`;
    };
    const widgetTimes = (r.perWidget ?? []).map((w) => ({
      tag: w.tag,
      response: Math.max(...r.responses.filter((x) => keyOf(x.name) === w.key).map((x) => x.end)),
      ready: w.ready,
      afterLast: w.ready - last,
    }));
    if (r.unmatched.length) errors.push(`no request found for ${[...new Set(r.unmatched)].join(', ')}`);
    await context.close();
    return {
      nav: r.painted,
      afterLast: r.painted - last,
      nextFrame: r.nextFrame,
      nextFrameAfterLast: r.nextFrame - last,
      widgets: r.widgets,
      widgetTimes,
      responses: before.length,
      errors,
    };
  };
  const builds = bundles.length ? bundles : [null];
  for (const section of sections) {
    const all = new Map(builds.map((b) => [b, []]));
    for (let i = 0; i < runs; i++) for (const b of builds) all.get(b).push(await measure(section, b));
    for (const [b, samples] of all) {
      const key = b ? `${section} ${b}` : section;
      out[key] = {
        navToPainted: median(samples.map((s) => s.nav)),
        lastResponseToPainted: median(samples.map((s) => s.afterLast)),
        nextFrame: median(samples.map((s) => s.nextFrame)),
        nextFrameAfterLast: median(samples.map((s) => s.nextFrameAfterLast)),
        samples,
      };
      const f = (v) => v.toFixed(1);
      console.log(
        `bench-page ${section === 'all' ? 'whole page' : `#${section}`}${b ? ` (${b})` : ''}: ${samples[0]?.widgets} widgets, ${samples[0]?.responses} data requests, ${runs} runs — ` +
          `navigation → all painted: median ${f(out[key].navToPainted)} ms [${samples.map((s) => f(s.nav)).join(', ')}]; ` +
          `last data response → all painted: median ${f(out[key].lastResponseToPainted)} ms [${samples.map((s) => f(s.afterLast)).join(', ')}]; ` +
          `next frame: ${f(out[key].nextFrame)} / ${f(out[key].nextFrameAfterLast)} ms` +
          (samples.some((s) => s.errors.length)
            ? `; page errors: ${[...new Set(samples.flatMap((s) => s.errors))].join(' | ')}`
            : ''),
      );
      if (perWidget)
        samples[0]?.widgetTimes.forEach((w, i) => {
          const m = (k) => f(median(samples.map((s) => s.widgetTimes[i]?.[k] ?? NaN)));
          console.log(
            `  ${String(i + 1).padStart(2)} ${w.tag.padEnd(22)} response ${m('response').padStart(7)}  drawn by frame ${m('ready').padStart(7)}  (${m('afterLast')} after the last response)`,
          );
        });
    }
  }
  console.log(`bench-page: ${url}, ${execFileSync('uptime').toString().trim()}`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ url, runs, at: new Date().toISOString(), ...out }, null, 2));
  await browser.close();
} catch (error) {
  console.error(`bench-page: ${error.message}`);
  process.exitCode = 1;
} finally {
  stopDemo();
}
