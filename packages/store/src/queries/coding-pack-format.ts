/**
 * The byte layout of a co-occurrence pack (migration 0009): one text version's codings sorted by
 * start, 12 bytes each, little-endian: code index (uint16) and coder index (uint16) into the
 * pack's `code_ids` and `coders` lists, then start and end (int32, UTF-16 code units, end
 * exclusive). Indexes are local to the pack, so a pack never goes stale when other versions or
 * codes change, and holds no id string per coding.
 */

import type { UnitSpans } from '@liaison/core';

/** Bytes per coding. */
export const PACK_STRIDE = 12;

/** Local indexes are uint16: more distinct codes (or coders) in one version than this cannot be packed. */
export const PACK_MAX_KEYS = 0x10000;

/**
 * One code's codings by one coder in one version, as the engine's aggregate hands them over:
 * (start, end) pairs of big-endian int32 (`EngineFeatures.packs.spanPairs`), in any order.
 */
export interface PackGroup {
  codeId: string;
  coder: string;
  pairs: Uint8Array;
}

export interface EncodedPack {
  codeIds: string[];
  coders: string[];
  spans: Uint8Array;
}

/** Index of `key` in `list`, appending it the first time it is seen. */
function indexIn(index: Map<string, number>, list: string[], key: string): number {
  let i = index.get(key);
  if (i === undefined) {
    i = list.push(key) - 1;
    index.set(key, i);
  }
  return i;
}

/** Keys below 2^20 codings per version keep `start · 2^20 + k` exact in a double (< 2^53). */
const ROW_BITS = 2 ** 20;

/** Codings in start order, as indexes into the unsorted columns (a native Float64Array sort). */
function startOrder(start: Int32Array): Uint32Array {
  if (start.length >= ROW_BITS) throw new RangeError('A text version has over 2^20 codings');
  const keys = new Float64Array(start.length);
  for (let k = 0; k < start.length; k++) keys[k] = start[k]! * ROW_BITS + k;
  keys.sort();
  return Uint32Array.from(keys, (key) => key % ROW_BITS);
}

/** Codings as unsorted columns; code and coder are indexes into `codeIds` and `coders`. */
function columnsOf(groups: PackGroup[]) {
  const n = groups.reduce((sum, g) => sum + g.pairs.byteLength / 8, 0);
  const cols = { start: new Int32Array(n), end: new Int32Array(n), code: new Uint16Array(n) };
  const coder = new Uint16Array(n);
  const [codeIndex, coderIndex] = [new Map<string, number>(), new Map<string, number>()];
  const codeIds: string[] = [];
  const coders: string[] = [];
  let k = 0;
  for (const g of groups) {
    const c = indexIn(codeIndex, codeIds, g.codeId);
    const d = indexIn(coderIndex, coders, g.coder);
    if (codeIds.length > PACK_MAX_KEYS || coders.length > PACK_MAX_KEYS) {
      throw new RangeError(`A text version has more than ${PACK_MAX_KEYS} codes or coders`);
    }
    const view = new DataView(g.pairs.buffer, g.pairs.byteOffset, g.pairs.byteLength);
    for (let at = 0; at < g.pairs.byteLength; at += 8, k++) {
      cols.start[k] = view.getInt32(at);
      cols.end[k] = view.getInt32(at + 4);
      cols.code[k] = c;
      coder[k] = d;
    }
  }
  return { ...cols, coder, codeIds, coders };
}

/** Packs one version's codings, sorted by start (ties in any order: the sweeps do not care). */
export function encodePack(groups: PackGroup[]): EncodedPack {
  const { start, end, code, coder, codeIds, coders } = columnsOf(groups);
  const spans = new Uint8Array(start.length * PACK_STRIDE);
  const out = new DataView(spans.buffer);
  startOrder(start).forEach((row, i) => {
    const at = i * PACK_STRIDE;
    out.setUint16(at, code[row]!, true);
    out.setUint16(at + 2, coder[row]!, true);
    out.setInt32(at + 4, start[row]!, true);
    out.setInt32(at + 8, end[row]!, true);
  });
  return { codeIds, coders, spans };
}

/** Unit spans as (start, end) int32 pairs, little-endian. */
export function encodeUnits(units: UnitSpans): Uint8Array {
  const bytes = new Uint8Array(units.start.length * 8);
  const view = new DataView(bytes.buffer);
  units.start.forEach((start, u) => {
    view.setInt32(u * 8, start, true);
    view.setInt32(u * 8 + 4, units.end[u]!, true);
  });
  return bytes;
}

export function decodeUnits(bytes: Uint8Array): UnitSpans {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.byteLength / 8;
  const units = { start: new Int32Array(n), end: new Int32Array(n) };
  for (let u = 0; u < n; u++) {
    units.start[u] = view.getInt32(u * 8, true);
    units.end[u] = view.getInt32(u * 8 + 4, true);
  }
  return units;
}
