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
import { compileLexicon, PATTERN_FLAGS } from './compile-lexicon.js';
import { clauseEnd, clauseStart } from './cue-windows.js';
import {
  ALL_LISTS,
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
  /** Per target: the cue side of its path (checked per window later, not now), else -1. */
  targetSide: Int8Array;
  /** Per target: the term list of its path (index into TERM_LISTS), or -1 for a cue's. */
  targetList: Int8Array;
  /** Number of paths: cue candidates are encoded as start × pathSpace + path. */
  pathSpace: number;
  /**
   * Per key id, flat: the RegExp patterns it lets run are `regexTargetId[regexTargetStart[key]]`
   * up to `regexTargetStart[key + 1]` (typed arrays: this is read for every key found).
   */
  regexTargetStart: Int32Array;
  regexTargetId: Int32Array;
  regexes: RegexPattern[];
  /** Per RegExp pattern: its cue side (or -1) and its term list (or -1), as in `regexes`. */
  regexSide: Int8Array;
  regexList: Int8Array;
  /** RegExp patterns with no key: they run on every entry (or every cue window). */
  unkeyed: number[];
  /** Per cue side: 1 when an unkeyed cue RegExp of that side exists (it may hold anywhere). */
  unkeyedSide: Uint8Array;
  windows: Record<CueKind, number>;
  /**
   * The refusal cues as one RegExp (compile-lexicon.ts), and per key id 1 for the keys of those
   * cues: an entry where none of them occurs cannot match it, so the RegExp is not run there.
   * `refusalAlways` when some refusal cue has no keys.
   */
  refusal: RegExp;
  refusalKey: Uint8Array;
  refusalAlways: boolean;
  scratch: Scratch;
  matcher?: Matcher;
}

/** Buffers reused between entries so the hot path allocates little. */
interface Scratch {
  hits: KeyHits;
  found: Float64Array;
  stamp: Int32Array;
  serial: number;
  /**
   * List RegExp patterns stamped for the current entry, in the order first stamped: the first
   * `ranCount` of `ran` (a count rather than an array's length, which V8 sets in its runtime).
   */
  ran: Int32Array;
  ranCount: number;
  /**
   * Per list RegExp stamped for the current entry: the last start (UTF-16) of any of its keys in
   * the entry, or NO_KEY_BOUND for one without keys. Every match holds one of its keys
   * (pattern-keys.ts), so no match starts after this: `emitRegexMatches` stops there instead of
   * running a last exec that scans the rest of the entry only to fail.
   */
  lastKey: Int32Array;
}

