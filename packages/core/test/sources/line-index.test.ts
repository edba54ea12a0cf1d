import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/index.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and UTF-16 columns, CR kept in the line', () => {
    const index = new LineIndex('ab\r\n😀c\n\nd');
    expect(index.lineCount).toBe(4);
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(4)).toEqual({ line: 2, column: 1 });
    expect(index.position(6)).toEqual({ line: 2, column: 3 });
    expect(index.position(8)).toEqual({ line: 3, column: 1 });
    expect(index.position(99)).toEqual({ line: 4, column: 2 });
    expect([index.lineStart(2), index.lineEnd(1), index.lineEnd(4)]).toEqual([4, 3, 10]);
  });

  it('round-trips every offset through line and column', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', '😀', ' ') }), (text) => {
        const index = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const { line, column } = index.position(offset);
          expect(index.offset(line, column)).toBe(offset);
          expect(text.slice(0, offset).split('\n')).toHaveLength(line);
        }
      }),
    );
  });
});
