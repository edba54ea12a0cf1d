/**
 * Compiles a lexicon for fast matching. Each pattern with literal keys (pattern-keys.ts) runs only
 * when one of its keys occurs in the entry, found with one pass of a trigram index over the
 * lower-cased entry; patterns without keys are joined into one alternation per list and always
 * run. Compiled forms are cached per lexicon object; lexicons are treated as immutable values.
 */
import type { AmbiguityRule, Lexicon, LexiconTerm } from './lexicon.js';
import { compileHistory, type CompiledHistory } from './history-segments.js';
import { patternKeys } from './pattern-keys.js';

interface KeyedPattern {
  term: number;
  regex: RegExp;
}

export interface CompiledList {
  /** Position of the list in the lexicon, which indexes `Found`. */
  no: number;
  terms: LexiconTerm[];
  /** Patterns with keys, by global pattern id (see `KeyIndex`). */
  keyed: Map<number, KeyedPattern>;
  /** Alternation of the patterns without keys, one capture group per pattern. */
  rest: RegExp;
  /** For group g (1-based) of `rest`, the term index, or -1 for a pattern's inner groups. */
  restGroupTerm: Int32Array;
}

/** Trigram → the keys starting with it, each with the global id of its pattern. */
export interface KeyIndex {
  byTrigram: Map<number, { key: string; id: number; list: number }[]>;
  /** Bit per trigram hash (20 bits): a cheap rejection before the map lookup. */
  seen: Uint8Array;
}

/** Ids of the keyed patterns whose key occurs in a text, per list number. */
export type Found = number[][];

const HASH_BITS = 20;

export interface CompiledAmbiguity {
  rule: AmbiguityRule;
  term: RegExp;
  senses: { adds: string[]; context: RegExp }[];
  defaultIndex: number;
}

export interface CompiledLexicon {
  keys: KeyIndex;
  /** Author tag → its agency, filled as entries are classified. */
  authorCache: Map<string, { agency: string | null; signals: string[] }>;
  agencies: CompiledList;
  authors: CompiledList;
  events: CompiledList;
  framings: CompiledList;
  instruments: CompiledList;
  signals: CompiledList;
  negationBefore: RegExp;
  negationAfter: RegExp;
  backgroundBefore: RegExp;
  backgroundAfter: RegExp;
  refusal: RegExp;
  history: CompiledHistory;
  ambiguities: CompiledAmbiguity[];
}

/** Case-insensitive matching, as the lexicon's patterns are written for mixed-case exports. */
export const PATTERN_FLAGS = 'i';

const cache = new WeakMap<Lexicon, CompiledLexicon>();

/** Number of capture groups a pattern holds (a RegExp that matches the empty string reveals it). */
export function groupCount(pattern: string): number {
  return (new RegExp(`(?:${pattern})|`, PATTERN_FLAGS).exec('')?.length ?? 1) - 1;
}

/** Two-character keys (abbreviations such as GP, MH, RP) get a separate hash space. */
function bigram(text: string, i: number): number {
  return (1 << 30) | ((text.charCodeAt(i) & 0x3ff) << 10) | (text.charCodeAt(i + 1) & 0x3ff);
}

function trigram(text: string, i: number): number {
  return (
    ((text.charCodeAt(i) & 0x3ff) << 20) |
    ((text.charCodeAt(i + 1) & 0x3ff) << 10) |
    (text.charCodeAt(i + 2) & 0x3ff)
  );
}

function addKey(index: KeyIndex, key: string, id: number, listNo: number): void {
  const t = key.length >= 3 ? trigram(key, 0) : bigram(key, 0);
  const list = index.byTrigram.get(t) ?? [];
  list.push({ key, id, list: listNo });
  index.byTrigram.set(t, list);
  const h = t & ((1 << HASH_BITS) - 1);
  index.seen[h >>> 3] = (index.seen[h >>> 3] as number) | (1 << (h & 7));
}

function compileList(
  terms: LexiconTerm[],
  index: KeyIndex,
  nextId: () => number,
  no: number,
): CompiledList {
  const keyed = new Map<number, KeyedPattern>();
  const parts: string[] = [];
  const groups: number[] = [];
  terms.forEach((t, term) => {
    for (const p of t.patterns) {
      const keys = patternKeys(p);
      if (keys) {
        const id = nextId();
        keyed.set(id, { term, regex: new RegExp(p, `g${PATTERN_FLAGS}`) });
        for (const k of keys) addKey(index, k, id, no);
        continue;
      }
      parts.push(`(${p})`);
      groups.push(term);
      for (let k = groupCount(p); k > 0; k--) groups.push(-1);
    }
  });
  const rest = new RegExp(parts.length ? parts.join('|') : '(?!)', `g${PATTERN_FLAGS}`);
  return { no, terms, keyed, rest, restGroupTerm: Int32Array.from(groups) };
}