/** Texts longer than this (2^26 UTF-16 units) go to the reference matcher: see `encode`. */
const MAX_TEXT = 1 << 26;
/** `Scratch.lastKey` of a RegExp without keys: it may match anywhere. */
const NO_KEY_BOUND = 0x7fffffff;
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

  /** Registers the keys of flag patterns (`FastLexicon.refusal`); `complete`: all have keys. */
  flagKeys(patterns: string[]): { ids: number[]; complete: boolean } {
    const keys = patterns.map(patternKeys);
    const ids = keys.flatMap((k) => (k ?? []).map((key) => this.keyId(key)));
    return { ids, complete: keys.every((k) => k !== null) };
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

function flatRegexTargets(targets: number[][]) {
  const regexTargetStart = new Int32Array(targets.length + 1);
  targets.forEach((t, k) => (regexTargetStart[k + 1] = (regexTargetStart[k] as number) + t.length));
  return { regexTargetStart, regexTargetId: Int32Array.from(targets.flat()) };
}

/** The last lexicon compiled: classification asks for the same one entry after entry. */
let last: { lexicon: Lexicon; fast: FastLexicon } | null = null;

function compileFast(lexicon: Lexicon): FastLexicon {
  if (last?.lexicon === lexicon) return last.fast;
  const hit = cache.get(lexicon);
  if (hit) {
    last = { lexicon, fast: hit };
    return hit;
  }
  const b = new Builder();
  addLexicon(b, lexicon);
  const refusal = b.flagKeys(lexicon.refusal);
  const refusalKey = new Uint8Array(b.keys.size);
  for (const id of refusal.ids) refusalKey[id] = 1;
  const targets = flatTargets(b.targets);
  const sideOf = (path: number) => (b.owners[b.paths.pattern[path] as number] as Owner).side;
  const compiled: FastLexicon = {
    automaton: buildKeyAutomaton([...b.keys.keys()]),
    paths: b.paths,
    owners: b.owners,
    firstPath: b.firstPath,
    ...targets,
    targetSide: Int8Array.from(targets.targetPath, sideOf),
    targetList: Int8Array.from(
      targets.targetPath,
      (path) => (b.owners[b.paths.pattern[path] as number] as Owner).list,
    ),
    pathSpace: b.paths.width.length,
    ...flatRegexTargets(b.regexTargets),
    regexes: b.regexes,
    regexSide: Int8Array.from(b.regexes, (r) => r.side),
    regexList: Int8Array.from(b.regexes, (r) => r.list),
    unkeyed: b.unkeyed,
    unkeyedSide: Uint8Array.from([0, 1, 2, 3], (side) =>
      b.unkeyed.some((id) => (b.regexes[id] as RegexPattern).side === side) ? 1 : 0,
    ),
    windows: {
      negation: lexicon.negation.windowUtf16,
      background: lexicon.background.windowUtf16,
    },
    refusal: compileLexicon(lexicon).refusal,
    refusalKey,
    refusalAlways: !refusal.complete,
    scratch: {
      hits: emptyHits(),
      found: new Float64Array(256),
      stamp: new Int32Array(b.regexes.length),
      serial: 0,
      ran: new Int32Array(b.regexes.length),
      ranCount: 0,
      lastKey: new Int32Array(b.regexes.length),
    },
  };
  cache.set(lexicon, compiled);
  last = { lexicon, fast: compiled };
  return compiled;
}

/** A path match as one sortable number: pattern, then start, then path priority. */
function encode(pattern: number, start: number, priority: number): number {
  return pattern * MAX_TEXT * PATH_SLOTS + start * PATH_SLOTS + priority;
}

/**
 * Candidate positions of cue paths (checked later, per window) and cue RegExps to try, kept in
 * position order so a window finds its own by binary search: a scan of every candidate per
 * window made entries of hundreds of thousands of characters quadratic.
 */
interface CueCandidates {
  /** Per cue side: start × pathSpace + path id, ascending once `sortCueSides` has run. */
  sides: number[][];
  /**
   * Flat triples: RegExp pattern id, key start, key end (the key must lie inside the window).
   * Pushed in the order keys are found, which is by ascending key end.
   */
  regexKeys: number[];
  /** Per cue side: how many of `regexKeys` belong to it. */
  regexSides: number[];
}

/** One pass over the keys found: list-path matches into `found`, cue candidates aside. */
function collectHits(f: FastLexicon, text: string, cues: CueCandidates, mask: number): number {
  const { hits } = f.scratch;
  const { paths, targetStart, targetPath, targetOffset, targetSide, targetList, pathSpace } = f;
  const serial = ++f.scratch.serial;
  // RegExps without keys run on every entry: mark them as found.
  f.scratch.ranCount = 0;
  for (const id of f.unkeyed) stampRegex(f, id, serial, mask, NO_KEY_BOUND);
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
      const side = targetSide[t] as number;
      if (side >= 0) pushCue(cues, side, p * pathSpace + path);
      else if (((mask >> (targetList[t] as number)) & 1) === 0) continue;
      else if (paths.matchesFromKey(path, text, p, 0, length)) {
        const pattern = paths.pattern[path] as number;
        n = pushFound(f, n, encode(pattern, p, paths.priority[path] as number));
      }
    }
    if (f.regexTargetStart[key] !== f.regexTargetStart[key + 1])
      regexHit(f, key, q, serial, cues, mask);
  }
  return n;
}

/**
 * Empty lists shared by every entry and never written: a cue side without candidates and a term
 * list the caller does not read (`Matcher.match`) get one of these instead of a fresh array, as
 * most entries have no candidate on most sides and each array was a share of the garbage.
 * Callers only read the lists `EntryMatches.list` returns (classify-entry.ts).
 */
const NO_CUES: number[] = [];
const NO_MATCHES: TermMatch[] = [];

/** Index of each term list in TERM_LISTS, looked up per call of `list` without a search. */
const LIST_INDEX = Object.fromEntries(TERM_LISTS.map((name, i) => [name, i])) as Record<
  TermListName,
  number
>;

/** Appends a candidate to a cue side, giving the side its own list on its first candidate. */
function pushCue(cues: CueCandidates, side: number, value: number): void {
  let list = cues.sides[side] as number[];
  if (list === NO_CUES) cues.sides[side] = list = [];
  list.push(value);
}

