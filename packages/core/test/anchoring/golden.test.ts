/**
 * Golden corpus, in hypothesis/client's html-baselines idiom: a fictional transcript, a set of
 * codings, a scripted series of edits, and the expected selectors and results in JSON. After
 * a deliberate change to anchoring, regenerate with `UPDATE_GOLDEN=1 npx vitest run
 * packages/core/test/anchoring/golden.test.ts` and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Anchor, ReanchorResult } from '../../src/index.js';
import { anchorFromResult, describeAnchor, reanchorAll } from '../../src/index.js';
import { expectWellFormed } from './well-formed.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(fixture(name), 'utf8')) as T;

interface CodingSpec {
  id: string;
  code: string;
  /** Coded text and which occurrence of it (0-based)... */
  quote?: string;
  occurrence?: number;
  /** ...or, for a zero-length coding, the text it sits right after. */
  pointAfter?: string;
}

interface Edit {
  why: string;
  find: string;
  replace: string;
}

interface GoldenEntry {
  id: string;
  before: Anchor;
  result: ReanchorResult;
  after: Anchor | null;
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = text.indexOf(needle);
  for (let i = 0; i < n && at !== -1; i++) at = text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`fixture: occurrence ${n} of ${JSON.stringify(needle)} not found`);
  return at;
}

function spanOf(text: string, spec: CodingSpec): [number, number] {
  if (spec.pointAfter !== undefined) {
    const at = nthIndexOf(text, spec.pointAfter, 0) + spec.pointAfter.length;
    return [at, at];
  }
  const quote = spec.quote ?? '';
  const at = nthIndexOf(text, quote, spec.occurrence ?? 0);
  return [at, at + quote.length];
}

function applyEdits(text: string, edits: Edit[]): string {
  return edits.reduce((t, e) => {
    nthIndexOf(t, e.find, 0);
    return t.replace(e.find, () => e.replace);
  }, text);
}

describe('golden corpus: fictional focus-group transcript', () => {
  const v1 = readFileSync(fixture('transcript-v1.txt'), 'utf8');
  const codings = readJson<CodingSpec[]>('codings.json');
  const v2 = applyEdits(v1, readJson<Edit[]>('edits.json'));
  const anchors = codings.map((c) => describeAnchor(v1, ...spanOf(v1, c)));
  const results = reanchorAll(anchors, v2);
  const actual: GoldenEntry[] = codings.map((c, i) => ({
    id: c.id,
    before: anchors[i]!,
    result: results[i]!,
    after: anchorFromResult(results[i]!, v2),
  }));

  it('keeps its CRLF line ends and non-ASCII text byte for byte', () => {
    expect(v1.split('\r\n').length).toBeGreaterThan(10);
    expect(v1).not.toMatch(/[^\r]\n/);
    expect(v1).toContain('Brückenstraße case we waited six hours 😀');
  });

  it('matches the expected selectors and results', () => {
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(fixture('expected.json'), JSON.stringify(actual, null, 2) + '\n');
    }
    expect(actual).toEqual(readJson<GoldenEntry[]>('expected.json'));
  });

  it('exercises every status, and every result is well formed', () => {
    const statuses = new Set(results.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['exact', 'fuzzy', 'orphaned']);
    results.forEach((r, i) => expectWellFormed(r, anchors[i]!, v2));
  });
});
