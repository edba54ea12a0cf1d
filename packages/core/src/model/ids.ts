/**
 * Time-sortable identifiers (the ULID layout: 48-bit milliseconds + 80 random bits, Crockford
 * base 32, https://github.com/ulid/spec). Ids made in one process sort in creation order, which
 * keeps B-tree inserts append-only. Uses the Web Crypto global, present in Node 20 and browsers.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encodeTime(ms: number): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[ms % 32] + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

function encodeRandom(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
}

/** A new 26-character id. `nowMs` is injectable for deterministic tests. */
export function newId(nowMs: number = Date.now()): string {
  return encodeTime(nowMs) + encodeRandom();
}
