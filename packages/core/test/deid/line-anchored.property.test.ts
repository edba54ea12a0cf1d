/**
 * `regexMatches` tries a line-anchored pattern (`^` with the `m` flag opening it, no `|` outside a
 * group) at each line's start alone instead of scanning the text. It must give what the plain
 * `exec` loop gives, on random texts of every line terminator (`\n`, `\r`, `\r\n`, U+2028,
 * U+2029), blank and empty lines, labels, names, digits, emoji and non-ASCII letters, for the kinds
 * of pattern the rules use (speaker labels, a transcript speaker, a sign-off spanning two lines)
 * and for edge cases (empty matches, alternatives inside a group, look-behinds, `i`, `u`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAnchored, regexMatches } from '../../src/deid/regex-matches.js';

const PATTERNS: RegExp[] = [
  /^(\p{Lu}{2,}(?:['’-]\p{Lu}+)*):[ \t]/gmu,
  /^[ \t]*(\p{Ll}[\p{Ll}\p{M}]+(?:['’-]\p{Ll}+)*):[ \t]/gmu,
  /^\p{Lu}[\p{L}\p{M}'’-]+, \p{Lu}[\p{L}\p{M}'’-]+(?=[ \t]+\d{1,2}:\d{2}[ \t]*\r?$)/gmu,
  /^--[ \t]*\r?\n[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,3})[ \t]*$/gmu,
  /^(?:\[[\d:./, ]+\]|\d{1,2}[:.]\d{2})[ \t]+(\p{Lu}{2,}):/gmu,
  /^(?:cc|CC)[ \t]+(\p{Lu}\w*)(?=[ \t]*(?:[,;(-]|\r?$))/gmu,
  /^/gm,
  /^(?:a|)/gm,
  /^[ \t]*$/gmu,
  /^(?<=\n)\S+/gm,
  /^\S+/gimu,
  /^(?:x|y)+\s*/gm,
  /^\S+\r?\n\S+/gm,
  /^(?:x|y)+\s*(?:x|y)/gm,
];

const PIECES = [
  ...['\n', '\r', '\r\n', '\u2028', '\u2029', '\n\n', ' ', '\t', '  ', ':', ': ', ',', ', '],
  ...['DC', 'JONES', 'Liz', 'liz', 'ana', 'Ébène', '--', 'cc', 'CC', 'x', 'y', 'a', '[12:03]'],
  ...['09:14', '12', '😂', 'Ō', "O'NEILL", 'Wright, Amir', '-', '(', ';'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((p) => p.join(''));

/** The plain `exec` loop (an empty match moves on one code point). */
function execLoop(pattern: RegExp, s: string): [number, string[]][] {
  const re = new RegExp(pattern.source, pattern.flags);
  const out: [number, string[]][] = [];
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push([m.index, [...m].map((g) => g ?? '')]);
    if (m[0].length === 0) {
      const pair = re.unicode && /[\ud800-\udbff]/.test(s.charAt(re.lastIndex));
      re.lastIndex += pair ? 2 : 1;
    }
  }
  return out;
}

describe('line-anchored patterns', () => {
  it('are tried at line starts with the same matches as the exec loop', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...PATTERNS), (s, pattern) => {
        const fast = regexMatches(pattern, s).map((m): [number, string[]] => [
          m.index,
          [...m].map((g) => g ?? ''),
        ]);
        expect(fast).toEqual(execLoop(pattern, s));
        expect(pattern.lastIndex).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('resume after a match that spans lines, as the exec loop does', () => {
    for (const s of ['x\nx\nx\nx', 'x\r\ny\r\nx y\nx', 'DC\u2028x\u2029y\ny']) {
      for (const pattern of PATTERNS) {
        expect(regexMatches(pattern, s).map((m) => [m.index, m[0]])).toEqual(
          execLoop(pattern, s).map(([i, g]) => [i, g[0]]),
        );
      }
    }
  });

  it('are told apart by the source', () => {
    for (const p of PATTERNS) expect(lineAnchored(p.source)).toBe(true);
    for (const source of ['a^', '^a|b', '(?:^a)', '^a|(b)', '^[|]|x', '\\^a', '^(a)|b']) {
      expect(lineAnchored(source)).toBe(false);
    }
    for (const source of ['^(a|b)', '^[|]', '^\\|', '^a(?:b|c)d', '^[\\]|]x']) {
      expect(lineAnchored(source)).toBe(true);
    }
  });
});
