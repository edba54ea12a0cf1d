/**
 * Replaces identifiers already known (the originals of applied detections) wherever else they
 * occur: older text versions, memos, stored analyses, audit-event payloads. Detection found the
 * spans of the current text; everything else holding text is scrubbed by exact string, so the
 * same spelling gets the same pseudonym everywhere.
 *
 * Matching ignores case (a memo writes `Smith`, a log `SMITH`) and needs a word boundary (no
 * letter or digit) on both sides, so `Ann` is not replaced inside `Annual`. Short all-digit
 * originals (ages, short collar numbers: under 5 digits) are not scrubbed blindly: they would
 * corrupt times and counts (`10:34`), and without their context they identify nobody.
 *
 * A memo says `Kwame` where the log said `Kwame SMITH`, so the words of a full PERSON name are
 * known too, matched only as written, in Title case or in UPPER case (`will` stays a verb): the
 * person's pseudonym when one person has that word, `[PERSON]` when several share it (a
 * surname). Words under three letters, titles and ranks, and given names that are also
 * everyday words (`Rose`, `Will`: core's ambiguous given names) are not scrubbed alone.
 */
import type { EntityType } from '../entity-types.js';
import { ambiguousGivenNames } from '../names/given-names.js';
import { personTokens } from './canonical-form.js';
import { OffsetMap, type ReplacedSegment } from './offset-map.js';

export interface KnownIdentifier {
  /** The identifier as it appeared in a text. */
  original: string;
  /** Its pseudonym or placeholder, as written into the redacted text. */
  replacement: string;
  /** Its type; the words of a PERSON name are scrubbed on their own too. */
  type?: EntityType;
}

interface Entry {
  replacement: string;
  /** Set for name words: only these spellings are replaced. */
  spellings?: Set<string>;
}

export interface ScrubbedText {
  text: string;
  offsetMap: OffsetMap;
}

export interface QuoteWindow {
  prefix: string;
  exact: string;
  suffix: string;
}

/** Shortest piece of a cut identifier, at the edge of a quote, that is replaced. */
export const MIN_FRAGMENT_UTF16 = 3;

const WORD_CHAR = /[\p{L}\p{N}]/u;

function scrubbable(original: string): boolean {
  const t = original.trim();
  if (t.length < 2) return false;
  return !(/^\d+$/.test(t) && t.length < 5);
}

const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** The words of a full name worth scrubbing alone (see the module comment). */
function nameWords(original: string): string[] {
  const words = original.split(/[\s,]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, ''));
  if (words.filter((w) => w.length > 0).length < 2) return [];
  return words.filter(
    (w) =>
      w.length >= 3 && personTokens(w).length === 1 && !ambiguousGivenNames().has(w.toLowerCase()),
  );
}