/** Joins cue patterns into one case-insensitive RegExp (never matching when the list is empty). */
export function anyOf(patterns: string[], flags = PATTERN_FLAGS): RegExp {
  return new RegExp(patterns.length ? patterns.map((p) => `(?:${p})`).join('|') : '(?!)', flags);
}

function compileAmbiguity(rule: AmbiguityRule): CompiledAmbiguity {
  return {
    rule,
    term: new RegExp(rule.pattern, `g${PATTERN_FLAGS}`),
    senses: rule.senses.map((s) => ({
      adds: s.adds,
      context: anyOf(s.context, `g${PATTERN_FLAGS}`),
    })),
    defaultIndex: Math.max(
      0,
      rule.senses.findIndex((s) => s.sense === rule.defaultSense),
    ),
  };
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const keys: KeyIndex = { byTrigram: new Map(), seen: new Uint8Array(1 << (HASH_BITS - 3)) };
  let id = 0;
  let no = 0;
  const nextId = () => id++;
  const list = (terms: LexiconTerm[]) => compileList(terms, keys, nextId, no++);
  const compiled: CompiledLexicon = {
    keys,
    authorCache: new Map(),
    agencies: list(lexicon.agencies),
    authors: list(lexicon.authors),
    events: list(lexicon.events),
    framings: list(lexicon.framings),
    instruments: list(lexicon.instruments),
    signals: list(lexicon.signals),
    negationBefore: anyOf(lexicon.negation.before),
    negationAfter: anyOf(lexicon.negation.after),
    backgroundBefore: anyOf(lexicon.background.before),
    backgroundAfter: anyOf(lexicon.background.after),
    refusal: anyOf(lexicon.refusal),
    history: compileHistory(lexicon.history),
    ambiguities: lexicon.ambiguities.map(compileAmbiguity),
  };
  cache.set(lexicon, compiled);
  return compiled;
}

/** The keyed patterns whose key occurs in `text` (one pass over its lower-cased form). */
export function candidates(index: KeyIndex, text: string): Found {
  const lower = text.toLowerCase();
  const out: Found = [];
  const mask = (1 << HASH_BITS) - 1;
  for (let i = 0; i + 2 <= lower.length; i++) {
    if (lower.charCodeAt(i) === 32) continue; // keys are trimmed: none starts with a space
    if (i + 3 <= lower.length) lookUp(index, lower, i, trigram(lower, i), mask, out);
    lookUp(index, lower, i, bigram(lower, i), mask, out);
  }
  return out;
}

function lookUp(
  index: KeyIndex,
  lower: string,
  i: number,
  t: number,
  mask: number,
  out: Found,
): void {
  const h = t & mask;
  if (((index.seen[h >>> 3] as number) & (1 << (h & 7))) === 0) return;
  for (const k of index.byTrigram.get(t) ?? []) {
    if (!lower.startsWith(k.key, i)) continue;
    const ids = (out[k.list] ??= []);
    if (!ids.includes(k.id)) ids.push(k.id);
  }
}

/** A match of one term: its list index and span in UTF-16 code units (end exclusive). */
export interface TermMatch {
  term: number;
  start: number;
  end: number;
}

function collect(
  re: RegExp,
  text: string,
  termOf: (m: RegExpExecArray) => number,
  out: TermMatch[],
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ term: termOf(m), start: m.index, end: m.index + m[0].length });
  }
}

/**
 * Matches of a list's terms in `text`, by start then term order. `found` is `candidates(...)` for
 * this text; without it every keyed pattern is tried (same result, slower).
 */
export function scan(list: CompiledList, text: string, found?: Found): TermMatch[] {
  const out: TermMatch[] = [];
  const ids = found ? (found[list.no] ?? []) : list.keyed.keys();
  for (const id of ids) {
    const p = list.keyed.get(id);
    if (p) collect(p.regex, text, () => p.term, out);
  }
  collect(list.rest, text, (m) => restTerm(list, m), out);
  return out.sort((a, b) => a.start - b.start || a.term - b.term || a.end - b.end);
}

function restTerm(list: CompiledList, m: RegExpExecArray): number {
  for (let g = 1; g < m.length; g++) {
    const term = list.restGroupTerm[g - 1] as number;
    if (m[g] !== undefined && term !== -1) return term;
  }
  return 0;
}
