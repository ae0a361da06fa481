/**
 * The story sweep: builds Storybook once, opens every story in headless Chromium in both language/theme
 * combinations, waits until each widget has reached the state the story is named for (data; the spinner
 * for Loading; the empty reason for Empty; the error in a role=alert for Error and WrongShape; kept data
 * under the stale banner for Stale), asserts that state, then runs axe-core on it. Fails on page errors,
 * console errors, a state not reached, or any axe violation.
 *
 * Coverage is checked too: every element of custom-elements.json shows data in some story, and every widget
 * has its stories file with the standard stories (a dropped file or story fails).
 *
 * Speed: one test per story × globals, run concurrently on a small pool of browser contexts (each context
 * keeps its HTTP cache and the msw service worker between stories, and a page switches from story to story
 * as Storybook's sidebar does, replaced after 30 stories or a failed one);
 * the build is reused while its inputs are unchanged (a hash of them is stored beside it); Storybook's own
 * a11y addon run is switched off by a URL global (this test runs axe itself); no fixed sleeps.
 *
 * Environment: CK_STORY_FILTER (a regular expression on story ids) narrows a run while working on stories
 * (refused in CI); CK_STORY_PAGES sets the number of pages at once (default: 2 per core, 2–6);
 * CK_STORY_REPEAT=2 visits every story twice, to measure what twice today's stories would cost;
 * CK_STORY_FRESH=1 opens a new page for every story instead of switching stories in a reused one.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { serveStatic } from '../support/static-server.js';
import { inCI } from '../support/skip.js';
import { REGISTRY, STANDARD_STORIES } from '../../src/registry.js';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, '.cache/storybook-test');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The two language/theme combinations every story is checked in. */
const GLOBALS = ['lang:en;theme:light', 'lang:zh-CN;theme:dark'];
/** Names of the stories a widget's file must have: its registry entry's standard stories, as Storybook names them. */
const standardNames = (tag: string) =>
  (REGISTRY.find((e) => e.tag === tag)?.stories ?? STANDARD_STORIES).map((s) => s.replace(/([a-z])([A-Z])/g, '$1 $2'));
/** Elements that hold no data of their own: they need a story in which they sit among widgets that show data. */
const CONTAINERS = new Set(['ck-source', 'ck-dashboard', 'ck-filter-bar']);

type State = 'data' | 'loading' | 'empty' | 'error' | 'stale';
/** The state a story is named for; any other story shows data. */
const STATE_OF_NAME: Record<string, State> = {
  Loading: 'loading',
  Empty: 'empty',
  Error: 'error',
  'Wrong Shape': 'error',
  Malformed: 'error',
  Stale: 'stale',
};
/** Texts of each state in the three built-in languages (a story may set its own lang). */
const STATE_TEXT: Partial<Record<State, RegExp>> = {
  loading: /^(Loading…|加载中…|載入中…)$/,
  empty: /No data|没有数据|沒有資料/,
};

interface Entry {
  id: string;
  title: string;
  name: string;
  type: string;
  importPath: string;
}

// ---- the one build -------------------------------------------------------------------------------------

/** Files whose content decides what Storybook builds (sources, stories, mocks, config, lockfile, manifest). */
function buildInputs(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  for (const dir of ['src', 'stories', 'mocks', '.storybook', 'public'])
    if (existsSync(resolve(root, dir))) walk(resolve(root, dir));
  for (const file of ['package-lock.json', 'custom-elements.json', 'tsconfig.json']) files.push(resolve(root, file));
  return files.sort();
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of buildInputs())
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Builds Storybook into .cache/storybook-test unless the build there was made from the same inputs. */
async function buildStorybook(): Promise<void> {
  if (!existsSync(resolve(root, 'custom-elements.json'))) {
    throw new Error(
      'custom-elements.json is missing: run `npm run analyze` first (npm test and npm run test:stories do)',
    );
  }
  const stamp = resolve(out, '.inputs-sha256');
  const hash = inputsHash();
  if (existsSync(resolve(out, 'index.json')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  await promisify(execFile)(
    process.execPath,
    [
      resolve(root, 'node_modules/storybook/dist/bin/dispatcher.js'),
      'build',
      '-o',
      out,
      '--quiet',
      '--disable-telemetry',
    ],
    {
      cwd: root,
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  writeFileSync(stamp, hash);
}

await buildStorybook();

const index = JSON.parse(readFileSync(resolve(out, 'index.json'), 'utf8')) as { entries: Record<string, Entry> };
const allStories = Object.values(index.entries).filter((e) => e.type === 'story');
/** The guide's MDX pages (stories/docs/*.mdx) and the elements' generated docs pages. */
const mdxPages = Object.values(index.entries).filter((e) => e.type === 'docs' && e.importPath.endsWith('.mdx'));
const elementDocs = Object.values(index.entries).filter((e) => e.type === 'docs' && !e.importPath.endsWith('.mdx'));
if (process.env.CK_STORY_FILTER && inCI()) {
  throw new Error(`CK_STORY_FILTER=${process.env.CK_STORY_FILTER} narrows the story sweep: not allowed when CI is set`);
}
const only = process.env.CK_STORY_FILTER ? new RegExp(process.env.CK_STORY_FILTER) : null;
const stories = allStories.filter((e) => !only || only.test(e.id));
const repeat = Math.max(1, Number(process.env.CK_STORY_REPEAT ?? 1) || 1);

const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as {
  modules: { path: string; declarations?: { tagName?: string }[] }[];
};
const elementTags = manifest.modules
  .flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])))
  .sort();
