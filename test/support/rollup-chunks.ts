/**
 * The chunks of one entry of the project's rollup.config.js, built exactly as `npm run build` builds them, once
 * per content of what they are made from. The bundle tests (one script tag, the autoloader, payloads under a
 * strict CSP) run in parallel workers and each needs one or both entries; a build takes 15–30 s of CPU, so the
 * first worker to ask builds and stores the chunks in .cache/test-bundles/, and the others wait for that file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';

const root = resolve(import.meta.dirname, '../..');
const dir = resolve(root, '.cache/test-bundles');
/** Files besides src/ whose content decides what rollup makes. */
const CONFIG_FILES = ['rollup.config.js', 'scripts/registry.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** A lock older than this is a crashed build's: taken over. */
const STALE_LOCK_MS = 5 * 60_000;

/** The rollup entries the bundle tests load: the one-file script-tag bundle and the autoloader with its chunks. */
export const ENTRIES = {
  'one-file': (c: RollupOptions) => c.input === 'src/global.ts',
  autoloader: (c: RollupOptions) => typeof c.input === 'object' && c.input !== null && 'autoloader' in c.input,
} as const;
export type EntryName = keyof typeof ENTRIES;

function inputsHash(): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(resolve(root, 'src'));
  files.sort().push(...CONFIG_FILES.map((f) => resolve(root, f)));
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

async function build(entry: EntryName): Promise<Record<string, string>> {
  const configs = (await import(resolve(root, 'rollup.config.js'))).default as RollupOptions[];
  const config = configs.find(ENTRIES[entry]);
  if (!config) throw new Error(`rollup.config.js has no entry for ${entry}`);
  const bundle = await rollup({ ...config, onwarn: () => {} });
  try {
    const { output } = await bundle.generate(config.output as OutputOptions);
    return Object.fromEntries(output.flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c.code]] : [])));
  } finally {
    await bundle.close();
  }
}

/**
 * File name → code of every chunk of `entry`, from .cache/test-bundles when a build of the same inputs is there,
 * else built here (or by the worker already building it: waited for, up to `timeoutMs`).
 */
export async function rollupChunks(entry: EntryName, timeoutMs = 300_000): Promise<Map<string, string>> {
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${entry}-${inputsHash()}.json`);
  const lock = `${file}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(file))
      return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > STALE_LOCK_MS)
        rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for another worker's build of ${entry}`);
      await sleep(250);
      continue;
    }
    try {
      const chunks = await build(entry);
      // Written whole, then renamed: a waiting worker never reads half a file.
      writeFileSync(`${file}.tmp`, JSON.stringify(chunks));
      renameSync(`${file}.tmp`, file);
      // Builds of older inputs are not read again.
      for (const old of readdirSync(dir))
        if (old.startsWith(`${entry}-`) && old.endsWith('.json') && resolve(dir, old) !== file)
          rmSync(resolve(dir, old));
      return new Map(Object.entries(chunks));
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
