// Checks the package as npm would publish it (`npm run check:package`, the last step of `npm test`):
// builds dist/ when it is missing or older than what it is made from, lists `npm pack --dry-run` and checks
// what must and must not be in it, then runs publint and @arethetypeswrong/cli on the packed tarball.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files the tarball must hold besides every target of `exports`, `bin` and `web-types`. */
export const REQUIRED = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'custom-elements.json',
  'dist/autoloader.js',
  'dist/server/sql/overdue.sql',
];

/** What must never be published: tests, caches, builds of the docs site, examples, sources of the repo's tooling. */
export const FORBIDDEN = [
  [/^test\//, 'tests'],
  [/(^|\/)\.cache\//, 'a cache folder'],
  [/^storybook-static\//, 'the Storybook build'],
  [
    /^(examples|stories|demo|mocks|bench|scripts|public|docs|\.ci|\.storybook|node_modules|coverage)\//,
    'a repository folder',
  ],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test file'],
  [/(^|\/)\.(env|npmrc)$/, 'a credentials file'],
];

/** The files that `exports` (non-pattern targets), `bin`, `main`, `types` and `web-types` point at. */
export function declaredFiles(pkg) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  walk(pkg.bin);
  for (const field of ['main', 'module', 'types', 'web-types', 'customElements']) walk(pkg[field]);
  return [...new Set(targets.filter((t) => !t.includes('*')).map((t) => t.replace(/^\.\//, '')))].sort();
}

/** Problems with a tarball listing `files` (paths inside the package) for the package.json `pkg`. */
export function packProblems(files, pkg) {
  const have = new Set(files);
  const problems = [];
  for (const file of [...REQUIRED, ...declaredFiles(pkg)]) if (!have.has(file)) problems.push(`missing: ${file}`);
  if (!files.some((f) => /^dist\/elements\/[\w-]+\/ck-[\w-]+\.js$/.test(f)))
    problems.push('missing: dist/elements/*/ck-*.js (the "./elements/*" export)');
  for (const file of files)
    for (const [pattern, what] of FORBIDDEN)
      if (pattern.test(file)) problems.push(`must not be published (${what}): ${file}`);
  return problems;
}

/** The paths `npm pack --dry-run` would put in the tarball (no lifecycle scripts run). */
export function packList(dir = '.') {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out)[0]
    .files.map((f) => f.path)
    .sort();
}

/** The newest modification time of the files under `path`. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

if (import.meta.url === `file://${process.argv[1]}`) {
  const inputs = [
    'src',
    'package.json',
    'rollup.config.js',
    'tsconfig.build.json',
    'tsconfig.server.json',
    'scripts/manifest-typings.mjs',
    'custom-elements-manifest.config.mjs',
  ];
  const builtAt = existsSync('dist/web-types.json') ? statSync('dist/web-types.json').mtimeMs : 0;
  if (builtAt < Math.max(...inputs.map(newest))) {
    console.log('check:package: dist/ is missing or older than its sources, building it (npm run build)');
    run('npm', ['run', 'build', '--silent']);
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const files = packList();
  const problems = packProblems(files, pkg);
  for (const p of problems) console.error(`check:package: ${p}`);
  if (problems.length) process.exit(1);
  console.log(
    `check:package: npm pack holds ${files.length} files, every declared entry point and nothing that must stay out`,
  );
  run('node_modules/.bin/publint', ['run', '--strict', '--pack', 'npm']);
  // ESM only (`"type": "module"`, no require condition): the esm-only profile leaves out node10 and
  // node16 from CommonJS, where an ESM-only package cannot resolve by design. No rule is ignored.
  run('node_modules/.bin/attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii', '--no-emoji']);
}
