/**
 * The fast matcher: gives exactly the matches and cue decisions of reference-matcher.ts with one
 * pass of an Aho–Corasick automaton (key-automaton.ts) over the entry instead of hundreds of
 * RegExp scans. Each pattern with a finite language is expanded into fixed-width paths
 * (literal-paths.ts), each path indexed by its longest literal run; a key found at offset q means
 * the path can only match at q − (the run's offset in the path), where a few characters are
 * checked (path-check.ts). Patterns outside that subset keep their RegExp, which runs only when
 * one of their literal keys (pattern-keys.ts) occurs in the entry, or always when they have none.
 * Compiled once per lexicon object (WeakMap); lexicons are treated as immutable values.
 */
import { PATTERN_FLAGS } from './compile-lexicon.js';
import { clauseEnd, clauseStart } from './cue-windows.js';
import {
  sortMatches,
  TERM_LISTS,
  type CueKind,
  type EntryMatches,
  type Matcher,
  type TermListName,
  type TermMatch,
} from './entry-matches.js';
import {
  buildKeyAutomaton,
  emptyHits,
  scanKeys,
  type KeyAutomaton,
  type KeyHits,
} from './key-automaton.js';
import type { Lexicon } from './lexicon.js';
import { literalPaths, type LiteralPath } from './literal-paths.js';
import { pathKey, PathTable } from './path-check.js';
import { patternKeys } from './pattern-keys.js';
import { referenceMatcher } from './reference-matcher.js';

/** A pattern of a term list (`list` indexes TERM_LISTS, else -1) or of a cue side (0–3). */
interface Owner {
  list: number;
  term: number;
  /** Cue sides: negation before, negation after, background before, background after; else -1. */
  side: number;
}

interface RegexPattern extends Owner {
  regex: RegExp;
}

interface FastLexicon {
  automaton: KeyAutomaton;
  paths: PathTable;
  /** Per path pattern id: its owner, and the id of its first path (the rest follow). */
  owners: Owner[];
  firstPath: number[];
  /** Per key id, flat: the paths it anchors (`targetPath`) at `targetOffset` into the path. */
  targetStart: Int32Array;
  targetPath: Int32Array;
  targetOffset: Int32Array;
  /** Per target: 1 when its path is a cue's (checked per window later, not now). */
  targetCue: Uint8Array;
  /** Per key id: the RegExp patterns it lets run, and 1 when there are any. */
  regexTargets: number[][];
  keyHasRegex: Uint8Array;
  regexes: RegexPattern[];
  /** RegExp patterns with no key: they run on every entry (or every cue window). */
  unkeyed: number[];
  windows: Record<CueKind, number>;
  scratch: Scratch;
  matcher?: Matcher;
}

/** Buffers reused between entries so the hot path allocates little. */
interface Scratch {
  hits: KeyHits;
  found: Float64Array;
  stamp: Int32Array;
  serial: number;
}

/** Texts longer than this (2^26 UTF-16 units) go to the reference matcher: see `encode`. */
const MAX_TEXT = 1 << 26;
/** Path priorities fit in 6 bits, as literal-paths.ts expands at most MAX_PATHS (64) paths. */
const PATH_SLOTS = 64;

const cache = new WeakMap<Lexicon, FastLexicon>();

class Builder {
  keys = new Map<string, number>();
  /** Per key id: flat (path id, offset) pairs. */
  targets: number[][] = [];
  regexTargets: number[][] = [];
  paths = new PathTable();
  owners: Owner[] = [];
  firstPath: number[] = [];
  regexes: RegexPattern[] = [];
  unkeyed: number[] = [];

  keyId(key: string): number {
    let id = this.keys.get(key);
    if (id === undefined) {
      id = this.keys.size;
      this.keys.set(key, id);
      this.targets.push([]);
      this.regexTargets.push([]);
    }
    return id;
  }

