/**
 * Mapping between a row's displayed text and the text version (src/coding/row-offsets.ts), on
 * generated rows: lines that start with a letter, separated in the version by blank space and
 * line breaks the parser dropped, as in a log entry's continuation lines or a transcript turn.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { piecesOf, segmentsOf, toDisplay, toSource } from '../src/coding/row-offsets.js';

const line = fc
  .tuple(fc.constantFrom('A', 'b', 'Z', 'é'), fc.string({ maxLength: 20 }))
  .map(([first, rest]) => first + rest.replace(/\n/g, ' '));
const gap = fc.constantFrom('\n', '\n  ', '\r\n\t', '\n\n    ');

/** A row's lines, the version they sit in (after a label), and each line's true offset. */
const row = fc
  .tuple(fc.array(fc.tuple(gap, line), { minLength: 1, maxLength: 5 }), fc.constantFrom('', 'P1: '))
  .map(([parts, label]) => {
    let source = label;
    const offsets: number[] = [];
    parts.forEach(([g, l], i) => {
      if (i > 0) source += g;
      offsets.push(source.length);
      source += l;
    });
    return { display: parts.map(([, l]) => l).join('\n'), source, offsets, start: label.length };
  });

describe('row offsets', () => {
  it('maps every displayed character to its offset in the version and back', () => {
    fc.assert(
      fc.property(row, ({ display, source, offsets, start }) => {
        const pieces = piecesOf(display, source, start);
        expect(pieces).not.toBeNull();
        let at = 0;
        display.split('\n').forEach((text, i) => {
          for (let k = 0; k < text.length; k++) {
            const offset = toSource(pieces!, at + k);
            expect(offset).toBe((offsets[i] as number) + k);
            expect(source[offset]).toBe(display[at + k]);
            expect(toDisplay(pieces!, offset, offset + 1)).toEqual([[at + k, at + k + 1]]);
          }
          at += text.length + 1;
        });
      }),
    );
  });

  it('refuses a row whose text is not verbatim in the version', () => {
    expect(piecesOf('say "hi"', 'x,"say ""hi"""', 0)).toBeNull();
  });

  it('cuts text into segments that each know every span covering them', () => {
    const span = fc.tuple(fc.nat(30), fc.nat(30)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 6 }), (spans) => {
        const tagged = spans.map(([s, e], i): [number, number, number] => [s!, e!, i]);
        const segments = segmentsOf(30, tagged);
        expect(segments[0]?.start).toBe(0);
        expect(segments.at(-1)?.end).toBe(30);
        segments.forEach((seg, i) => {
          if (i > 0) expect(seg.start).toBe(segments[i - 1]!.end);
          const expected = tagged.filter(([s, e]) => s <= seg.start && e >= seg.end && s < e);
          expect(seg.covering.sort()).toEqual(expected.map(([, , t]) => t).sort());
        });
      }),
    );
  });
});
