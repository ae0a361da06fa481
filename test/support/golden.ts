/**
 * Golden files for rendered SVG (or any markup): pretty-printed one element per line so that a diff shows
 * what changed, headed by the Node and ICU versions that made them, because their text holds `Intl` output
 * (numbers, percentages, dates) that can change with the ICU data.
 *
 *     await expectGolden(templateToString(lineChart(spec)), '__snapshots__/line-chart.typical.svg');
 *
 * The path is relative to the test file, as with `toMatchFileSnapshot`; `vitest -u` rewrites the file
 * (header included). When the versions in a golden's header differ from the running ones and its content
 * differs too, the failure says so, instead of an unexplained diff of formatted numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { expect } from 'vitest';

/** The Node and ICU versions whose `Intl` output a golden holds. */
export interface GoldenEnvironment {
  node: string;
  icu: string;
  cldr: string;
}

/** The running Node and ICU versions. */
export function currentEnvironment(): GoldenEnvironment {
  return { node: process.versions.node, icu: process.versions.icu ?? 'none', cldr: process.versions.cldr ?? 'none' };
}

const HEADER = /^<!-- golden: Node (\S+), ICU (\S+), CLDR (\S+)(?: .*)? -->\n/;

/** The header line of a golden made in `env`. */
export function goldenHeader(env: GoldenEnvironment): string {
  return `<!-- golden: Node ${env.node}, ICU ${env.icu}, CLDR ${env.cldr} (made by test/support/golden.ts; update with vitest -u) -->\n`;
}

/** The versions in a golden file's header, or null when it has none. */
export function parseGoldenHeader(text: string): GoldenEnvironment | null {
  const m = HEADER.exec(text);
  return m ? { node: m[1]!, icu: m[2]!, cldr: m[3]! } : null;
}

const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
]);

/**
 * One element per line, indented two spaces per level. Lines break only where one tag ends and the next
 * begins (`><`), except between an opening tag and its own closing tag (`<line …></line>` stays one line),
 * so text is never moved and `unprettySvg` gives back the input exactly.
 */
export function prettySvg(markup: string): string {
  if (markup.includes('\n'))
    throw new Error('prettySvg: the markup already has line breaks (it expects one-line output)');
  const tags = /<(\/?)([A-Za-z][\w:-]*)?[^<>]*?(\/?)>/g;
  let out = '';
  let depth = 0;
  let last = 0;
  let previous: { end: number; name: string; opening: boolean } | null = null;
  for (let m = tags.exec(markup); m; m = tags.exec(markup)) {
    const [whole, slash, name = '', selfClose] = m;
    const closing = slash === '/';
    const opening =
      !closing && !selfClose && !whole.startsWith('<!') && !whole.startsWith('<?') && !VOID.has(name.toLowerCase());
    const adjacent = previous !== null && previous.end === m.index;
    const ownClose = closing && previous?.opening && previous.name === name;
    if (closing) depth--;
    if (adjacent && !ownClose) out += `\n${'  '.repeat(Math.max(0, depth))}`;
    out += markup.slice(last, m.index + whole.length);
    last = m.index + whole.length;
    if (opening) depth++;
    previous = { end: last, name, opening };
  }
  return out + markup.slice(last);
}

/** The one-line markup that `prettySvg` formatted (its exact inverse). */
export function unprettySvg(pretty: string): string {
  return pretty.replace(/>\n *</g, '><');
}

/** Reads the update mode of the running test (`vitest -u` → 'all'). */
function updating(): boolean {
  const state = expect.getState().snapshotState as unknown as {
    snapshotUpdateState?: string;
    _updateSnapshot?: string;
  };
  return (state?.snapshotUpdateState ?? state?._updateSnapshot) === 'all';
}

/** The first line where `a` and `b` differ, for a short failure message. */
function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}:\n  golden:   ${x[i] ?? '(none)'}\n  rendered: ${y[i] ?? '(none)'}`;
  }
  return '(none)';
}

/**
 * Compares `markup` (one line) with the golden file `file` (relative to the test file), pretty-printed and
 * headed by the running Node/ICU versions. Must be awaited.
 */
export async function expectGolden(markup: string, file: string): Promise<void> {
  const testPath = expect.getState().testPath;
  if (!testPath) throw new Error('expectGolden must run inside a test');
  const path = resolve(dirname(testPath), file);
  const env = currentEnvironment();
  const body = `${prettySvg(markup)}\n`;
  const expected = goldenHeader(env) + body;
  if (existsSync(path) && !updating()) {
    const stored = readFileSync(path, 'utf8');
    const made = parseGoldenHeader(stored);
    const storedBody = stored.replace(HEADER, '');
    if (!made) {
      throw new Error(
        `golden ${relative(process.cwd(), path)} has no "<!-- golden: Node …, ICU … -->" header: regenerate it with \`npx vitest run -u ${relative(process.cwd(), testPath)}\``,
      );
    }
    if (made.node !== env.node || made.icu !== env.icu || made.cldr !== env.cldr) {
      if (storedBody === body) return; // same output on another Node/ICU: nothing to report
      throw new Error(
        `golden ${relative(process.cwd(), path)} was made with Node ${made.node}, ICU ${made.icu} (CLDR ${made.cldr}); ` +
          `this is Node ${env.node}, ICU ${env.icu} (CLDR ${env.cldr}). Intl output (numbers, percentages, dates) can change ` +
          `with the ICU data, so this difference may come from the versions rather than from the code. Run the tests on ` +
          `Node ${made.node}, or check the difference and regenerate with \`npx vitest run -u ${relative(process.cwd(), testPath)}\`.\n` +
          `First difference, ${firstDifference(storedBody, body)}`,
      );
    }
  }
  await expect(expected).toMatchFileSnapshot(path);
}
