import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { StoriesFirst } from './test/support/stories-first.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A fresh browser options object per project: vitest mutates it (TOOLCHAIN.md, gotcha 1). */
function chromium() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: {
        executablePath: chromiumPath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

export default defineConfig({
  test: {
    // The story sweep starts first (it builds Storybook and runs longest); the rest in vitest's own order.
    sequence: { sequencer: StoriesFirst },
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // A deadline, not a timing assertion: property tests over long typed arrays take 1–2 s alone and
          // several times that when CI shares the 2 cores with the Chromium project (5 s was hit).
          testTimeout: 30_000,
          // One fast-check seed per run, printed at the start and on failure; CK_SEED=<n> replays a run.
          globalSetup: ['test/support/fast-check-seed.global.ts', 'test/support/postgres.global.ts'],
          // test/support/lazy-modules.ts (every language's texts, every tile step) is imported by the few files that
          // need it, not set up for all 160: loading it cost each file about 0.5 s (1.3 s under CI's load).
          setupFiles: ['test/support/fast-check-setup.ts'],
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts', 'test/stories/stories.test.ts'],
        },
      },
      {
        // The story sweep (builds Storybook, drives Chromium through playwright from Node): its own project so
        // that `npm run test:node` stays fast and `npm run test:stories` runs it alone.
        test: {
          name: 'stories',
          environment: 'node',
          include: ['test/stories/stories.test.ts'],
          // Story tests started at once; the sweep's own pool (CK_STORY_PAGES, at most 6) sets how many pages are open.
          maxConcurrency: 6,
        },
      },
      {
        optimizeDeps: {
          include: ['lit', 'lit/directive.js', 'lit/directive-helpers.js', 'lit/directives/guard.js', '@tanstack/query-core', 'msw/browser', 'axe-core', 'fast-check'],
        },
        test: {
          name: 'chromium',
          include: ['test/**/*.browser.test.ts'],
          setupFiles: ['test/support/lazy-modules-ready.ts'],
          browser: chromium(),
          testTimeout: 20_000,
        },
      },
    ],
  },
});
