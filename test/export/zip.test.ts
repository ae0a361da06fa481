import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from '../../src/export/zip.js';

/** A minimal zip reader: walks the central directory and returns name → bytes (stored or deflated). */
function readZip(zip: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength - 22;
  expect(view.getUint32(eocd, true)).toBe(0x06054b50);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  expect(view.getUint32(eocd + 12, true)).toBe(eocd - p);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(p, true)).toBe(0x02014b50);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const size = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
    expect(view.getUint32(offset, true)).toBe(0x04034b50);
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const raw = zip.subarray(start, start + size);
    const data = method === 0 ? raw : new Uint8Array(inflateRawSync(raw));
    expect(crc32(data)).toBe(crc);
    out.set(name, data);
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

describe('zipStore', () => {
  it('crc32 matches known vectors', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  const files = [
    { name: '01-overdue.csv', data: '\uFEFF# metric: overdue\r\n期间,M1\r\n2025年10月,10.00%\r\n' },
    { name: '逾期率/02-agents.csv', data: 'a,b\r\n' },
    { name: 'empty.txt', data: new Uint8Array(0) },
  ];

  it('round-trips names (UTF-8) and contents', () => {
    const zip = zipStore(files, new Date(Date.UTC(2026, 0, 2, 3, 4, 6)));
    const back = readZip(zip);
    expect([...back.keys()]).toEqual(files.map((f) => f.name));
    const dec = new TextDecoder('utf-8', { ignoreBOM: true });
    expect(dec.decode(back.get('01-overdue.csv'))).toBe(files[0]!.data);
    expect(dec.decode(back.get('逾期率/02-agents.csv'))).toBe('a,b\r\n');
    expect(back.get('empty.txt')!.length).toBe(0);
  });

  it('is read by unzip (when installed)', (ctx) => {
    let unzip = '';
    try {
      unzip = execFileSync('which', ['unzip']).toString().trim();
    } catch {
      ctx.skip();
    }
    if (!unzip) ctx.skip();
    const dir = mkdtempSync(join(tmpdir(), 'ck-zip-'));
    try {
      const path = join(dir, 'pack.zip');
      writeFileSync(path, zipStore(files, new Date(Date.UTC(2026, 0, 2, 3, 4, 6))));
      const test = execFileSync(unzip, ['-t', path]).toString();
      expect(test).toContain('No errors detected');
      const list = execFileSync(unzip, ['-Z1', path], { env: { ...process.env, LC_ALL: 'C.UTF-8' } }).toString().trim().split('\n');
      expect(list).toEqual(files.map((f) => f.name));
      expect(execFileSync(unzip, ['-p', path, '01-overdue.csv']).toString('utf8')).toBe(files[0]!.data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