const widgetTags = elementTags.filter((t) => !CONTAINERS.has(t));

// ---- browser, server and a pool of pages ---------------------------------------------------------------

const pageCount = Math.max(
  2,
  Number(process.env.CK_STORY_PAGES) || Math.min(6, Math.max(2, 2 * availableParallelism())),
);
/** CK_STORY_FRESH=1: a new page for every story (to rule out one story disturbing the next while debugging). */
const FRESH_PAGES = process.env.CK_STORY_FRESH === '1';
/** A page reused for many stories is replaced after this many (bounds what a long-lived page accumulates). */
const VISITS_PER_PAGE = 30;
let browser: Browser;
let server: { origin: string; close: () => Promise<void> };

/** Where a page's errors go: the problems of the visit it serves, and whether failed requests are expected. */
interface Sink {
  problems: string[];
  quiet: boolean;
}

/** One open Storybook preview in one language/theme combination; its errors go to the current story (the slot is its sink). */
interface Slot extends Sink {
  context: BrowserContext;
  globals: string;
  page: Page | null;
  /** The story shown in `page`. */
  current: string | null;
  visits: number;
}
const pools = new Map<string, { idle: Slot[]; waiting: ((s: Slot) => void)[] }>();

async function withSlot<T>(globals: string, fn: (slot: Slot) => Promise<T>): Promise<T> {
  const pool = pools.get(globals)!;
  const slot = pool.idle.pop() ?? (await new Promise<Slot>((r) => pool.waiting.push(r)));
  try {
    return await fn(slot);
  } finally {
    const next = pool.waiting.shift();
    if (next) next(slot);
    else pool.idle.push(slot);
  }
}

/** A new page of `context` whose errors go to `sink` (a slot: its current story). */
async function openPage(context: BrowserContext, sink: Sink): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => sink.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Error, wrong-shape and stale stories fail a request on purpose: Chromium logs the failed fetch.
    if (sink.quiet && /Failed to load resource/.test(m.text())) return;
    sink.problems.push(`console error: ${m.text()}`);
  });
  return page;
}

/** The preview URL of a story; `a11y.manual`: Storybook's a11y addon does not run axe by itself (this test does). */
const storyUrl = (id: string, globals: string) =>
  `${server.origin}/iframe.html?id=${id}&viewMode=story&globals=${globals};a11y.manual:!true`;

/**
 * Shows story `id` in `page` as Storybook's own UI does when one picks a story in the sidebar (the preview
 * is not reloaded): SET_CURRENT_STORY, or FORCE_REMOUNT when `id` is already the current story (a repeated
 * visit), then waits for STORY_RENDERED or an error event. Resolves with a problem, or null.
 */
