import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReliabilityMatrix } from '../../src/index.js';

describe('readReliabilityMatrix', () => {
  it('reads coders, unit ids and missing values', () => {
    const r = readReliabilityMatrix('unit,A,B,C\nu1,1,2,\nu2,,3,3\n', 'm.csv', 'interval');
    expect(r).toEqual({
      ok: true,
      diagnostics: [],
      structure: {
        coders: ['A', 'B', 'C'],
        unitIds: ['u1', 'u2'],
        values: [
          [1, 2, null],
          [null, 3, 3],
        ],
      },
    });
  });

  it('numbers units when there is no unit column and keeps nominal values as text', () => {
    const r = readReliabilityMatrix('ann,bob\nyes,no\n"no, really",no\n', 'm.csv', 'nominal');
    expect(r.ok && r.structure).toEqual({
      coders: ['ann', 'bob'],
      unitIds: ['1', '2'],
      values: [
        ['yes', 'no'],
        ['no, really', 'no'],
      ],
    });
  });

  it('reports non-numeric values, ragged rows and too few coders with line and column', () => {
    const bad = readReliabilityMatrix('unit,A,B\n1,2,x\n2,3\n', 'm.csv', 'ratio');
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ['agreement.not_a_number', 'm.csv', 2, 5],
      ['agreement.ragged_row', 'm.csv', 3, 1],
    ]);
    const negative = readReliabilityMatrix('A,B\n-1,2\n', 'm.csv', 'ratio');
    expect(negative.diagnostics[0]).toMatchObject({
      code: 'agreement.negative_ratio',
      line: 2,
      column: 1,
    });
    const one = readReliabilityMatrix('unit,A\n1,2\n', 'm.csv', 'nominal');
    expect(one.diagnostics[0]).toMatchObject({
      code: 'agreement.too_few_coders',
      line: 1,
      column: 1,
    });
    expect(readReliabilityMatrix('', 'm.csv', 'nominal').diagnostics[0]?.code).toBe(
      'agreement.empty',
    );
    expect(readReliabilityMatrix('A,B\n', 'm.csv', 'nominal').diagnostics[0]?.code).toBe(
      'agreement.no_units',
    );
    const quote = readReliabilityMatrix('A,B\n"1,2\n', 'm.csv', 'nominal');
    expect(quote.diagnostics[0]).toMatchObject({ code: 'csv.unclosed_quote', line: 2 });
  });

  it('never throws on arbitrary text, and every diagnostic points inside the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('nominal', 'interval'),
        (text, level) => {
          const r = readReliabilityMatrix(text, 'x.csv', level);
          const lines = text.split('\n').length;
          for (const d of r.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.line).toBeLessThanOrEqual(lines);
          }
          if (r.ok) expect(r.structure.coders.length).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a huge single line without trouble', () => {
    const header = Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',');
    const r = readReliabilityMatrix(`${header}\n${'1,'.repeat(19_999)}1\n`, 'wide.csv', 'interval');
    expect(r.ok && r.structure.coders.length).toBe(20_000);
  });
});