/** Lists for the term lists in `mask`; the others share NO_MATCHES. */
function termLists(mask: number): TermMatch[][] {
  const out: TermMatch[][] = [];
  for (let list = 0; list < TERM_LISTS.length; list++)
    out.push(((mask >> list) & 1) === 1 ? [] : NO_MATCHES);
  return out;
}

function regexHit(
  f: FastLexicon,
  key: number,
  q: number,
  serial: number,
  cues: CueCandidates,
  mask: number,
): void {
  const { regexTargetStart, regexTargetId, regexSide } = f;
  const to = regexTargetStart[key + 1] as number;
  for (let t = regexTargetStart[key] as number; t < to; t++) {
    const id = regexTargetId[t] as number;
    const side = regexSide[id] as number;
    if (side >= 0) {
      cues.regexKeys.push(id, q, q + (f.automaton.keyLength[key] as number));
      cues.regexSides[side] = (cues.regexSides[side] as number) + 1;
    } else stampRegex(f, id, serial, mask, q);
  }
}

/**
 * Marks a list RegExp to run on this entry (once, however many of its keys occur), unless its
 * list is not wanted (`mask`), and keeps the last start of its keys found so far (`keyStart`).
 */
function stampRegex(
  f: FastLexicon,
  id: number,
  serial: number,
  mask: number,
  keyStart: number,
): void {
  const side = f.regexSide[id] as number;
  const { stamp, lastKey } = f.scratch;
  if (side < 0 && ((mask >> (f.regexList[id] as number)) & 1) === 0) return;
  if (stamp[id] === serial) {
    if (keyStart > (lastKey[id] as number)) lastKey[id] = keyStart;
    return;
  }
  stamp[id] = serial;
  lastKey[id] = keyStart;
  if (side < 0) f.scratch.ran[f.scratch.ranCount++] = id;
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

/**
 * Every match of each stamped list RegExp, as its global exec loop gives them, except that the
 * loop ends once `lastIndex` passes the last start of the pattern's keys: a further match would
 * start there or later and hold a key, and none starts there (see `Scratch.lastKey`).
 */
function emitRegexMatches(f: FastLexicon, text: string, out: TermMatch[][]): void {
  const { ran, ranCount } = f.scratch;
  for (let i = 0; i < ranCount; i++) {
    const id = ran[i] as number;
    const r = f.regexes[id] as RegexPattern;
    const last = f.scratch.lastKey[id] as number;
    r.regex.lastIndex = 0;
    for (let m = r.regex.exec(text); m !== null; m = nextExec(r.regex, text, last)) {
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

/** The regex's next match, or null without running it when it would start past `last`. */
function nextExec(regex: RegExp, text: string, last: number): RegExpExecArray | null {
  return regex.lastIndex > last ? null : regex.exec(text);
}

/**
 * One entry's matches and cue candidates. A class rather than closures: its methods are shared,
 * so classifying an entry creates no functions (which tsx's keep-names transform makes costly).
 */
export class FastEntryMatches implements EntryMatches {
  /** Serial of the window each cue RegExp was last tried in, so each runs once per window. */
  private window = 0;
  /**
   * Cue candidates (paths and RegExp keys) examined by `cancelled` so far: a count of work, not
   * of time, so tests can check that cue windows stay linear in long entries.
   */
  examined = 0;
  constructor(
    private readonly f: FastLexicon,
    private readonly text: string,
    private readonly cues: CueCandidates,
    private readonly out: TermMatch[][],
    /** False when no key of a refusal cue occurs in the text (see `FastLexicon.refusal`). */
    private readonly mayRefuse: boolean,
  ) {}

  refused(): boolean {
    return this.mayRefuse && this.f.refusal.test(this.text);
  }

  list(name: TermListName): TermMatch[] {
    return this.out[LIST_INDEX[name]] as TermMatch[];
  }

  cancelled(kind: CueKind, bounds: number[], start: number, end: number): boolean {
    const side = kind === 'negation' ? 0 : 2;
    const window = this.f.windows[kind];
    // Most entries hold no cue of a side at all: then no window needs finding or checking.
    if (this.mayHold(side)) {
      const lo = clauseStart(bounds, start, window);
      if (start > lo && this.cueIn(side, lo, start)) return true;
    }
    if (!this.mayHold(side + 1)) return false;
    const hi = clauseEnd(bounds, this.text.length, end, window);
    return hi > end && this.cueIn(side + 1, end, hi);
  }

  /** False when no cue of `side` can hold anywhere in the entry: no candidate was found. */
  private mayHold(side: number): boolean {
    const { cues, f } = this;
    return (
      (cues.sides[side] as number[]).length > 0 ||
      (cues.regexSides[side] as number) > 0 ||
      f.unkeyedSide[side] === 1
    );
  }

  /** True when a cue of `side` matches inside [lo, hi) as if the text were cut there. */
  private cueIn(side: number, lo: number, hi: number): boolean {
    const { f, cues, text } = this;
    const { paths, pathSpace } = f;
    const list = cues.sides[side] as number[];
    for (let i = firstAtLeast(list, lo * pathSpace); i < list.length; i++) {
      this.examined++;
      const v = list[i] as number;
      const p = Math.floor(v / pathSpace);
      if (p > hi) break;
      const path = v - p * pathSpace;
      const fits = p + (paths.width[path] as number) <= hi;
      if (fits && paths.matchesFromKey(path, text, p, lo, hi)) return true;
    }
    return this.cueRegexIn(side, lo, hi);
  }

  /** Cue RegExps (outside the path subset) whose key lies inside the window, and unkeyed ones. */
  private cueRegexIn(side: number, lo: number, hi: number): boolean {
    const { f, cues } = this;
    // Only this side's cue RegExps are tried below: none has a key in the entry, none is unkeyed.
    if (cues.regexSides[side] === 0 && f.unkeyedSide[side] === 0) return false;
    const keys = cues.regexKeys;
    const serial = ++f.scratch.serial;
    this.window = serial;
    // Key ends ascend: start at the first key ending at or after `lo`, stop past `hi`.
    for (let i = firstTripleEndingAtLeast(keys, lo); i < keys.length; i += 3) {
      this.examined++;
      if ((keys[i + 2] as number) > hi) break;
      const inside = (keys[i + 1] as number) >= lo;
      if (inside && this.tryCue(keys[i] as number, side, lo, hi)) return true;
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

/** Index of the first value ≥ `min` in an ascending list. */
function firstAtLeast(list: number[], min: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index (a multiple of 3) of the first triple whose third number (key end) is ≥ `min`. */
function firstTripleEndingAtLeast(triples: number[], min: number): number {
  let lo = 0;
  let hi = triples.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((triples[mid * 3 + 2] as number) < min) lo = mid + 1;
    else hi = mid;
  }
  return lo * 3;
}

/** Sorts each side's cue candidates ascending (few per entry: insertion sort unless many). */
function sortCueSides(sides: number[][]): void {
  for (const list of sides) {
    if (list.length > 32) list.sort((x, y) => x - y);
    else
      for (let i = 1; i < list.length; i++) {
        const v = list[i] as number;
        let j = i - 1;
        for (; j >= 0 && (list[j] as number) > v; j--) list[j + 1] = list[j] as number;
        list[j + 1] = v;
      }
  }
}

function matchFast(f: FastLexicon, text: string, mask: number): EntryMatches {
  scanKeys(f.automaton, text, f.scratch.hits);
  const cues: CueCandidates = {
    sides: [NO_CUES, NO_CUES, NO_CUES, NO_CUES],
    regexKeys: [],
    regexSides: [0, 0, 0, 0],
  };
  const out = termLists(mask);
  const n = collectHits(f, text, cues, mask);
  sortCueSides(cues.sides);
  emitPathMatches(f, n, out);
  emitRegexMatches(f, text, out);
  for (const list of out) sortMatches(list);
  return new FastEntryMatches(f, text, cues, out, f.refusalAlways || anyRefusalKey(f));
}

/** Whether the keys just found (`scratch.hits`) include a refusal cue's. */
function anyRefusalKey(f: FastLexicon): boolean {
  const { data, count } = f.scratch.hits;
  for (let h = 0; h < count; h++) if (f.refusalKey[data[h * 2] as number] === 1) return true;
  return false;
}

class FastMatcher implements Matcher {
  constructor(
    private readonly f: FastLexicon,
    private readonly lexicon: Lexicon,
  ) {}

  /**
   * Texts too long for the position encoding (`encode`) go to the reference matcher. Lists not
   * in `lists` come back empty: their keys are found but no path or RegExp of theirs is tried.
   */
  match(text: string, lists = ALL_LISTS): EntryMatches {
    if (text.length >= MAX_TEXT) return referenceMatcher(this.lexicon).match(text);
    return matchFast(this.f, text, lists);
  }
}

/** The fast matcher for `lexicon`, compiled on first use. */
export function fastMatcher(lexicon: Lexicon): Matcher {
  const f = compileFast(lexicon);
  f.matcher ??= new FastMatcher(f, lexicon);
  return f.matcher;
}
