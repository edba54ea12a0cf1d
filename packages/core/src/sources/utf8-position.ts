/**
 * Where UTF-8 goes wrong. `TextDecoder` (WHATWG Encoding) says only that decoding failed, so the
 * first bad byte is found by decoding in chunks and then bisecting the failing chunk: a streaming
 * decode of a prefix fails exactly when the prefix holds an invalid sequence, which makes the
 * search monotone. Cost: O(n) for the chunk pass plus O(CHUNK · log CHUNK) for the bisection.
 */
import type { LinePosition } from '../text/line-index.js';

const CHUNK_BYTES = 65_536;

const isContinuation = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/** Offset of the first byte of the first invalid UTF-8 sequence, or -1 when all bytes are valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    try {
      decoder.decode(bytes.subarray(start, start + CHUNK_BYTES), { stream: true });
    } catch {
      return locateWithin(
        bytes,
        safeStart(bytes, start),
        Math.min(bytes.length, start + CHUNK_BYTES),
      );
    }
  }
  try {
    decoder.decode();
  } catch {
    return locateWithin(bytes, safeStart(bytes, Math.max(0, bytes.length - 4)), bytes.length);
  }
  return -1;
}

/**
 * A sequence boundary at or before `at`: everything before `at` decoded, so at most 3 bytes of an
 * unfinished sequence precede it, and the first non-continuation byte in the 4 bytes before `at`
 * starts a sequence.
 */
function safeStart(bytes: Uint8Array, at: number): number {
  let i = Math.max(0, at - 4);
  while (i < at && isContinuation(bytes[i])) i++;
  return i;
}

function decodes(bytes: Uint8Array, from: number, to: number, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(from, to), { stream });
    return true;
  } catch {
    return false;
  }
}

/** First bad sequence in [from, to), where `from` is a sequence boundary and [from, to) fails. */
function locateWithin(bytes: Uint8Array, from: number, to: number): number {
  let lo = from; // bytes[from, lo) decode (as a stream)
  let hi = to; // bytes[from, hi) fail, or hi === to for a sequence cut short at the end
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (decodes(bytes, from, mid, true)) lo = mid;
    else hi = mid;
  }
  // bytes[from, lo) stream-decode; if they do not decode as a whole, a sequence is open at `lo`.
  if (decodes(bytes, from, lo, false)) return lo;
  let start = lo - 1;
  while (start > from && isContinuation(bytes[start])) start--;
  return start;
}

/** 1-based line and UTF-16 column of a byte offset; the bytes before it must be valid UTF-8 on its line. */
export function positionOfByte(bytes: Uint8Array, offset: number): LinePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Non-fatal decode: the prefix may hold a binary file's bytes; U+FFFD counts as one column.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}
