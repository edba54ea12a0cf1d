/** Shared assertions on re-anchoring results, used by unit, property and golden tests. */
import { expect } from 'vitest';
import type { Anchor, ReanchorResult } from '../../src/index.js';
import {
  MIN_ANCHOR_SCORE,
  SELF_EVIDENT_QUOTE_UTF16,
  splitsSurrogatePair,
} from '../../src/index.js';

/** An unpaired surrogate anywhere in `s` (a string cut through an astral character). */
export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function expectOrphaned(r: ReanchorResult): void {
  expect(r).toEqual({
    status: 'orphaned',
    score: 0,
    startUtf16: null,
    endUtf16: null,
    method: 'none',
  });
}

function expectOffsets(r: ReanchorResult, text: string): [number, number] {
  const { startUtf16: start, endUtf16: end } = r;
  if (start === null || end === null)
    throw new Error(`found result without offsets: ${JSON.stringify(r)}`);
  expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
  expect(0 <= start && start <= end && end <= text.length).toBe(true);
  expect(splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)).toBe(false);
  return [start, end];
}

/**
 * Checks that `r` is a well-formed result for `anchor` in `text`: offsets inside the text and
 * on code point boundaries; orphaned exactly when there are no offsets; exact only where the
 * quote reads verbatim; scores within the documented bounds for each status and method.
 */
export function expectWellFormed(r: ReanchorResult, anchor: Anchor, text: string): void {
  if (r.status === 'orphaned') return expectOrphaned(r);
  const [start, end] = expectOffsets(r, text);
  expect(r.score).toBeLessThanOrEqual(1);
  if (r.status === 'exact') {
    expect(text.slice(start, end)).toBe(anchor.quote.exact);
    expect(['position', 'exact_search']).toContain(r.method);
    if (r.method === 'position') expect(r.score).toBe(1);
    const selfEvident = anchor.quote.exact.length >= SELF_EVIDENT_QUOTE_UTF16;
    if (!selfEvident) expect(r.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE - 1e-9);
  } else {
    expect(r.method).toBe('fuzzy_search');
    expect(r.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE - 1e-9);
    expect(r.score).toBeLessThan(1);
  }
}
