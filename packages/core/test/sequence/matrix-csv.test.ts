/**
 * Square distance-matrix CSV (`seq distance --out matrix.csv`, R's `write.csv(as.matrix(d))`):
 * values read back as the identical doubles, and every malformed matrix gets a positioned
 * diagnostic instead of a wrong tree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceAt, readDistanceMatrix } from '../../src/index.js';

const read = (text: string) => readDistanceMatrix(text, 'm.csv');

function writeMatrix(ids: string[], value: (i: number, j: number) => number): string {
  const rows = ids.map((id, i) => [id, ...ids.map((_, j) => String(value(i, j)))].join(','));
  return [['id', ...ids].join(','), ...rows].join('\n') + '\n';
}

describe('readDistanceMatrix', () => {
  it('reads ids and the upper triangle', () => {
    const outcome = read('"",a,b,c\na,0,1.5,2\nb,1.5,0,3\nc,2,3,0\n');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.structure.ids).toEqual(['a', 'b', 'c']);
    expect([...outcome.structure.distances.values]).toEqual([1.5, 2, 3]);
    expect(distanceAt(outcome.structure.distances, 2, 1)).toBe(3);
  });

  it('reads quoted ids holding commas, CRLF line ends, blank lines and a byte-order mark', () => {
    const quoted = read('"","a,1",b\r\n"a,1",0,4\r\nb,4,0\r\n');
    expect(quoted.ok && quoted.structure.ids).toEqual(['a,1', 'b']);
    const plain = read('\ufeffid,a,b\r\n\r\na, 0 ,4\r\nb,4,0');
    expect(plain.ok && [...plain.structure.distances.values]).toEqual([4]);
    expect(plain.ok && plain.structure.ids).toEqual(['a', 'b']);
  });

  it('gives back every double exactly (shortest round-trip text, as JavaScript writes)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 3 }),
        ([x, y, z]) => {
          const upper = [x, y, z] as number[];
          const at = (i: number, j: number) => (i === j ? 0 : (upper[i + j - 1] as number));
          const outcome = read(writeMatrix(['p', 'q', 'r'], at));
          expect(outcome.ok && [...outcome.structure.distances.values]).toEqual(upper);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses a matrix that is not square, with a bad cell, asymmetric or with a non-zero diagonal', () => {
    const codeAt = (text: string) => {
      const d = read(text).diagnostics[0];
      return d && [d.code, d.line, d.column];
    };
    expect(codeAt('id,a,b\na,0,1\n')).toEqual(['matrix.not_square', 1, 1]);
    expect(codeAt('id,a,b\na,0,x\nb,1,0\n')).toEqual(['matrix.bad_value', 2, 5]);
    expect(codeAt('id,a,b\na,0,-1\nb,-1,0\n')).toEqual(['matrix.bad_value', 2, 5]);
    expect(codeAt('id,a,b\na,0,1\nb,2,0\n')).toEqual(['matrix.not_symmetric', 3, 3]);
    expect(codeAt('id,a,b\na,1,1\nb,1,0\n')).toEqual(['matrix.not_symmetric', 2, 3]);
    expect(codeAt('id,a,b\na,0,1\nb,1\n')).toEqual(['matrix.ragged_row', 3, 4]);
    expect(codeAt('')).toEqual(['matrix.not_square', 1, 1]);
    expect(codeAt('"",a,b\n"a",0,1\nb,2,0\n')).toEqual(['matrix.not_symmetric', 3, 3]);
  });
});
