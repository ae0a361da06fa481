/** examples/angular (Angular 21), built with Vite and driven in Chromium: see host-app.ts for what it must prove. */
import { afterAll, beforeAll, describe } from 'vitest';
import { buildAndServe, hostTests } from './host-app.js';

let app: Awaited<ReturnType<typeof buildAndServe>>;
beforeAll(async () => void (app = await buildAndServe('angular')), 120_000);
afterAll(() => app?.close());

describe('collectkit in a Angular 21 app', () =>
  hostTests(
    () => app.browser,
    () => `${app.origin}/`,
  ));