/** Name words of every full PERSON name, each with its spellings and one replacement. */
function nameWordEntries(known: readonly KnownIdentifier[]): Map<string, Entry> {
  const labels = new Map<string, Set<string>>();
  const spellings = new Map<string, Set<string>>();
  for (const k of known) {
    if (k.type !== 'PERSON') continue;
    for (const word of nameWords(k.original)) {
      const key = word.toLowerCase();
      if (!labels.has(key)) labels.set(key, new Set());
      labels.get(key)!.add(k.replacement);
      spellings.set(key, new Set([word, titleCase(word), word.toUpperCase()]));
    }
  }
  const entries = new Map<string, Entry>();
  for (const [key, set] of labels) {
    const replacement = set.size === 1 ? [...set][0]! : '[PERSON]';
    entries.set(key, { replacement, spellings: spellings.get(key)! });
  }
  return entries;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isBoundary(text: string, index: number): boolean {
  return index < 0 || index >= text.length || !WORD_CHAR.test(text.charAt(index));
}

export class IdentifierScrubber {
  private readonly byLower = new Map<string, Entry>();
  private readonly pattern: RegExp | null;

  constructor(known: readonly KnownIdentifier[]) {
    for (const k of known) {
      if (scrubbable(k.original)) this.byLower.set(k.original.toLowerCase(), k);
    }
    for (const [key, entry] of nameWordEntries(known)) {
      if (!this.byLower.has(key)) this.byLower.set(key, entry);
    }
    // Longest first, so `Jean SMITH` wins over `Jean` where both are known.
    const alternatives = [...this.byLower.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    this.pattern =
      alternatives.length === 0
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }

  /** True when nothing is known (every scrub returns its input). */
  get empty(): boolean {
    return this.pattern === null;
  }

  /** `text` with every known identifier replaced, and the map from old to new offsets. */
  scrub(text: string): ScrubbedText {
    const segments: ReplacedSegment[] = [];
    if (this.pattern === null) return { text, offsetMap: new OffsetMap(segments) };
    let shift = 0;
    const out = text.replace(this.pattern, (match: string, offset: number) => {
      const entry = this.byLower.get(match.toLowerCase());
      if (entry === undefined || (entry.spellings && !entry.spellings.has(match))) return match;
      const replacement = entry.replacement;
      const newStart = offset + shift;
      segments.push({
        oldStart: offset,
        oldEnd: offset + match.length,
        newStart,
        newEnd: newStart + replacement.length,
      });
      shift += replacement.length - match.length;
      return replacement;
    });
    return { text: out, offsetMap: new OffsetMap(segments) };
  }

  scrubString(text: string): string {
    return this.pattern === null ? text : this.scrub(text).text;
  }

  /**
   * A quote (prefix, exact, suffix) is a window cut from a text, so an identifier may be cut at
   * its edges (`…n SMITH said`, `called Jea…`). A piece of an identifier at either edge (at least
   * MIN_FRAGMENT_UTF16 long) is replaced, then the window is scrubbed as one string.
   */
  scrubWindow(window: QuoteWindow): QuoteWindow {
    if (this.pattern === null) return window;
    const joined = window.prefix + window.exact + window.suffix;
    // Edges first: scrubbing a name word (`SMITH`) would otherwise hide the piece `n SMITH`.
    const edges = this.scrubEdges(joined);
    const whole = this.scrub(edges.text);
    const map = (offset: number, bias: 'start' | 'end') =>
      whole.offsetMap.map(edges.offsetMap.map(offset, bias), bias);
    const exactStart = map(window.prefix.length, 'start');
    const exactEnd = Math.max(exactStart, map(window.prefix.length + window.exact.length, 'end'));
    return {
      prefix: whole.text.slice(0, exactStart),
      exact: whole.text.slice(exactStart, exactEnd),
      suffix: whole.text.slice(exactEnd),
    };
  }

  /** Walks JSON data: strings and keys scrubbed, quote objects scrubbed as windows. */
  scrubJson(value: unknown): unknown {
    if (this.pattern === null) return value;
    if (typeof value === 'string') return this.scrubString(value);
    if (Array.isArray(value)) return value.map((v) => this.scrubJson(v));
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(record)) out[this.scrubString(key)] = this.scrubJson(v);
    if (isQuote(record)) Object.assign(out, this.scrubWindow(record));
    return out;
  }

  private scrubEdges(text: string): ScrubbedText {
    const segments: ReplacedSegment[] = [];
    const head = this.edgeFragment(text, 'head');
    const tail = this.edgeFragment(text, 'tail');
    let out = text;
    let headShift = 0;
    if (head) {
      out = head.replacement + out.slice(head.length);
      segments.push({
        oldStart: 0,
        oldEnd: head.length,
        newStart: 0,
        newEnd: head.replacement.length,
      });
      headShift = head.replacement.length - head.length;
    }
    if (tail && text.length - tail.length >= (head?.length ?? 0)) {
      const oldStart = text.length - tail.length;
      out = out.slice(0, out.length - tail.length) + tail.replacement;
      const newStart = oldStart + headShift;
      segments.push({
        oldStart,
        oldEnd: text.length,
        newStart,
        newEnd: newStart + tail.replacement.length,
      });
    }
    return { text: out, offsetMap: new OffsetMap(segments) };
  }

  /** The longest proper piece of a known identifier at the head (its end) or tail (its start). */
  private edgeFragment(
    text: string,
    side: 'head' | 'tail',
  ): { length: number; replacement: string } | undefined {
    const lower = text.toLowerCase();
    let best: { length: number; replacement: string } | undefined;
    for (const [original, { replacement, spellings }] of this.byLower) {
      if (spellings) continue;
      const max = Math.min(original.length - 1, text.length);
      for (let n = max; n >= MIN_FRAGMENT_UTF16 && n > (best?.length ?? 0); n -= 1) {
        const piece = side === 'head' ? original.slice(original.length - n) : original.slice(0, n);
        const at = side === 'head' ? 0 : text.length - n;
        const boundary = side === 'head' ? isBoundary(text, n) : isBoundary(text, at - 1);
        if (boundary && lower.startsWith(piece, at)) best = { length: n, replacement };
      }
    }
    return best;
  }
}

function isQuote(record: Record<string, unknown>): record is Record<string, unknown> & QuoteWindow {
  return (
    typeof record.prefix === 'string' &&
    typeof record.exact === 'string' &&
    typeof record.suffix === 'string'
  );
}