function switchStory(page: Page, id: string, remount: boolean): Promise<string | null> {
  return page.evaluate(
    ([storyId, again]) =>
      new Promise<string | null>((resolve) => {
        type Channel = {
          on: (e: string, f: (x: unknown) => void) => void;
          off: (e: string, f: (x: unknown) => void) => void;
          emit: (e: string, x: unknown) => void;
        };
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
        const events = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'storyUnchanged'];
        const finish = (problem: string | null) => {
          clearTimeout(timer);
          for (const [i, e] of events.entries()) channel.off(e, handlers[i]!);
          resolve(problem);
        };
        const handlers = events.map((event) => {
          const handler = (x: unknown) => {
            if (event === 'storyRendered' && x !== storyId) return;
            finish(event === 'storyRendered' ? null : `${event}: ${JSON.stringify(x)?.slice(0, 300)}`);
          };
          channel.on(event, handler);
          return handler;
        });
        const timer = setTimeout(() => finish(`story ${storyId} was not rendered within 20 s of selecting it`), 20_000);
        if (again) channel.emit('forceRemount', { storyId });
        else channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    [id, remount] as [string, boolean],
  );
}

beforeAll(async () => {
  // axe-core served beside the build (cached and compiled once per context, not injected as text per page).
  writeFileSync(resolve(out, '__axe.js'), axeSource);
  server = await serveStatic(out, { immutable: /^\/(assets|sb-addons|sb-common-assets|sb-manager|__axe\.js)/ });
  browser = await launchChromium();
  for (const globals of GLOBALS) {
    const pool = { idle: [] as Slot[], waiting: [] as ((s: Slot) => void)[] };
    pools.set(globals, pool);
    for (let i = 0; i < Math.max(1, Math.round(pageCount / GLOBALS.length)); i++) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      await context.addInitScript(PAGE_HELPERS);
      pool.idle.push({ context, globals, page: null, current: null, visits: 0, problems: [], quiet: false });
    }
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// ---- one story -----------------------------------------------------------------------------------------

interface WidgetState {
  tag: string;
  loading: boolean;
  loadingText: string | null;
  alert: string | null;
  alertMessage: string;
  alertRetry: boolean;
  empty: string | null;
  stale: string | null;
  hasData: boolean;
  value: string | null;
}

/** In the page: every widget's state, read from its shadow root. */
function readWidgets(containers: string[]): { tags: string[]; widgets: WidgetState[] } {
  const all = [...document.querySelectorAll('*')].filter((el) => el.tagName.startsWith('CK-') && el.shadowRoot);
  const text = (el: Element | null | undefined) => (el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null);
  return {
    tags: [...new Set(all.map((el) => el.tagName.toLowerCase()))],
    widgets: all
      .filter((el) => !containers.includes(el.tagName.toLowerCase()))
      .map((el) => {
        const s = el.shadowRoot!;
        const state = s.querySelector('[part="state"]');
        const spinner = s.querySelector('[part="state"] .spinner');
        const alert = s.querySelector('[part="state"][role="alert"]');
        return {
          tag: el.tagName.toLowerCase(),
          loading: !!spinner,
          loadingText: spinner ? text(state) : null,
          alert: text(alert),
          alertMessage: text(alert?.querySelector('span')) ?? '',
          alertRetry: !!alert?.querySelector('button'),
          empty: state && !spinner && state.getAttribute('role') === 'status' ? text(state) : null,
          stale: text(s.querySelector('.stale[role="status"]')),
          hasData: !!s.querySelector(
            'svg.chart path, svg.chart rect[part="mark"], [part="table"] tbody tr, [part="value"]',
          ),
          value: text(s.querySelector('[part="value"]')),
        };
      }),
  };
}

/** In the page: whether every widget has reached `state` (a KPI tile's value must be a number, not "—"). */
function reached(widgets: WidgetState[], state: State): boolean {
  const number = (v: string | null) => v !== null && /\d/.test(v) && !/^[—–-]$/.test(v);
  if (!widgets.length) return false;
  return widgets.every((w) => {
    switch (state) {
      case 'loading':
        return w.loading;
      case 'empty':
        return w.empty !== null && !w.loading;
      case 'error':
        return w.alert !== null;
      case 'stale':
        return w.stale !== null && w.hasData;
      default:
        return (
          w.hasData &&
          !w.loading &&
          w.alert === null &&
          w.empty === null &&
          (w.tag !== 'ck-kpi-tile' || number(w.value))
        );
    }
  });
}

/** Defines `readWidgets` and `reached` in every page of a context, before the page's own scripts run. */
const PAGE_HELPERS = `window.__ckSweep = { read: ${readWidgets.toString()}, reached: ${reached.toString()} };`;
type SweepWindow = { __ckSweep: { read: typeof readWidgets; reached: typeof reached } };

/** Per element tag: the stories in which it showed data (filled by the sweep, read by the coverage test). */
const shownWithData = new Map<string, Set<string>>();

/** Shows `entry` in a pooled page of `globals` (or a fresh page with CK_STORY_FRESH=1) and returns its problems. */
function visit(entry: Entry, globals: string): Promise<string[]> {
  return withSlot(globals, (slot) => visitIn(slot, entry, globals));
}

/**
 * Shows `entry` in `slot`'s page: loads the preview when the slot has no page (or a worn one), else switches to
 * the story as Storybook's UI does (a remount when it is the slot's current story); waits for the story's state,
 * checks it and runs axe. Returns the problems found.
 */
async function visitIn(slot: Slot, entry: Entry, globals: string): Promise<string[]> {
  const state: State = STATE_OF_NAME[entry.name] ?? 'data';
  const problems: string[] = [];
  slot.problems = problems;
  const quiet = state !== 'data' && state !== 'loading' && state !== 'empty';
  // While the page switches, a failing request the previous story started (a Stale story's refresh) may still end.
  slot.quiet ||= quiet;
  // Stale stories share pages too: the preview's loader resets the mock's scenario memory for every story.
  const own = FRESH_PAGES;
  let page: Page;
  if (own || !slot.page || slot.visits >= VISITS_PER_PAGE) {
    if (!own && slot.page) await slot.page.close();
    page = await openPage(slot.context, slot);
    if (!own) [slot.page, slot.visits] = [page, 0];
    await page.goto(storyUrl(entry.id, globals));
  } else {
    page = slot.page;
    const error = await switchStory(page, entry.id, slot.current === entry.id);
    if (error) problems.push(error);
  }
  slot.quiet = quiet;
  if (!own) slot.current = entry.id;
  if (!own) slot.visits++;
  let healthy = false;
  try {
    const ok = await page
      .waitForFunction(
        ([containers, expected]) => {
          const { read, reached } = (window as unknown as SweepWindow).__ckSweep;
          return reached(read(containers).widgets, expected);
        },
        [[...CONTAINERS], state] as [string[], State],
        { timeout: 30_000, polling: 50 },
      )
      .then(() => true)
      .catch((error: Error) => {
        if (error.name !== 'TimeoutError') throw error;
        return false;
      });
    const { tags, widgets } = await page.evaluate(
      ([containers]) => (window as unknown as SweepWindow).__ckSweep.read(containers),
      [[...CONTAINERS]] as [string[]],
    );
    if (!widgets.length) problems.push('no widget rendered');
    if (!ok) {
      problems.push(
        `did not reach the ${state} state within 30 s: ${widgets.map((w) => `<${w.tag}> ${describeState(w)}`).join('; ')}`,
      );
    } else {
      for (const w of widgets) {
        if (state === 'loading' && !STATE_TEXT.loading!.test(w.loadingText ?? ''))
          problems.push(`<${w.tag}> spinner without the loading text: ${w.loadingText}`);
        if (state === 'empty' && !STATE_TEXT.empty!.test(w.empty ?? ''))
          problems.push(`<${w.tag}> empty state without its reason: ${w.empty}`);
        if (state === 'error') {
          if (!w.alertMessage) problems.push(`<${w.tag}> alert without the error message: ${w.alert}`);
          if (!w.alertRetry) problems.push(`<${w.tag}> alert without a retry button`);
          if (entry.name === 'Error' && !/\b500\b/.test(w.alertMessage))
            problems.push(`<${w.tag}> error does not name the HTTP status 500: ${w.alertMessage}`);
        }
      }
      if (state === 'data')
        for (const tag of tags) (shownWithData.get(tag) ?? shownWithData.set(tag, new Set()).get(tag)!).add(entry.id);
    }
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/__axe.js' });
    const violations = await page.evaluate(async () => {
      type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
      // target-size (WCAG 2.2, 2.5.8) is off in axe by default: the accessibility statement claims it, so it runs.
      const result = await axe.run(
        { include: ['#storybook-root'] },
        { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } },
      );
      return result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
      );
    });
    for (const v of violations) problems.push(`axe ${v}`);
    healthy = ok;
  } finally {
    // A page that failed a story is not trusted with the next one.
    if (own) await page.close();
    else if (!healthy) {
      await page.close();
      slot.page = null;
    }
  }
  return problems;
}

function describeState(w: WidgetState): string {
  if (w.loading) return 'still loading';
  if (w.alert !== null) return `alert "${w.alert}"`;
  if (w.empty !== null) return `empty "${w.empty}"`;
  if (w.stale !== null) return `stale "${w.stale}"`;
  return w.hasData ? `shows data${w.value !== null ? ` (value "${w.value}")` : ''}` : 'shows nothing';
}

// ---- the tests -----------------------------------------------------------------------------------------

describe('every story', () => {
  for (const globals of GLOBALS) {
    describe(globals, () => {
      for (const entry of stories) {
        for (let k = 1; k <= repeat; k++) {
          const state = STATE_OF_NAME[entry.name] ?? 'data';
          it.concurrent(
            `${entry.title} / ${entry.name}${repeat > 1 ? ` (visit ${k})` : ''}: ${state}, then axe`,
            async ({ expect }) => {
              expect(await visit(entry, globals)).toEqual([]);
            },
            120_000,
          );
        }
      }
    });
  }
});

/**
 * Opens a docs page (an MDX guide page, or an element's generated page) as its own page and waits for its
 * content; returns the page's problems (page and console errors, axe violations in the docs content) and,
 * when asked, the text of its argument tables.
 */
async function visitDocs(
  entry: Entry,
  read: (page: Page) => Promise<string> = async () => '',
): Promise<{ problems: string[]; text: string }> {
  return withSlot(GLOBALS[0]!, async (slot) => {
    // A page of its own, with its own sink: the slot's story page stays open (a Stale story in it still refreshes).
    // An element's page shows all its stories, the Error story's failing request among them (on purpose).
    const sink: Sink = { problems: [], quiet: !entry.importPath.endsWith('.mdx') };
    const { problems } = sink;
    const page = await openPage(slot.context, sink);
    try {
      await page.goto(`${server.origin}/iframe.html?id=${entry.id}&viewMode=docs`);
      const shown = await page
        .waitForSelector('#storybook-docs h1', { timeout: 30_000 })
        .then(() => true)
        .catch(() => false);
      if (!shown) problems.push('the docs page shows no heading within 30 s');
      await page.addScriptTag({ url: '/__axe.js' });
      const violations = await page.evaluate(async () => {
        type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
        // Only the page's own content: Storybook's docs chrome (code blocks' copy buttons…) is Storybook's.
        const result = await axe.run(
          { include: ['#storybook-docs .sbdocs-content'] },
          { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } },
        );
        return result.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
        );
      });
      for (const v of violations) problems.push(`axe ${v}`);
      return { problems, text: await read(page) };
    } finally {
      await page.close();
    }
  });
}

