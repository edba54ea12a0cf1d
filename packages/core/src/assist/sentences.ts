/**
 * Sentence spans inside a unit of text, for autocode's "sentence" unit. A sentence ends after
 * `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by white space, or at a
 * line break; leading and trailing white space is trimmed off each span. This is the
 * punctuation rule of Unicode UAX #29 §4.3 (Sentence Boundaries) without its abbreviation
 * and number cases: transcripts are speech, where "Mr." and "e.g." are rare.
 */

/** A half-open span of UTF-16 offsets. */
export interface UnitSpan {
  start: number;
  end: number;
}

const BREAK = /[.!?\u2026]+["'\u2019\u201d)\]]*\s+|\n+/g;

function trimmed(text: string, start: number, end: number): UnitSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Sentences of `text` between `from` and `to` (UTF-16 offsets), in order. */
export function sentenceSpans(text: string, from = 0, to = text.length): UnitSpan[] {
  const slice = text.slice(from, to);
  const spans: UnitSpan[] = [];
  let start = 0;
  for (const m of slice.matchAll(BREAK)) {
    const end = m.index + m[0].length;
    const span = trimmed(slice, start, end);
    if (span) spans.push({ start: span.start + from, end: span.end + from });
    start = end;
  }
  const last = trimmed(slice, start, slice.length);
  if (last) spans.push({ start: last.start + from, end: last.end + from });
  return spans;
}
