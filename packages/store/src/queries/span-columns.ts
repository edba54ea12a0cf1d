/**
 * Co-occurrence input read into typed columns through the engine's span reader
 * (`EngineFeatures.spans`): integers only, no object and no id string per coding.
 */
import type { Actor, CodingColumns, Id } from '@liaison/core';
import type { StoreContext } from '../context.js';

/** Growing Int32 columns of (version key, code key, start, end) as the reader sends them. */
class RawSpans {
  length = 0;
  cols = [0, 1, 2, 3].map(() => new Int32Array(1 << 16));

  push = (version: number, code: number, start: number, end: number): void => {
    if (this.length === this.cols[0]!.length) this.grow();
    const i = this.length++;
    const [v, c, s, e] = this.cols as [Int32Array, Int32Array, Int32Array, Int32Array];
    v[i] = version;
    c[i] = code;
    s[i] = start;
    e[i] = end;
  };

  private grow(): void {
    this.cols = this.cols.map((a) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    });
  }
}

/** Code key → index in `codeIds`; codes outside the list (retired, folders) are absent. */
function codeIndexOf(keys: Map<number, Id>, codeIds: readonly Id[]): Map<number, number> {
  const wanted = new Map(codeIds.map((id, i) => [id, i]));
  const index = new Map<number, number>();
  for (const [key, id] of keys) {
    const i = wanted.get(id);
    if (i !== undefined) index.set(key, i);
  }
  return index;
}

/**
 * Keeps the rows of wanted codes, in place, and renumbers versions densely in first-seen order
 * and codes by their index in `codeIds` (as `CodingColumnsBuilder` does).
 */
function densify(raw: RawSpans, keys: Map<number, Id>, codeIndex: Map<number, number>) {
  const [version, code, start, end] = raw.cols as [Int32Array, Int32Array, Int32Array, Int32Array];
  const versionIndex = new Map<number, number>();
  const versionIds: Id[] = [];
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = codeIndex.get(code[i]!);
    if (c === undefined) continue;
    let v = versionIndex.get(version[i]!);
    if (v === undefined) {
      v = versionIds.push(keys.get(version[i]!)!) - 1;
      versionIndex.set(version[i]!, v);
    }
    [version[n], code[n], start[n], end[n]] = [v, c, start[i]!, end[i]!];
    n++;
  }
  const cut = (a: Int32Array) => a.subarray(0, n);
  return {
    length: n,
    version: cut(version),
    code: cut(code),
    start: cut(start),
    end: cut(end),
    versionIds,
  };
}

/** Reads the spans of the codes' codings; `allCodes` reads every coding (no code filter). */
export async function readCodingColumns(
  ctx: StoreContext,
  codeIds: readonly Id[],
  allCodes: boolean,
  coder?: Actor,
): Promise<CodingColumns> {
  const raw = new RawSpans();
  const filter = { codeIds: allCodes ? undefined : codeIds, coder };
  const keys = await ctx.features.spans.read(ctx.db, filter, raw.push);
  const cols = densify(raw, keys.versionIds, codeIndexOf(keys.codeIds, codeIds));
  return { ...cols, codeIds: [...codeIds] };
}