  add(pattern: string, owner: Owner, flags: string): void {
    const paths = literalPaths(pattern);
    const keyed = paths?.map(pathKey);
    if (paths && keyed?.every((k) => k !== null)) return this.addPaths(paths, keyed, owner);
    const id = this.regexes.length;
    this.regexes.push({ ...owner, regex: new RegExp(pattern, flags) });
    const keys = patternKeys(pattern);
    if (!keys) this.unkeyed.push(id);
    for (const k of keys ?? []) this.regexTargets[this.keyId(k)]?.push(id);
  }

  private addPaths(paths: LiteralPath[], keys: { key: string; offset: number }[], o: Owner): void {
    const ids = this.paths.add(paths, this.owners.length);
    this.firstPath.push(ids[0] as number);
    this.owners.push(o);
    keys.forEach(({ key, offset }, i) =>
      this.targets[this.keyId(key)]?.push(ids[i] as number, offset),
    );
  }
}

function addLexicon(b: Builder, lexicon: Lexicon): void {
  TERM_LISTS.forEach((name, list) =>
    lexicon[name].forEach((t, term) => {
      for (const p of t.patterns) b.add(p, { list, term, side: -1 }, `g${PATTERN_FLAGS}`);
    }),
  );
  const sides = [
    lexicon.negation.before,
    lexicon.negation.after,
    lexicon.background.before,
    lexicon.background.after,
  ];
  sides.forEach((cues, side) => {
    for (const p of cues) b.add(p, { list: -1, term: -1, side }, PATTERN_FLAGS);
  });
}

function flatTargets(targets: number[][]) {
  const targetStart = new Int32Array(targets.length + 1);
  targets.forEach((t, k) => (targetStart[k + 1] = (targetStart[k] as number) + t.length / 2));
  const flat = targets.flat();
  return {
    targetStart,
    targetPath: Int32Array.from(flat.filter((_, i) => i % 2 === 0)),
    targetOffset: Int32Array.from(flat.filter((_, i) => i % 2 === 1)),
  };
}

function compileFast(lexicon: Lexicon): FastLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const b = new Builder();
  addLexicon(b, lexicon);
  const targets = flatTargets(b.targets);
  const isCue = (path: number) => (b.owners[b.paths.pattern[path] as number] as Owner).side >= 0;
  const compiled: FastLexicon = {
    automaton: buildKeyAutomaton([...b.keys.keys()]),
    paths: b.paths,
    owners: b.owners,
    firstPath: b.firstPath,
    ...targets,
    targetCue: Uint8Array.from(targets.targetPath, (path) => (isCue(path) ? 1 : 0)),
    regexTargets: b.regexTargets,
    keyHasRegex: Uint8Array.from(b.regexTargets, (ids) => (ids.length > 0 ? 1 : 0)),
    regexes: b.regexes,
    unkeyed: b.unkeyed,
    windows: {
      negation: lexicon.negation.windowUtf16,
      background: lexicon.background.windowUtf16,
    },
    scratch: {
      hits: emptyHits(),
      found: new Float64Array(256),
      stamp: new Int32Array(b.regexes.length),
      serial: 0,
    },
  };
  cache.set(lexicon, compiled);
  return compiled;
}

/** A path match as one sortable number: pattern, then start, then path priority. */
function encode(pattern: number, start: number, priority: number): number {
  return pattern * MAX_TEXT * PATH_SLOTS + start * PATH_SLOTS + priority;
}

/** Candidate positions of cue paths (checked later, per window) and cue RegExps to try. */
interface CueCandidates {
  /** Flat pairs: path id, start. */
  paths: number[];
  /** Flat triples: RegExp pattern id, key start, key end (the key must lie inside the window). */
  regexKeys: number[];
}

