/**
 * Generated wide-format files round-trip: random labels (commas, quotes and spaces included, so
 * quoting is exercised), random lengths ending in empty, NA or % cells, LF or CRLF; the reader
 * must give back every sequence, id and length, with the alphabet in sorted order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWideSequences, sequenceAt } from '../../src/index.js';

function writeCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** A state label TraMineR could hold: not empty, not a missing or void marker, not padded. */
const label = fc
  .string({ minLength: 1, maxLength: 6 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !['NA', '*', '%'].includes(s));

const dataset = fc
  .record({
    labels: fc.uniqueArray(label, { minLength: 1, maxLength: 5 }),
    width: fc.integer({ min: 1, max: 8 }),
    eol: fc.constantFrom('\n', '\r\n'),
    filler: fc.constantFrom('', 'NA', '%'),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      rows: fc.array(
        fc.array(fc.nat(base.labels.length - 1), { minLength: 1, maxLength: base.width }),
        { minLength: 1, maxLength: 12 },
      ),
    }),
  );

describe('readWideSequences round-trip', () => {
  it('gives back the written sequences', () => {
    fc.assert(
      fc.property(dataset, ({ base, rows }) => {
        const header = ['id', ...Array.from({ length: base.width }, (_, t) => `t${t + 1}`)];
        const lines = rows.map((row, i) => {
          const cells = row.map((s) => base.labels[s] as string);
          while (cells.length < base.width) cells.push(base.filler);
          return [`s${i}`, ...cells].map(writeCell).join(',');
        });
        const text = [header.join(','), ...lines].join(base.eol) + base.eol;
        const outcome = readWideSequences(text, 'gen.csv');
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const set = outcome.structure;
        expect(set.ids).toEqual(rows.map((_, i) => `s${i}`));
        const used = [...new Set(rows.flat().map((s) => base.labels[s] as string))].sort();
        expect(set.alphabet).toEqual(used);
        rows.forEach((row, i) => {
          const back = [...sequenceAt(set, i)].map((s) => set.alphabet[s]);
          expect(back).toEqual(row.map((s) => base.labels[s]));
        });
      }),
      { numRuns: 200 },
    );
  });
});
