import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, csvBody, csvField, csvHeaderBlock, guardFormula } from '../../src/export/csv.js';
import { exportMeta, exportTable } from '../../src/export/data.js';
import { buildJson } from '../../src/export/json.js';
import { sha256Hex } from '../../src/export/sha256.js';
import type { ExportContext } from '../../src/export/types.js';
import type { TableSpec } from '../../src/render/table.js';

const table: TableSpec = {
  caption: '分阶段逾期率（按余额）',
  columns: ['期间', 'M1', 'M1 分子', 'M1 分母', '变化'],
  rows: [
    ['2025年10月', '10.00%', '100', '1,000', '–'],
    ['2025年11月', '15.00%', '150', '1,000', '+5.00个百分点'],
    ['2025年12月', '10.00%', '120', '1,200', '-5.00 pp'],
  ],
};

const context: ExportContext = {
  metric: 'overdue',
  title: '分阶段逾期率（按余额）',
  definitionVersion: '2026.1',
  dataDefinitionVersion: '2026.1',
  definition: ['逾期率：期末所选逾期阶段的账户数（或余额）÷ 全部在贷账户数（或余额）'],
  filters: { from: '2025-10', to: '2025-12', product: 'cash, loan' },
  period: { from: '2025-10', to: '2025-12' },
  asOf: '2025-12-31T16:00:00Z',
  source: 'warehouse\nprod',
  currency: 'CNY',
  lang: 'zh-CN',
  exportedAt: '2026-01-02T03:04:05.000Z',
};

/** The documented bytes: the file without BOM and without its `#` lines, as UTF-8. */
const documentedBytes = (csv: string) =>
  Buffer.from(
    csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => !l.startsWith('# '))
      .join('\r\n'),
    'utf8',
  );

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField('')).toBe('');
  });

  it('guards formula injection but leaves plain numbers', () => {
    expect(guardFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('+cmd|calc')).toBe("'+cmd|calc");
    expect(guardFormula('\tx')).toBe("'\tx");
    expect(guardFormula('＝1+1')).toBe("'＝1+1");
    // Formatted text deltas would be evaluated by Excel: guarded.
    expect(guardFormula('-0.10 pp')).toBe("'-0.10 pp");
    expect(guardFormula('+0.42个百分点')).toBe("'+0.42个百分点");
    // Plain numbers are numbers, not formulas.
    for (const n of ['-0.5', '-1,234', '+12.5%', '-3.45%', '1 234,5', '42']) expect(guardFormula(n)).toBe(n);
    expect(csvField('=1,2')).toBe('"\'=1,2"');
  });
});

describe('CSV and JSON files', () => {
  it('CSV: BOM, header block, header row, rows; Chinese text intact', async () => {
    const meta = await exportMeta(table, context);
    const csv = buildCsv(table, meta);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const header = lines.filter((l) => l.startsWith('# '));
    expect(header).toContain('# metric: overdue');
    expect(header).toContain('# definitionVersion: 2026.1');
    expect(header).toContain('# filters: from=2025-10; to=2025-12; product=cash, loan');
    expect(header).toContain('# period: 2025-10/2025-12');
    expect(header).toContain('# asOf: 2025-12-31T16:00:00Z');
    expect(header).toContain('# source: warehouse prod'); // no line break inside the header block
    expect(header).toContain('# rows: 3');
    expect(header).toContain(`# sha256: ${meta.sha256}`);
    expect(header.some((l) => l.startsWith('# definition: 逾期率：'))).toBe(true);
    const body = lines.slice(header.length, -1);
    expect(body).toEqual([
      '期间,M1,M1 分子,M1 分母,变化',
      '2025年10月,10.00%,100,"1,000",–',
      '2025年11月,15.00%,150,"1,000",\'+5.00个百分点',
      '2025年12月,10.00%,120,"1,200",\'-5.00 pp',
    ]);
    // UTF-8 with BOM bytes EF BB BF.
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('SHA-256 is of the documented bytes, reproducible, and changes with any cell', async () => {
    const a = await exportTable(table, context, 'csv');
    const b = await exportTable(table, { ...context, exportedAt: '2030-01-01T00:00:00Z', title: 'other' }, 'csv');
    const hashOf = (csv: string) => /# sha256: ([0-9a-f]{64})/.exec(csv)![1]!;
    const expected = createHash('sha256')
      .update(documentedBytes(a.content as string))
      .digest('hex');
    expect(hashOf(a.content as string)).toBe(expected);
    expect(hashOf(b.content as string)).toBe(expected);
    expect(
      createHash('sha256')
        .update(Buffer.from(csvBody(table), 'utf8'))
        .digest('hex'),
    ).toBe(expected);
    expect(await sha256Hex(csvBody(table))).toBe(expected);
    const changed = {
      ...table,
      rows: [...table.rows.slice(0, 2), ['2025年12月', '10.00%', '121', '1,200', '-5.00 pp']],
    };
    expect((await exportMeta(changed, context)).sha256).not.toBe(expected);
    expect(a.filename).toBe('overdue-2025-12-31.csv');
    expect(a.mimeType).toBe('text/csv;charset=utf-8');
  });

  it('JSON: meta with the same hash, columns and rows exactly as the table', async () => {
    const file = await exportTable(table, context, 'json');
    const doc = JSON.parse(file.content as string);
    expect(doc.meta).toMatchObject({
      metric: 'overdue',
      definitionVersion: '2026.1',
      rowCount: 3,
      asOf: context.asOf,
      source: context.source,
      filters: context.filters,
      period: context.period,
    });
    expect(doc.meta.sha256).toBe(createHash('sha256').update(csvBody(table), 'utf8').digest('hex'));
    expect(doc.columns).toEqual(table.columns);
    expect(doc.rows).toEqual(table.rows);
    expect(file.mimeType).toBe('application/json');
    expect(buildJson(table, await exportMeta(table, context))).toBe(file.content);
  });

  it('an empty table exports its header row only, with its own hash', async () => {
    const empty = { caption: 'x', columns: ['a', 'b'], rows: [] };
    const meta = await exportMeta(empty, context);
    expect(meta.rowCount).toBe(0);
    expect(meta.sha256).toBe(createHash('sha256').update('a,b\r\n').digest('hex'));
    expect(csvHeaderBlock(meta)).toContain('# rows: 0\r\n');
  });
});