/** One pass over the keys found: list-path matches into `found`, cue candidates aside. */
function collectHits(f: FastLexicon, text: string, cues: CueCandidates): number {
  const { hits } = f.scratch;
  const { paths, targetStart, targetPath, targetOffset, targetCue } = f;
  const serial = ++f.scratch.serial;
  // RegExps without keys run on every entry: mark them as found.
  for (const id of f.unkeyed) f.scratch.stamp[id] = serial;
  const length = text.length;
  let n = 0;
  for (let h = 0; h < hits.count; h++) {
    const key = hits.data[h * 2] as number;
    const q = hits.data[h * 2 + 1] as number;
    const to = targetStart[key + 1] as number;
    for (let t = targetStart[key] as number; t < to; t++) {
      const path = targetPath[t] as number;
      const p = q - (targetOffset[t] as number);
      if (p < 0 || p + (paths.width[path] as number) > length) continue;
      if (targetCue[t] === 1) cues.paths.push(path, p);
      else if (paths.matchesAt(path, text, p, 0, length)) {
        const pattern = paths.pattern[path] as number;
        n = pushFound(f, n, encode(pattern, p, paths.priority[path] as number));
      }
    }
    if (f.keyHasRegex[key] === 1) regexHit(f, key, q, serial, cues);
  }
  return n;
}

function regexHit(
  f: FastLexicon,
  key: number,
  q: number,
  serial: number,
  cues: CueCandidates,
): void {
  for (const id of f.regexTargets[key] as number[]) {
    if ((f.regexes[id] as RegexPattern).side >= 0) {
      cues.regexKeys.push(id, q, q + (f.automaton.keyLength[key] as number));
    } else f.scratch.stamp[id] = serial;
  }
}

function pushFound(f: FastLexicon, n: number, value: number): number {
  if (n === f.scratch.found.length) {
    const grown = new Float64Array(n * 2);
    grown.set(f.scratch.found);
    f.scratch.found = grown;
  }
  f.scratch.found[n] = value;
  return n + 1;
}

/**
 * The first n numbers ascending. An entry finds a few dozen path matches, where an insertion sort
 * beats the built-in typed-array sort (and the view it needs); longer entries use the built-in.
 */
function sortPrefix(values: Float64Array, n: number): Float64Array {
  if (n > 32) return values.subarray(0, n).sort();
  for (let i = 1; i < n; i++) {
    const v = values[i] as number;
    let j = i - 1;
    for (; j >= 0 && (values[j] as number) > v; j--) values[j + 1] = values[j] as number;
    values[j + 1] = v;
  }
  return values;
}

/**
 * Path matches as a global RegExp would return them: per pattern, the leftmost start at or after
 * the previous match's end, and at that start the first path in backtracking order.
 */
function emitPathMatches(f: FastLexicon, n: number, out: TermMatch[][]): void {
  const found = sortPrefix(f.scratch.found, n);
  let pattern = -1;
  let lastIndex = 0;
  for (let i = 0; i < n; i++) {
    const v = found[i] as number;
    const id = Math.floor(v / (MAX_TEXT * PATH_SLOTS));
    const rest = v - id * MAX_TEXT * PATH_SLOTS;
    const start = Math.floor(rest / PATH_SLOTS);
    if (id !== pattern) [pattern, lastIndex] = [id, 0];
    if (start < lastIndex) continue;
    const path = (f.firstPath[id] as number) + rest - start * PATH_SLOTS;
    const owner = f.owners[id] as Owner;
    lastIndex = start + (f.paths.width[path] as number);
    (out[owner.list] as TermMatch[]).push({ term: owner.term, start, end: lastIndex });
  }
}

function emitRegexMatches(f: FastLexicon, text: string, out: TermMatch[][]): void {
  const { stamp, serial } = f.scratch;
  for (let id = 0; id < f.regexes.length; id++) {
    const r = f.regexes[id] as RegexPattern;
    if (r.side >= 0 || stamp[id] !== serial) continue;
    r.regex.lastIndex = 0;
    for (let m = r.regex.exec(text); m !== null; m = r.regex.exec(text)) {
      if (m[0].length === 0) r.regex.lastIndex++;
      else
        (out[r.list] as TermMatch[]).push({
          term: r.term,
          start: m.index,
          end: m.index + m[0].length,
        });
    }
  }
}

