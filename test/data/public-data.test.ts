/**
 * The public samples in test/data/public are the byte-for-byte copies that SOURCES.md describes: every file
 * in its table is present with the listed size and sha256, and no unlisted CSV sits beside them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_DATA } from '../support/public-data.js';

const sources = readFileSync(resolve(PUBLIC_DATA, 'SOURCES.md'), 'utf8');
/** Rows of the provenance table: | `file` | repo | path | commit | bytes | rows | cols | `sha256` | */
const listed = [
  ...sources.matchAll(/^\| `([^`]+\.csv)` \|.*?\| ([\d,]+) \| [\d,]+ \| \d+ \| `([0-9a-f]{64})` \|$/gm),
].map((m) => ({
  file: m[1]!,
  bytes: Number(m[2]!.replace(/,/g, '')),
  sha256: m[3]!,
}));

describe('public data copied into the repository', () => {
  it('SOURCES.md lists the three samples', () => {
    expect(listed.map((l) => l.file).sort()).toEqual([
      'cfpb_complaints_sample_6623.csv',
      'lendingclub_sample_2000.csv',
      'uci_default_credit_card_clients_30000.csv',
    ]);
    expect(
      readdirSync(PUBLIC_DATA)
        .filter((f) => f.endsWith('.csv'))
        .sort(),
    ).toEqual(listed.map((l) => l.file).sort());
  });

  for (const { file, bytes, sha256 } of listed) {
    it(`${file} has the size and sha256 of SOURCES.md (unmodified)`, () => {
      const data = readFileSync(resolve(PUBLIC_DATA, file));
      expect(data.byteLength).toBe(bytes);
      expect(createHash('sha256').update(data).digest('hex')).toBe(sha256);
    });
  }
});
