import { at } from '../model/at.js';
/**
 * A tiny store-only (uncompressed) zip writer: enough for a pack of CSV files, no dependency.
 * Names are UTF-8 (general-purpose flag bit 11); no zip64, so each file and the whole archive
 * must stay under 4 GiB and 65,535 entries.
 */

/** One file to put in a zip. Strings are written as UTF-8. */
export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

let table: Uint32Array | null = null;

/** CRC-32 (IEEE 802.3, polynomial 0xEDB88320) of `bytes`, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = at(table, (crc ^ at(bytes, i)) & 0xff) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date of a JS date (local fields as UTC; two-second resolution; 1980 at the earliest). */
function dosTime(date: Date): [time: number, date: number] {
  const year = Math.max(1980, date.getUTCFullYear());
  return [
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  ];
}

/**
 * Writes a zip archive storing `entries` uncompressed, all stamped with `modified` (UTC fields;
 * default now). Returns the archive bytes.
 */
export function zipStore(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array {
  const enc = new TextEncoder();
  const [time, date] = dosTime(modified);
  const files = entries.map((e) => {
    const name = enc.encode(e.name);
    const data = typeof e.data === 'string' ? enc.encode(e.data) : e.data;
    return { name, data, crc: crc32(data) };
  });
  const localSize = files.reduce((n, f) => n + 30 + f.name.length + f.data.length, 0);
  const centralSize = files.reduce((n, f) => n + 46 + f.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let p = 0;
  const u16 = (v: number) => {
    view.setUint16(p, v, true);
    p += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(p, v >>> 0, true);
    p += 4;
  };
  /** The fields a file's local header and its central directory entry share, from "version needed" on. */
  const fileFields = (f: (typeof files)[number]) => {
    u16(20); // version needed: 2.0
    u16(0x0800); // UTF-8 names
    u16(0); // stored
    u16(time);
    u16(date);
    u32(f.crc);
    u32(f.data.length);
    u32(f.data.length);
    u16(f.name.length);
  };
  const offsets: number[] = [];
  for (const f of files) {
    offsets.push(p);
    u32(0x04034b50);
    fileFields(f);
    u16(0);
    out.set(f.name, p);
    p += f.name.length;
    out.set(f.data, p);
    p += f.data.length;
  }
  const centralStart = p;
  files.forEach((f, i) => {
    u32(0x02014b50);
    u16(0x0314); // made by: Unix, 2.0 (no OEM code-page translation of UTF-8 names)
    fileFields(f);
    u16(0); // extra
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32((0o100644 << 16) >>> 0); // external attributes: regular file, rw-r--r--
    u32(at(offsets, i));
    out.set(f.name, p);
    p += f.name.length;
  });
  const centralLength = p - centralStart;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(files.length);
  u16(files.length);
  u32(centralLength);
  u32(centralStart);
  u16(0);
  return out;
}
