import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CodingColumnsBuilder,
  cooccurrenceMatrix,
  countOverlaps,
  countUnitCooccurrence,
  unitSpansOf,
  versionOrder,
  type CodingColumns,
  type Structure,
  type UnitSpans,
} from '../../src/index.js';

interface Row {
  version: number;
  code: number;
  start: number;
  end: number;
}

const CODES = ['a', 'b', 'c', 'd'];

const rowArb = fc
  .record({
    version: fc.integer({ min: 0, max: 2 }),
    code: fc.integer({ min: 0, max: CODES.length - 1 }),
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 0, max: 25 }),
  })
  .map(({ length, ...r }) => ({ ...r, end: r.start + length }));

function columnsOf(rows: Row[]): CodingColumns {
  const builder = new CodingColumnsBuilder(CODES, 2);
  for (const r of rows) builder.push(`v${r.version}`, CODES[r.code]!, r.start, r.end);
  return builder.build();
}

/** The O(n²) definition: every unordered pair of codings in one version whose spans share a unit. */
function bruteOverlaps(rows: Row[]): number[][] {
  const m = CODES.map(() => CODES.map(() => 0));
  for (let x = 0; x < rows.length; x++) {
    for (let y = x + 1; y < rows.length; y++) {
      const a = rows[x]!;
      const b = rows[y]!;
      if (a.version !== b.version) continue;
      if (Math.max(a.start, b.start) >= Math.min(a.end, b.end)) continue;
      m[a.code]![b.code]!++;
      if (a.code !== b.code) m[b.code]![a.code]!++;
    }
  }
  return m;
}

/** Units of every version: [0,20) [20,45) [50,90) (a gap at 45–50). */
const UNITS: UnitSpans = { start: Int32Array.of(0, 20, 50), end: Int32Array.of(20, 45, 90) };

/** The definition of unit mode: per unit, the set of codes whose codings touch it. */
function bruteUnits(rows: Row[]): number[][] {
  const m = CODES.map(() => CODES.map(() => 0));
  for (const version of [0, 1, 2]) {
    for (let u = 0; u < UNITS.start.length; u++) {
      const touching = rows.filter((r) => {
        const end = Math.max(r.end, r.start + 1);
        return r.version === version && r.start < UNITS.end[u]! && end > UNITS.start[u]!;
      });
      const codes = [...new Set(touching.map((r) => r.code))];
      for (const i of codes) for (const j of codes) m[i]![j]!++;
    }
  }
  return m;
}

const square = (cols: CodingColumns, counts: Uint32Array) =>
  cooccurrenceMatrix('overlap', cols, counts).counts;

describe('code co-occurrence', () => {
  it('overlap counts equal a brute-force pairwise count and are symmetric', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        const cols = columnsOf(rows);
        const m = square(cols, countOverlaps(cols));
        expect(m).toEqual(bruteOverlaps(rows));
        for (let i = 0; i < CODES.length; i++) {
          for (let j = 0; j < CODES.length; j++) expect(m[i]![j]).toBe(m[j]![i]);
        }
      }),
    );
  });

  it('unit counts equal the per-unit definition; a diagonal bounds its row', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        const cols = columnsOf(rows);
        const m = square(
          cols,
          countUnitCooccurrence(cols, () => UNITS),
        );
        expect(m).toEqual(bruteUnits(rows));
        m.forEach((row, i) => row.forEach((n) => expect(n).toBeLessThanOrEqual(row[i]!)));
      }),
    );
  });

  it('orders rows by version, then start', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 80 }), (rows) => {
        const cols = columnsOf(rows);
        const { order, bounds } = versionOrder(cols);
        expect([...order].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
        for (let v = 0; v + 1 < bounds.length; v++) {
          for (let k = bounds[v]! + 1; k < bounds[v + 1]!; k++) {
            expect(cols.version[order[k]!]).toBe(v);
            expect(cols.start[order[k]!]).toBeGreaterThanOrEqual(cols.start[order[k - 1]!]!);
          }
        }
      }),
    );
  });

  it('counts a worked example: nested, touching and cross-version spans', () => {
    const rows: Row[] = [
      { version: 0, code: 0, start: 0, end: 10 },
      { version: 0, code: 1, start: 5, end: 8 }, // inside a: overlaps
      { version: 0, code: 2, start: 10, end: 12 }, // touches a at 10: no overlap
      { version: 1, code: 2, start: 0, end: 10 }, // other version: no overlap with a
      { version: 0, code: 0, start: 7, end: 9 }, // overlaps a and b
    ];
    const cols = columnsOf(rows);
    const m = cooccurrenceMatrix('overlap', cols, countOverlaps(cols));
    expect(m.counts[0]).toEqual([1, 2, 0, 0]);
    expect(m.counts[1]).toEqual([2, 0, 0, 0]);
    expect(m.codings).toEqual([2, 1, 2, 0]);
    expect(m.codeIds).toEqual(CODES);
  });

  it('skips codings of codes it was not asked about', () => {
    const builder = new CodingColumnsBuilder(['a']);
    builder.push('v', 'a', 0, 5);
    builder.push('v', 'zzz', 0, 5);
    expect(builder.build().length).toBe(1);
  });

  it('takes units from a structure: whole entries or turns', () => {
    const structure: Structure = {
      kind: 'transcript',
      speakers: ['INT', 'P1'],
      turns: [
        {
          index: 0,
          speaker: 'INT',
          timestampMs: null,
          text: 'Hi',
          startUtf16: 0,
          endUtf16: 7,
          textStartUtf16: 5,
          textEndUtf16: 7,
          line: 1,
        },
        {
          index: 1,
          speaker: 'P1',
          timestampMs: null,
          text: 'Yes',
          startUtf16: 8,
          endUtf16: 15,
          textStartUtf16: 12,
          textEndUtf16: 15,
          line: 2,
        },
      ],
    };
    const units = unitSpansOf(structure);
    expect([...units.start]).toEqual([0, 8]);
    expect([...units.end]).toEqual([7, 15]);
  });
});
