import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from '../../src/export/zip.js';

/**
 * A strict zip reader written from the PKWARE APPNOTE, independent of src/export/zip.ts (CRC-32 from
 * node:zlib): checks what `unzip -t` checks — end-of-central-directory record, every central entry against
 * its local header (flags, method, time, date, CRC, sizes, name), each entry's CRC over its bytes, and that
 * the entries and the central directory tile the archive with nothing between or after them.
 * Returns name → { data, modified } (the DOS time and date decoded as UTC fields).
 */
function readZip(zip: Uint8Array): Map<string, { data: Uint8Array; modified: Date; flags: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength - 22;
  expect(view.getUint32(eocd, true), 'end of central directory signature').toBe(0x06054b50);
  expect(view.getUint16(eocd + 4, true), 'disk number').toBe(0);
  const count = view.getUint16(eocd + 10, true);
  expect(view.getUint16(eocd + 8, true), 'entries on this disk = entries').toBe(count);
  const centralSize = view.getUint32(eocd + 12, true);
  let p = view.getUint32(eocd + 16, true);
  expect(p + centralSize, 'central directory ends where the EOCD starts').toBe(eocd);
  expect(view.getUint16(eocd + 20, true), 'no archive comment').toBe(0);
  const out = new Map<string, { data: Uint8Array; modified: Date; flags: number }>();
  let expectedLocal = 0;
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(p, true), `central header ${i} signature`).toBe(0x02014b50);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const time = view.getUint16(p + 12, true);
    const date = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    const nameBytes = zip.subarray(p + 46, p + 46 + nameLength);
    const name = new TextDecoder('utf-8', { fatal: true }).decode(nameBytes);
    if ([...name].some((ch) => ch.charCodeAt(0) > 0x7f))
      expect(flags & 0x0800, `${name}: UTF-8 flag (bit 11) for a non-ASCII name`).toBe(0x0800);
    // Local header: the same fields as the central entry, entries stored back to back from offset 0.
    expect(offset, `${name}: local header right after the previous entry`).toBe(expectedLocal);
    expect(view.getUint32(offset, true), `${name}: local header signature`).toBe(0x04034b50);
    expect(
      [6, 8, 10, 12, 14, 18, 22].map((k) =>
        k === 14 || k === 18 || k === 22 ? view.getUint32(offset + k, true) : view.getUint16(offset + k, true),
      ),
      `${name}: local header agrees with the central directory`,
    ).toEqual([flags, method, time, date, crc, compressed, size]);
    expect(view.getUint16(offset + 26, true)).toBe(nameLength);
    expect([...zip.subarray(offset + 30, offset + 30 + nameLength)]).toEqual([...nameBytes]);
    const start = offset + 30 + nameLength + view.getUint16(offset + 28, true);
    const raw = zip.subarray(start, start + compressed);
    expect(method === 0 || method === 8, `${name}: stored or deflated`).toBe(true);
    const data = method === 0 ? raw : new Uint8Array(inflateRawSync(raw));
    expect(data.byteLength, `${name}: uncompressed size`).toBe(size);
    expect(zlibCrc32(data), `${name}: CRC-32`).toBe(crc);
    const modified = new Date(
      Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2),
    );
    out.set(name, { data, modified, flags });
    expectedLocal = start + compressed;
    p += 46 + nameLength + extra + comment;
  }
  expect(expectedLocal, 'the central directory follows the last entry').toBe(view.getUint32(eocd + 16, true));
  return out;
}

describe('zipStore', () => {
  it('crc32 matches known vectors', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) & 255);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
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
    expect(dec.decode(back.get('01-overdue.csv')!.data)).toBe(files[0]!.data);
    expect(dec.decode(back.get('逾期率/02-agents.csv')!.data)).toBe('a,b\r\n');
    expect(back.get('empty.txt')!.data.length).toBe(0);
  });

  it('passes a strict independent reading: headers agree, CRCs match, UTF-8 flag, time and date (no unzip needed)', () => {
    const zip = zipStore(files, new Date(Date.UTC(2026, 0, 2, 3, 4, 6)));
    const back = readZip(zip);
    expect([...back.keys()]).toEqual(files.map((f) => f.name));
    for (const [name, entry] of back) {
      expect(entry.modified.toISOString(), name).toBe('2026-01-02T03:04:06.000Z');
      expect(entry.flags, name).toBe(0x0800);
    }
    // one flipped byte in a file's data is caught by its CRC
    const broken = zip.slice();
    const flipped = 30 + new TextEncoder().encode(files[0]!.name).length;
    broken[flipped] = broken[flipped]! ^ 1;
    expect(() => readZip(broken)).toThrow(/CRC-32/);
  });
});
