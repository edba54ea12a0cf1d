/**
 * Co-occurrence input as typed columns decoded from the packs (coding-packs.ts): integers only,
 * no object and no id string per coding, and already sorted by start within each version, so
 * the sweep sorts nothing.
 */
import type { Actor, CodingColumns, Id } from '@liaison/core';
import { PACK_STRIDE } from './coding-pack-format.js';
import type { Pack } from './coding-packs.js';

interface Out {
  n: number;
  version: Int32Array;
  code: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** Appends the pack's codings of wanted codes (and of `coder`, when ≥ 0) as version `v`. */
function decode(pack: Pack, codeMap: Int32Array, coder: number, v: number, out: Out): void {
  const { spans } = pack;
  const view = new DataView(spans.buffer, spans.byteOffset, spans.byteLength);
  for (let at = 0; at < spans.byteLength; at += PACK_STRIDE) {
    const code = codeMap[view.getUint16(at, true)]!;
    if (code < 0 || (coder >= 0 && view.getUint16(at + 2, true) !== coder)) continue;
    const i = out.n++;
    out.version[i] = v;
    out.code[i] = code;
    out.start[i] = view.getInt32(at + 4, true);
    out.end[i] = view.getInt32(at + 8, true);
  }
}

/** Columns for the sweep; `packs[v]` is the pack of version v (`cols.versionIds[v]`). */
export interface PackedColumns {
  cols: CodingColumns;
  packs: Pack[];
}

/**
 * The codings of `codeIds` (codes outside the list, e.g. retired codes and folders, are left
 * out), of `coder` only when given. Versions with none are left out of `versionIds`.
 */
export function packColumns(packs: Pack[], codeIds: readonly Id[], coder?: Actor): PackedColumns {
  const wanted = new Map(codeIds.map((id, i) => [id, i]));
  const total = packs.reduce((sum, p) => sum + p.spans.byteLength / PACK_STRIDE, 0);
  const out: Out = {
    n: 0,
    version: new Int32Array(total),
    code: new Int32Array(total),
    start: new Int32Array(total),
    end: new Int32Array(total),
  };
  const versionIds: Id[] = [];
  const kept: Pack[] = [];
  for (const pack of packs) {
    const coderIndex = coder === undefined ? -1 : pack.coders.indexOf(coder);
    if (coder !== undefined && coderIndex < 0) continue;
    const codeMap = Int32Array.from(pack.codeIds, (id) => wanted.get(id) ?? -1);
    const before = out.n;
    decode(pack, codeMap, coderIndex, versionIds.length, out);
    if (out.n === before) continue;
    versionIds.push(pack.versionId);
    kept.push(pack);
  }
  const cut = (a: Int32Array) => a.subarray(0, out.n);
  const { version, code, start, end } = out;
  const cols: CodingColumns = {
    length: out.n,
    version: cut(version),
    code: cut(code),
    start: cut(start),
    end: cut(end),
    versionIds,
    codeIds: [...codeIds],
    sorted: true,
  };
  return { cols, packs: kept };
}
