/**
 * examples/plain: a server-rendered page without a bundler, the one-file bundle in a script tag, driven
 * in Chromium (see host-app.ts for what it must prove). The bundle is `src/global.ts` as one minified
 * IIFE, made here with esbuild in half a second (rollup's build of the same entry, with type checking
 * and terser, takes 40 s on this machine and is tested as built in test/bundle/script-tag.test.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { hostTests } from './host-app.js';
// @ts-expect-error the example server is plain JavaScript without typings
import { createPlainServer } from '../../examples/plain/server.mjs';

const root = resolve(import.meta.dirname, '../..');
let dir = '';
let server: Server;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'collectkit-plain-'));
  const bundle = await build({
    entryPoints: [resolve(root, 'src/global.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'collectkit',
    minify: true,
    write: false,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  await writeFile(join(dir, 'collectkit.min.js'), bundle.outputFiles[0]!.contents);
  server = (createPlainServer as (o: { collectkit: string }) => Server)({ collectkit: dir });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await rm(dir, { recursive: true, force: true });
});

describe('collectkit on a server-rendered page with one script tag', () =>
  hostTests(
    () => browser,
    () => `${origin}/`,
  ));
