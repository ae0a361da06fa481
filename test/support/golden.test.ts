import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, goldenHeader, parseGoldenHeader, prettySvg, unprettySvg } from './golden.js';

const dirs = ['../charts/__snapshots__', '../svg/__snapshots__'].map((d) => resolve(import.meta.dirname, d));
const goldens = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.svg'))
    .map((f) => join(d, f)),
);

describe('golden harness', () => {
  it('pretty-prints one element per line, indented (text is never moved), and joins back to the exact input', () => {
    const one =
      '<svg a="1"><g><line x1="0"></line><text x="1">3.5% <tspan>b</tspan></text></g><style>.a{fill:red}</style></svg>';
    expect(prettySvg(one)).toBe(
      [
        '<svg a="1">',
        '  <g>',
        '    <line x1="0"></line>',
        '    <text x="1">3.5% <tspan>b</tspan>',
        '    </text>',
        '  </g>',
        '  <style>.a{fill:red}</style>',
        '</svg>',
      ].join('\n'),
    );
    expect(unprettySvg(prettySvg(one))).toBe(one);
  });

  it('every golden has a versions header and is the pretty form of a one-line body', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(26);
    for (const file of goldens) {
      const text = readFileSync(file, 'utf8');
      expect(parseGoldenHeader(text), file).not.toBeNull();
      const body = text.replace(/^[^\n]*\n/, '').replace(/\n$/, '');
      expect(prettySvg(unprettySvg(body)), file).toBe(body);
    }
  });

  it('a golden made with other Node/ICU versions and different content fails saying so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-golden-'));
    try {
      const file = join(dir, 'x.svg');
      const other = { node: '18.0.0', icu: '72.1', cldr: '42.0' };
      writeFileSync(file, `${goldenHeader(other)}<svg>\n  <text>1,234.5</text>\n</svg>\n`);
      await expect(expectGolden('<svg><text>1.234,5</text></svg>', file)).rejects.toThrow(
        /was made with Node 18\.0\.0, ICU 72\.1 \(CLDR 42\.0\); this is Node .*Intl output/s,
      );
      // the same content under other versions passes
      await expectGolden('<svg><text>1,234.5</text></svg>', file);
      // (With the running versions, a difference is vitest's own file-snapshot mismatch: not exercised here, since a
      // deliberate snapshot failure would show as "Snapshots 1 failed" in the run's summary.)
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
