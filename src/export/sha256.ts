/**
 * SHA-256 through Web Crypto (`crypto.subtle`), present in browsers (secure contexts) and Node ≥ 20.
 * Returns lower-case hex of the digest of `data` (a string is hashed as its UTF-8 bytes).
 */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new Error('SHA-256 needs Web Crypto (crypto.subtle): a secure context (https or localhost) or Node ≥ 20');
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
