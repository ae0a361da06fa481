// Bundles src/server (the `collectkit` CLI and the collectkit/server API) with esbuild into .cache/server/,
// with the metrics' SQL files beside it: what `npm start` and `scripts/bench-server.mjs` run, in well under
// a second (`npm run build` makes the published dist/server with rollup and type declarations).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** Builds .cache/server/{bin,index}.js; returns their absolute paths. */
export async function buildServer() {
  await build({
    entryPoints: { bin: 'src/server/bin.ts', index: 'src/server/index.ts' },
    outdir: '.cache/server',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['@duckdb/node-api', 'fastify', 'chdb', 'pg', '@clickhouse/client'],
    logLevel: 'warning',
  });
  mkdirSync('.cache/server/sql', { recursive: true });
  for (const f of readdirSync('src/server/sql')) copyFileSync(join('src/server/sql', f), join('.cache/server/sql', f));
  return { bin: resolve('.cache/server/bin.js'), index: resolve('.cache/server/index.js') };
}
