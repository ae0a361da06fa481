/** examples/svelte (Svelte 5), built with Vite and driven in Chromium: see host-app.ts for what it must prove. */
import { afterAll, beforeAll, describe } from 'vitest';
import { buildAndServe, hostTests } from './host-app.js';

let app: Awaited<ReturnType<typeof buildAndServe>>;
beforeAll(async () => void (app = await buildAndServe('svelte')), 120_000);
afterAll(() => app?.close());

describe('collectkit in a Svelte 5 app', () =>
  hostTests(
    () => app.browser,
    () => `${app.origin}/`,
  ));