describe('docs pages', () => {
  it('the guide has its pages: getting started, embedding, adapters and the contract, serving real data, theming, regulators, accessibility', () => {
    expect(mdxPages.map((e) => e.title).sort()).toEqual(
      [
        'Accessibility statement',
        'Adapters and the contract',
        'Embedding',
        'Getting started',
        "Regulators' guide",
        'Serving real data',
        'Theming',
      ]
        .map((t) => `Guide/${t}`)
        .sort(),
    );
  });

  for (const entry of mdxPages) {
    it.concurrent(
      `${entry.title}: renders with no error, then axe`,
      async ({ expect }) => {
        expect((await visitDocs(entry)).problems).toEqual([]);
      },
      120_000,
    );
  }

  it.concurrent(
    "each widget's docs page lists its attributes, events, CSS parts and custom properties from custom-elements.json",
    async ({ expect }) => {
      const docs = elementDocs.find((e) => e.id === 'widgets-overdue-trend--docs');
      expect(docs, 'the overdue trend has a generated docs page').toBeDefined();
      const { problems, text } = await visitDocs(docs!, (page) =>
        page.locator('#storybook-docs table').first().innerText(),
      );
      expect(problems).toEqual([]);
      for (const name of ['buckets', 'basis', 'target', 'ck-select', 'ck-error', 'frame', '--ck-chart-height'])
        expect(text).toContain(name);
      expect(elementDocs.length).toBeGreaterThanOrEqual(widgetTags.length);
    },
    120_000,
  );
});

describe('story coverage', () => {
  it('the sweep is not narrowed (CK_STORY_FILTER is for local work only)', ({ skip }) => {
    if (only) skip(`CK_STORY_FILTER=${process.env.CK_STORY_FILTER}`);
    expect(stories.length).toBe(allStories.length);
  });

  it('custom-elements.json lists the elements and every widget has its stories file with the standard stories', () => {
    expect(widgetTags.length).toBeGreaterThanOrEqual(9);
    const missing: string[] = [];
    for (const tag of widgetTags) {
      const file = `./stories/${tag.replace(/^ck-/, '')}.stories.ts`;
      const names = new Set(allStories.filter((e) => e.importPath === file).map((e) => e.name));
      if (!names.size) missing.push(`${tag}: no stories file ${file}`);
      else
        for (const name of standardNames(tag))
          if (!names.has(name)) missing.push(`${tag}: no "${name}" story in ${file}`);
    }
    expect(missing).toEqual([]);
  });

  it('every element of custom-elements.json shows data in some story (in both language/theme combinations)', ({
    skip,
  }) => {
    if (only) skip('narrowed by CK_STORY_FILTER');
    expect(elementTags.filter((tag) => !shownWithData.get(tag)?.size)).toEqual([]);
  });
});
