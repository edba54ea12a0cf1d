/**
 * The literal pre-checks of literal-gate.ts must never fail a text that holds one of their
 * literals: a false answer skips a regex scan (they are exact, so they pass no other text either).
 * Random texts are built from the literals, near misses in other cases, non-ASCII letters and
 * separators, and asked of gates in turn, as the recognizers ask them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alternationGate,
  foldedLiteralGate,
  hasAtSign,
  hasCloseBracket,
  hasColon,
  hasComma,
  hasCommaSpace,
  hasDoubleSpace,
  hasHyphen,
  hasLineBreak,
  hasOpenBracket,
  hasPipe,
  hasSpaceBracket,
  hasSquareBracket,
  includesGate,
  literalGate,
} from '../../src/deid/literal-gate.js';

const LITERALS = [' said', ' street', 'Surgery', 'it’s', '(café', 'Ltd', 'HMP', 'about'];
const PIECES = [
  ...LITERALS,
  ...[' SAID', ' Street', 'surgery', "it's", '(cafe', 'LTD', 'Hmp', 'abou', 'bout'],
  ...['ſ', 'é', '’', ' ', '\t', '\n', ',', 'x', 'St', 'a', 'id', '(', '🙂'],
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('literalGate', () => {
  const gates = LITERALS.map((literal) => ({ literal, gate: literalGate([literal]) }));
  const all = literalGate(LITERALS);

  it('never says false for a text that holds one of its literals', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const { literal, gate } of gates) if (t.includes(literal)) expect(gate(t)).toBe(true);
        if (LITERALS.some((l) => t.includes(l))) expect(all(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('says whether a text of any length holds a literal; passes what it cannot model', () => {
    expect(literalGate([' said'])('she sat down')).toBe(false);
    expect(literalGate(['ab', 'Surgery'])('no')).toBe(true);
    expect(literalGate(['Surgery'])('x'.repeat(5000))).toBe(false);
    expect(literalGate(['Surgery'])(`${'x'.repeat(5000)}Surgery`)).toBe(true);
  });

  it('says true only for a text that holds one of its literals', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const { literal, gate } of gates) expect(gate(t)).toBe(t.includes(literal));
        expect(all(t)).toBe(LITERALS.some((l) => t.includes(l)));
      }),
      { numRuns: 1000 },
    );
  });

  it('answers as a plain alternation does, short literals included', () => {
    const patterns = [/ said|Surgery|Ltd|HMP/, /Ltd|St|about/, /Crisis House|Hub|id/];
    const gatesOf = patterns.map((p) => ({ p, gate: alternationGate(p) }));
    fc.assert(
      fc.property(text, (t) => {
        for (const { p, gate } of gatesOf) expect(gate(t)).toBe(p.test(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads an alternation gate off a plain case-sensitive regex only', () => {
    expect(alternationGate(/Ltd|Limited|LLP/)('Moss Ward LLP')).toBe(true);
    expect(() => alternationGate(/Ltd|[Ll]imited/)).toThrow();
    expect(() => alternationGate(/ltd|llp/i)).toThrow();
  });

  it('folded gates say whether a text holds a literal with ASCII letters in any case', () => {
    // ASCII capitals lowered, nothing else: what a regex with `i` and without `u` compares.
    const lowerAscii = (t: string) => t.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const folded = LITERALS.map((literal) => ({ literal, gate: foldedLiteralGate([literal]) }));
    // Literals that share folded forms and suffixes with each other and with the exact gates.
    const overlapping = foldedLiteralGate(['SAID', 'street ', 'bout', 'T’S']);
    fc.assert(
      fc.property(text, (t) => {
        const lower = lowerAscii(t);
        for (const { literal, gate } of folded) {
          expect(gate(t)).toBe(lower.includes(lowerAscii(literal)));
        }
        const want = ['said', 'street ', 'bout', 't’s'].some((l) => lower.includes(l));
        expect(overlapping(t)).toBe(want);
        for (const { literal, gate } of gates) expect(gate(t)).toBe(t.includes(literal));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers as `includes` for the literal sets that stand in for `includes` in the rules', () => {
    // The sets the rules' `text.includes(…) || …` pre-checks became (location, address fields,
    // organisations, contact cards, sign-offs, kin cues, speaker labels, nicknames, call signs,
    // HL7, phones, collar numbers, crime references, ages).
    const sets = [
      [') of', ', of', ')\tof', ',\tof'],
      ['not to enter', ' covers '],
      [' Heath', ' Fen', ' Marsh'],
      ['ddress', 'DDRESS', 'ome'],
      ['Yours', 'egards', 'wishes', 'hanks', 'Thank you', 'Cheers'],
      [' From ', '\tFrom'],
      [' — ', ' – '],
      [' ("', ' (“', " ('"],
      ['BEGIN:VCARD', 'BEGIN:VCALENDAR'],
      ['ish', '-odd'],
      [' · '],
      ['&nbsp;'],
    ];
    const pieces = [
      ...sets.flat(),
      ...['of', ' (', '(', '"', '“', "'", '—', '–', '-', '·', '\t', ' ', 'BEGIN:V', 'CARD'],
      ...['Ye', 'ours', 'HEATH', 'heath', 'Thank', 'you', 'nbsp', '&', ';', 'x', 'é', '\n'],
    ];
    const random = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    const gatesOf = sets.map((set) => ({ set, gate: literalGate(set) }));
    fc.assert(
      fc.property(random, (t) => {
        for (const { set, gate } of gatesOf) expect(gate(t)).toBe(set.some((l) => t.includes(l)));
      }),
      { numRuns: 2000 },
    );
  });

  it('includes gates answer as `includes` for literals of any length', () => {
    const sets = [['\n'], [' ('], ['  '], ['a', 'é'], ['’', ' ("'], ['\t', 'x\ty'], ['🙂']];
    const gatesOf = sets.map((set) => ({ set, gate: includesGate(set) }));
    const shared = [
      { literal: '\n', gate: hasLineBreak },
      { literal: ' (', gate: hasSpaceBracket },
      { literal: '  ', gate: hasDoubleSpace },
      { literal: ':', gate: hasColon },
      { literal: ',', gate: hasComma },
      { literal: ', ', gate: hasCommaSpace },
      { literal: '|', gate: hasPipe },
      { literal: '(', gate: hasOpenBracket },
      { literal: ')', gate: hasCloseBracket },
      { literal: '[', gate: hasSquareBracket },
      { literal: '-', gate: hasHyphen },
      { literal: '@', gate: hasAtSign },
    ];
    const marks = [':', ',', '|', ')', '[', ']', '-', '@', '–'];
    const pieces = [...PIECES, ...marks, ' (', '  ', '\n', '\r\n', 'x\ty', '🙂', '\uD83D'];
    const random = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(random, (t) => {
        for (const { set, gate } of gatesOf) expect(gate(t)).toBe(set.some((l) => t.includes(l)));
        for (const { literal, gate } of shared) expect(gate(t)).toBe(t.includes(literal));
      }),
      { numRuns: 2000 },
    );
    expect(includesGate([])('abc')).toBe(false);
    expect(includesGate(['', 'zz'])('abc')).toBe(true);
  });
});
