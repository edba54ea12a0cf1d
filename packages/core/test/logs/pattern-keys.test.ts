import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON, patternKeys } from '../../src/index.js';

const LISTS = [
  DEFAULT_LEXICON.agencies,
  DEFAULT_LEXICON.authors,
  DEFAULT_LEXICON.events,
  DEFAULT_LEXICON.framings,
  DEFAULT_LEXICON.instruments,
  DEFAULT_LEXICON.signals,
];
const PATTERNS = LISTS.flatMap((list) => list.flatMap((t) => t.patterns));

/** Entry-like texts: every line of the fictional demo logs. */
function demoLines(): string[] {
  const root = join(__dirname, '../../../../examples/demo-study/logs');
  return readdirSync(root).flatMap((site) =>
    readdirSync(join(root, site))
      .filter((f) => /\.(txt|csv)$/.test(f))
      .flatMap((f) => readFileSync(join(root, site, f), 'utf8').split('\n')),
  );
}

/** The soundness the prefilter relies on: every match contains one of its pattern's keys. */
function assertSound(pattern: string, text: string): void {
  const keys = patternKeys(pattern);
  if (!keys) return;
  for (const m of text.matchAll(new RegExp(pattern, 'gi'))) {
    const lower = m[0].toLowerCase();
    expect(
      keys.some((k) => lower.includes(k)),
      `${pattern} matched "${m[0]}" without ${keys}`,
    ).toBe(true);
  }
}

describe('patternKeys', () => {
  it('finds literal keys, alternatives, and none when it cannot prove one', () => {
    expect(patternKeys(String.raw`\bPCSOs?\b`)).toEqual(['pcso']);
    expect(patternKeys(String.raw`\b(?:phoned|rang|called)\b`)).toEqual([
      'phoned',
      'rang',
      'called',
    ]);
    expect(patternKeys(String.raw`\bA\s?&\s?E\b`)).toBeNull();
    expect(patternKeys('cat|dog')).toEqual(['cat', 'dog']);
    expect(patternKeys(String.raw`\bGPs?\b`)).toEqual(['gp']);
    expect(patternKeys(String.raw`cat|\d+`)).toBeNull();
    expect(patternKeys(String.raw`\bs\.?\s?136\b`)).toEqual(['136']);
  });

  it('is sound for every default pattern on the demo logs', () => {
    const lines = demoLines();
    expect(lines.length).toBeGreaterThan(500);
    for (const p of PATTERNS) for (const line of lines) assertSound(p, line);
  });

  it('is sound on generated texts built from the lexicon words', () => {
    const words = [...new Set(PATTERNS.join(' ').match(/[A-Za-z0-9&']{2,}/g) ?? [])];
    const texts = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '. ', ', ', '-', '\n')), {
        maxLength: 30,
      })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(texts, (text) => {
        for (const p of PATTERNS) assertSound(p, text);
      }),
      { numRuns: 60 },
    );
  });
});
