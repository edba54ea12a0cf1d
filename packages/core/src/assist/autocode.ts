/**
 * Lexical autocode: find a phrase or a regular expression in the units of texts (log entries,
 * transcript turns, document sections) and widen each hit to what the researcher will code:
 * the match itself, its sentence, or the whole unit. A preview lists the hits; applying chosen
 * hits is the caller's (store) business. All offsets are UTF-16 code units of the source text.
 */
import { assertSafePattern } from './regex-guard.js';
import { sentenceSpans, type UnitSpan } from './sentences.js';
import { isWordChar } from './tokenize.js';

export const AUTOCODE_UNITS = ['match', 'sentence', 'turn'] as const;
export type AutocodeUnit = (typeof AUTOCODE_UNITS)[number];

export interface AutocodeQuery {
  /** A literal phrase (white space in it matches any run of white space) … */
  phrase?: string;
  /** … or a regular expression (JavaScript syntax, `u` flag), checked by assertSafePattern. */
  regex?: string;
  /** Default false: "MASH" also finds "mash". */
  caseSensitive?: boolean;
  /** Default true for phrases, false for regexes: the match may not start or end inside a word. */
  wholeWord?: boolean;
  /** What a hit covers (default `match`); `turn` is the log entry, turn or section. */
  unit?: AutocodeUnit;
  /** Stop after this many hits (default MAX_HITS) and report `truncated`. */
  maxHits?: number;
}

/** A text to search: its units are the spans autocode looks inside (never across). */
export interface AutocodeText {
  sourceId: string;
  text: string;
  units: UnitSpan[];
}

export interface AutocodeHit {
  sourceId: string;
  /** Index of the unit in `AutocodeText.units`. */
  unitIndex: number;
  /** The first match inside the span (UTF-16 offsets into the source text). */
  matchStart: number;
  matchEnd: number;
  /** What would be coded: the match, its sentence(s) or the unit. */
  start: number;
  end: number;
  /** How many matches fall in this span (several matches in one sentence make one hit). */
  matches: number;
}

export interface AutocodeResult {
  hits: AutocodeHit[];
  truncated: boolean;
}

export const MAX_HITS = 5000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The RegExp a query runs; throws UnsafePatternError or SyntaxError with the reason. */
export function compileQuery(query: AutocodeQuery): RegExp {
  const flags = `gu${query.caseSensitive ? '' : 'i'}`;
  if (query.phrase !== undefined && query.regex !== undefined)
    throw new RangeError('give a phrase or a regular expression, not both');
  if (query.phrase !== undefined) {
    const words = query.phrase.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) throw new RangeError('the phrase is empty');
    return new RegExp(words.map(escapeRegExp).join('\\s+'), flags);
  }
  if (query.regex === undefined) throw new RangeError('give a phrase or a regular expression');
  assertSafePattern(query.regex);
  return new RegExp(query.regex, flags);
}

/** Whole-word test: no word character just before the start or just after the end. */
function atWordEdges(text: string, start: number, end: number): boolean {
  return !isWordChar(text[start - 1]) && !isWordChar(text[end]) && end > start;
}

/** Matches of `re` inside one unit, as absolute offsets; empty matches are skipped. */
function matchesIn(text: string, unit: UnitSpan, re: RegExp, wholeWord: boolean): UnitSpan[] {
  const slice = text.slice(unit.start, unit.end);
  const found: UnitSpan[] = [];
  for (const m of slice.matchAll(re)) {
    const start = unit.start + m.index;
    const end = start + m[0].length;
    if (end > start && (!wholeWord || atWordEdges(text, start, end))) found.push({ start, end });
  }
  return found;
}

/** The span a match widens to. */
function widen(text: string, unit: UnitSpan, match: UnitSpan, to: AutocodeUnit): UnitSpan {
  if (to === 'match') return match;
  if (to === 'turn') return unit;
  const sentences = sentenceSpans(text, unit.start, unit.end);
  const first = sentences.find((s) => s.end > match.start) ?? match;
  const last = [...sentences].reverse().find((s) => s.start < match.end) ?? match;
  return { start: Math.min(first.start, match.start), end: Math.max(last.end, match.end) };
}

/** Matches widened and merged: matches that widen to overlapping spans make one hit. */
function hitsInUnit(t: AutocodeText, unitIndex: number, matches: UnitSpan[], to: AutocodeUnit) {
  const unit = t.units[unitIndex] as UnitSpan;
  const hits: AutocodeHit[] = [];
  for (const m of matches) {
    const span = widen(t.text, unit, m, to);
    const prev = hits[hits.length - 1];
    if (prev && span.start < prev.end) {
      prev.end = Math.max(prev.end, span.end);
      prev.matches++;
    } else
      hits.push({
        sourceId: t.sourceId,
        unitIndex,
        matchStart: m.start,
        matchEnd: m.end,
        ...span,
        matches: 1,
      });
  }
  return hits;
}

/** Every hit of the query in the texts' units, in text order, up to `maxHits`. */
export function autocode(texts: AutocodeText[], query: AutocodeQuery): AutocodeResult {
  const re = compileQuery(query);
  const wholeWord = query.wholeWord ?? query.phrase !== undefined;
  const to = query.unit ?? 'match';
  const max = query.maxHits ?? MAX_HITS;
  const hits: AutocodeHit[] = [];
  for (const t of texts)
    for (let u = 0; u < t.units.length; u++) {
      const matches = matchesIn(t.text, t.units[u] as UnitSpan, re, wholeWord);
      hits.push(...hitsInUnit(t, u, matches, to));
      if (hits.length >= max) return { hits: hits.slice(0, max), truncated: true };
    }
  return { hits, truncated: false };
}

/**
 * A one-line snippet of a hit, `before «match» after`: up to `context` UTF-16 units each side
 * of the match, never past `bounds` (by default the hit's own span; pass its unit to show more
 * around a bare match), white space collapsed.
 */
export function hitSnippet(
  text: string,
  hit: AutocodeHit,
  context = 60,
  bounds: UnitSpan = hit,
): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const from = Math.max(bounds.start, hit.matchStart - context);
  const to = Math.min(bounds.end, hit.matchEnd + context);
  const match = flat(text.slice(hit.matchStart, hit.matchEnd));
  const before = flat(text.slice(from, hit.matchStart));
  const after = flat(text.slice(hit.matchEnd, to));
  return `${from > bounds.start ? '…' : ''}${before}«${match}»${after}${to < bounds.end ? '…' : ''}`.trim();
}
