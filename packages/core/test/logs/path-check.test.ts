/**
 * The path check that skips a path's key (`PathTable.matchesFromKey`) against the full check
 * (`matchesAt`): wherever the key automaton finds a path's key, both must agree, in the whole text
 * and in any window cut from it. Patterns are random sources in the literal-path subset; texts mix
 * the patterns' own characters in both cases with punctuation, non-ASCII letters and spaces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildKeyAutomaton, emptyHits, scanKeys } from '../../src/logs/key-automaton.js';
import { literalPaths } from '../../src/logs/literal-paths.js';
import { pathKey, PathTable, type PathKey } from '../../src/logs/path-check.js';

const atom: fc.Arbitrary<string> = fc.letrec((tie) => ({
  atom: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('a', 'b', 'A', 'c', ' ', '-', '&', '1', '\\.') },
    { weight: 3, arbitrary: fc.constantFrom('[ab]', '[aA]', '[^a]', '\\s', '\\d', '\\w', '.') },
    { weight: 3, arbitrary: fc.constantFrom('\\b', '\\B', '^', '$') },
    { weight: 2, arbitrary: fc.tuple(tie('seq'), tie('seq')).map(([x, y]) => `(?:${x}|${y})`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), tie('seq'))
        .map(([open, x]) => `${open}${x})`),
    },
  ),
  quantified: fc
    .tuple(tie('atom'), fc.constantFrom('', '', '', '?', '{0,2}', '{2}'))
    .map(([a, q]) => a + q),
  seq: fc.array(tie('quantified'), { minLength: 1, maxLength: 5 }).map((xs) => xs.join('')),
})).seq;

const text = fc
  .array(
    fc.constantFrom('a', 'b', 'A', 'B', 'c', 'C', ' ', '-', '&', '1', '.', '_', 'é', '\u00a0'),
    {
      maxLength: 30,
    },
  )
  .map((cs) => cs.join(''));

/**
 * Every (path id, start) the automaton proposes, as the matcher derives them: a path's own key
 * found at q means a start at q − the key's offset. `ids[i]` is the table id of the i-th path.
 */
function candidates(ids: number[], keyed: PathKey[], width: number[], t: string) {
  const keys = [...new Set(keyed.map((k) => k.key))];
  const hits = emptyHits();
  scanKeys(buildKeyAutomaton(keys), t, hits, []);
  const out: [number, number][] = [];
  for (let h = 0; h < hits.count; h++) {
    const key = keys[hits.data[h * 2] as number];
    const q = hits.data[h * 2 + 1] as number;
    keyed.forEach((k, i) => {
      const [id, p] = [ids[i] as number, q - k.offset];
      if (k.key === key && p >= 0 && p + (width[id] as number) <= t.length) out.push([id, p]);
    });
  }
  return out;
}

describe('path check from a found key', () => {
  it('agrees with the full check wherever the key occurs, whole text and windows', () => {
    fc.assert(
      fc.property(atom, text, fc.nat(30), fc.nat(30), (pattern, t, a, b) => {
        const paths = literalPaths(pattern);
        const keyed = paths?.map(pathKey);
        if (!paths || !keyed || keyed.some((k) => k === null)) return;
        const table = new PathTable();
        const ids = table.add(paths, 0);
        const [lo, hi] = [Math.min(a, b, t.length), Math.min(Math.max(a, b), t.length)];
        for (const [path, p] of candidates(ids, keyed as PathKey[], table.width, t)) {
          const full = table.matchesAt(path, t, p, 0, t.length);
          expect(table.matchesFromKey(path, t, p, 0, t.length), `${pattern} @${p}`).toBe(full);
          if (p < lo || p + (table.width[path] as number) > hi) continue;
          expect(table.matchesFromKey(path, t, p, lo, hi)).toBe(
            table.matchesAt(path, t, p, lo, hi),
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('skips only key items whose sets accept exactly what the automaton accepts', () => {
    const table = new PathTable();
    table.add(literalPaths(String.raw`\bofficers?\b`) ?? [], 0);
    expect(table.keyLength).toEqual([8, 7]);
    expect(table.keyOffset).toEqual([0, 0]);
    expect(table.matchesFromKey(0, 'two OFFICERS.', 4, 0, 13)).toBe(true);
    expect(table.matchesFromKey(1, 'two OFFICERS.', 4, 0, 13)).toBe(false);
  });
});