/**
 * One entry's matches and cue candidates. A class rather than closures: its methods are shared,
 * so classifying an entry creates no functions (which tsx's keep-names transform makes costly).
 */
class FastEntryMatches implements EntryMatches {
  /** Serial of the window each cue RegExp was last tried in, so each runs once per window. */
  private window = 0;
  constructor(
    private readonly f: FastLexicon,
    private readonly text: string,
    private readonly cues: CueCandidates,
    private readonly out: TermMatch[][],
  ) {}

  list(name: TermListName): TermMatch[] {
    return this.out[TERM_LISTS.indexOf(name)] as TermMatch[];
  }

  cancelled(kind: CueKind, bounds: number[], start: number, end: number): boolean {
    const side = kind === 'negation' ? 0 : 2;
    const window = this.f.windows[kind];
    const lo = clauseStart(bounds, start, window);
    if (start > lo && this.cueIn(side, lo, start)) return true;
    const hi = clauseEnd(bounds, this.text.length, end, window);
    return hi > end && this.cueIn(side + 1, end, hi);
  }

  /** True when a cue of `side` matches inside [lo, hi) as if the text were cut there. */
  private cueIn(side: number, lo: number, hi: number): boolean {
    const { f, cues, text } = this;
    const { paths } = f;
    for (let i = 0; i < cues.paths.length; i += 2) {
      const path = cues.paths[i] as number;
      if ((f.owners[paths.pattern[path] as number] as Owner).side !== side) continue;
      const p = cues.paths[i + 1] as number;
      const fits = p >= lo && p + (paths.width[path] as number) <= hi;
      if (fits && paths.matchesAt(path, text, p, lo, hi)) return true;
    }
    return this.cueRegexIn(side, lo, hi);
  }

  /** Cue RegExps (outside the path subset) whose key lies inside the window, and unkeyed ones. */
  private cueRegexIn(side: number, lo: number, hi: number): boolean {
    const { f, cues } = this;
    const serial = ++f.scratch.serial;
    this.window = serial;
    for (let i = 0; i < cues.regexKeys.length; i += 3) {
      const id = cues.regexKeys[i] as number;
      const inside =
        (cues.regexKeys[i + 1] as number) >= lo && (cues.regexKeys[i + 2] as number) <= hi;
      if (inside && this.tryCue(id, side, lo, hi)) return true;
    }
    for (const id of f.unkeyed) if (this.tryCue(id, side, lo, hi)) return true;
    return false;
  }

  private tryCue(id: number, side: number, lo: number, hi: number): boolean {
    const r = this.f.regexes[id] as RegexPattern;
    const tried = this.f.scratch.stamp;
    if (r.side !== side || tried[id] === this.window) return false;
    tried[id] = this.window;
    return r.regex.test(this.text.slice(lo, hi));
  }
}

function matchFast(f: FastLexicon, text: string): EntryMatches {
  scanKeys(f.automaton, text, f.scratch.hits);
  const cues: CueCandidates = { paths: [], regexKeys: [] };
  const out: TermMatch[][] = [[], [], [], [], [], []];
  const n = collectHits(f, text, cues);
  emitPathMatches(f, n, out);
  emitRegexMatches(f, text, out);
  for (const list of out) sortMatches(list);
  return new FastEntryMatches(f, text, cues, out);
}

class FastMatcher implements Matcher {
  constructor(
    private readonly f: FastLexicon,
    private readonly lexicon: Lexicon,
  ) {}

  /** Texts too long for the position encoding (`encode`) go to the reference matcher. */
  match(text: string): EntryMatches {
    if (text.length >= MAX_TEXT) return referenceMatcher(this.lexicon).match(text);
    return matchFast(this.f, text);
  }
}

/** The fast matcher for `lexicon`, compiled on first use. */
export function fastMatcher(lexicon: Lexicon): Matcher {
  const f = compileFast(lexicon);
  f.matcher ??= new FastMatcher(f, lexicon);
  return f.matcher;
}
