/**
 * The fast matcher: gives exactly the matches and cue decisions of reference-matcher.ts with one
 * pass of an Aho–Corasick automaton (key-automaton.ts) over the entry instead of hundreds of
 * RegExp scans, over the compiled lexicon of fast-lexicon.ts. A key found at offset q means a
 * path can only match at q − (the key's offset in the path), where a few characters are checked
 * (path-check.ts). A pattern outside the path subset keeps its RegExp, which runs only when a key
 * of each of its key groups occurs in the entry (a cue: a key of its first group in the window),
 * or always when it has none. Refusal cues are a cue side whose window is the whole entry.
 */
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
  compileFast,
  REFUSAL_SIDE,
  type FastLexicon,
  type Owner,
  type RegexPattern,
} from './fast-lexicon.js';
import { ALL_INLINE_CUES } from './history-segments.js';
import { scanKeys } from './key-automaton.js';
import type { Lexicon } from './lexicon.js';
import { matchFloor } from './match-alphabet.js';
import { referenceMatcher } from './reference-matcher.js';

/** Texts longer than this (2^26 UTF-16 units) go to the reference matcher: see `encode`. */
const MAX_TEXT = 1 << 26;
/** `Scratch.lastKey` of a RegExp without keys: it may match anywhere. */
const NO_KEY_BOUND = 0x7fffffff;
/** Path priorities fit in 6 bits, as literal-paths.ts expands at most MAX_PATHS (64) paths. */
const PATH_SLOTS = 64;

/** A path match as one sortable number: pattern, then start, then path priority. */
function encode(pattern: number, start: number, priority: number): number {
  return pattern * MAX_TEXT * PATH_SLOTS + start * PATH_SLOTS + priority;
}

/**
 * Empty lists shared by every entry and never written: a cue side without candidates and a term
 * list the caller does not read (`Matcher.match`) get one of these instead of a fresh array, as
 * most entries have no candidate on most sides and each array was a share of the garbage.
 * Callers only read the lists `EntryMatches.list` returns (classify-entry.ts).
 */
const NO_CUES: number[] = [];
const NO_MATCHES: TermMatch[] = [];

/**
 * Candidate positions of cue paths (checked later, per window) and cue RegExps to try, kept in
 * position order so a window finds its own by binary search: a scan of every candidate per
 * window made entries of hundreds of thousands of characters quadratic.
 */
/** Numbers per cue RegExp key in `CueCandidates.regexKeys`. */
const KEY_STRIDE = 4;

class CueCandidates {
  /** Per cue side: start × pathSpace + path id, ascending once `sortCueSides` has run. */
  sides: number[][] = sharedEmpty(NO_CUES, REFUSAL_SIDE + 1);
  /**
   * Per cue side, the keys of its RegExps as flat quadruples (`KEY_STRIDE`): RegExp pattern id,
   * key start, key end (the key must lie inside the window), and 1 when the RegExp's matches
   * all open with such a key at a word boundary and this one follows a word character (it can
   * then open a match only in a window starting at the key; see `cueRegexIn`), else 0. Pushed in
   * the order keys are found, which is by ascending key end. Per side, so that a window walks
   * only its own side's keys.
   */
  regexKeys: number[][] = sharedEmpty(NO_CUES, REFUSAL_SIDE + 1);
  /** A bit per cue side with some of `regexKeys`. */
  regexSides = 0;
}

/**
 * A new serial for the stamps in `Scratch` (Int32Arrays, zero-filled). It stays in the 32-bit
 * range and skips 0, so after 2^31 calls a stored stamp still equals the serial it was given and
 * never the initial zero; a plain increment would leave the range and no stamp would match it.
 */
function nextSerial(f: FastLexicon): number {
  const serial = (f.scratch.serial + 1) | 0;
  f.scratch.serial = serial === 0 ? 1 : serial;
  return f.scratch.serial;
}

/** One pass over the keys found: list-path matches into `found`, cue candidates aside. */
function collectHits(f: FastLexicon, text: string, cues: CueCandidates, mask: number): number {
  const { hits } = f.scratch;
  const { paths, targetStart, targetPath, targetOffset, targetSide, targetList, pathSpace } = f;
  const serial = nextSerial(f);
  // RegExps without keys run on every entry: mark them as found.
  f.scratch.ranCount = 0;
  for (const id of f.unkeyed)
    if ((f.regexSide[id] as number) < 0) stampRegex(f, id, serial, mask, NO_KEY_BOUND);
  const length = text.length;
  let n = 0;
  const { groupSeen } = f.scratch;
  const { keyGroupStart, keyGroupId } = f;
  for (let h = 0; h < hits.count; h++) {
    const key = hits.data[h * 2] as number;
    const q = hits.data[h * 2 + 1] as number;
    for (let g = keyGroupStart[key] as number; g < (keyGroupStart[key + 1] as number); g++)
      groupSeen[keyGroupId[g] as number] = serial;
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
      regexHit(f, key, q, serial, cues, mask, afterWordChar(text, q));
  }
  return n;
}

/**
 * Index of a term list in TERM_LISTS. A switch on the name rather than a lookup in an object
 * built from TERM_LISTS: classification asks for a list a dozen times per entry, and a keyed load
 * with a variable name on such an object was about 3% of analysis time.
 */
function listIndex(name: TermListName): number {
  switch (name) {
    case 'agencies':
      return 0;
    case 'authors':
      return 1;
    case 'events':
      return 2;
    case 'framings':
      return 3;
    case 'instruments':
      return 4;
    case 'signals':
      return 5;
  }
}

// The switch spells out TERM_LISTS' order: fail at load if the two ever disagree.
TERM_LISTS.forEach((name, i) => {
  if (listIndex(name) !== i) throw new Error(`listIndex('${name}') is not ${i}: see TERM_LISTS`);
});

/** Appends a candidate to a cue side, giving the side its own list on its first candidate. */
function pushCue(cues: CueCandidates, side: number, value: number): void {
  let list = cues.sides[side] as number[];
  if (list === NO_CUES) cues.sides[side] = list = [];
  list.push(value);
}

/** `count` slots all holding the shared empty list `empty` (filled in place when first used). */
function sharedEmpty<T>(empty: T[], count: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < count; i++) out.push(empty);
  return out;
}

/** Lists of the term lists: each shares NO_MATCHES until its first match (`pushMatch`). */
function termLists(): TermMatch[][] {
  return sharedEmpty(NO_MATCHES, TERM_LISTS.length);
}

/** Appends a match to a term list, giving the list its own array on its first match. */
function pushMatch(out: TermMatch[][], list: number, m: TermMatch): void {
  const matches = out[list] as TermMatch[];
  if (matches === NO_MATCHES) out[list] = [m];
  else matches.push(m);
}

/** `\w` without the `u` flag, by ASCII code: letters, digits and underscore (1), else 0. */
const WORD_CODE = Uint8Array.from({ length: 128 }, (_, c) =>
  /\w/.test(String.fromCharCode(c)) ? 1 : 0,
);

/** True when the code unit before `q` is a word character (so no `\b` holds at `q` before one). */
function afterWordChar(text: string, q: number): boolean {
  const c = q > 0 ? text.charCodeAt(q - 1) : 128;
  return c < 128 && WORD_CODE[c] === 1;
}

/**
 * The RegExps a key found at `q` lets run. A list RegExp whose matches open with such a key at a
 * word boundary (`FastLexicon.regexOpensWithKey`) ignores a key right after a word character
 * ("ed" in "called" for `\bED\b`): no match starts there, so neither the run nor the bounds
 * (`Scratch.firstKey`, `lastKey`) need it. Cue RegExps keep every key, marked when it follows a
 * word character: their windows cut the text, and a window starting at the key sees a boundary.
 */
function regexHit(
  f: FastLexicon,
  key: number,
  q: number,
  serial: number,
  cues: CueCandidates,
  mask: number,
  afterWord: boolean,
): void {
  const { regexTargetStart, regexTargetId, regexSide, regexOpensWithKey } = f;
  const to = regexTargetStart[key + 1] as number;
  for (let t = regexTargetStart[key] as number; t < to; t++) {
    const id = regexTargetId[t] as number;
    const side = regexSide[id] as number;
    if (side < 0) {
      if (!afterWord || regexOpensWithKey[id] === 0) stampRegex(f, id, serial, mask, q);
    } else {
      const end = q + (f.automaton.keyLength[key] as number);
      const opensAfterWord = afterWord && regexOpensWithKey[id] === 1 ? 1 : 0;
      let keys = cues.regexKeys[side] as number[];
      if (keys === NO_CUES) cues.regexKeys[side] = keys = [];
      keys.push(id, q, end, opensAfterWord);
      cues.regexSides |= 1 << side;
    }
  }
}

/**
 * Marks a list RegExp to run on this entry (once, however many of its keys occur), unless its
 * list is not wanted (`mask`), and keeps the last start of its keys found so far (`keyStart`).
 */
function stampRegex(f: FastLexicon, id: number, serial: number, mask: number, keyStart: number) {
  const { stamp, lastKey, firstKey } = f.scratch;
  if (((mask >> (f.regexList[id] as number)) & 1) === 0) return;
  if (stamp[id] === serial) {
    if (keyStart > (lastKey[id] as number)) lastKey[id] = keyStart;
    // Keys come by their end, so a later one may start earlier (a longer key).
    else if (keyStart < (firstKey[id] as number)) firstKey[id] = keyStart;
    return;
  }
  stamp[id] = serial;
  lastKey[id] = keyStart;
  firstKey[id] = keyStart === NO_KEY_BOUND ? 0 : keyStart;
  f.scratch.ran[f.scratch.ranCount++] = id;
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
    pushMatch(out, owner.list, { term: owner.term, start, end: lastIndex });
  }
}

/**
 * Every match of each stamped list RegExp, as its global exec loop gives them, except that the
 * loop ends once `lastIndex` passes the last start of the pattern's keys: a further match would
 * start there or later and hold a key, and none starts there (see `Scratch.lastKey`). The loop
 * also starts late, at the floor of the first key (`matchFloor`): every match holds a key
 * starting there or later, and only characters of the pattern's alphabet lie between a match's
 * start and its key, so no match starts before the floor and the first one found is the same.
 * A RegExp lacking a key of one of its further key groups cannot match and is not run, nor is
 * one whose keys must start at two places (`RegexPattern.twoKeyStarts`) when all start at one.
 */
function emitRegexMatches(f: FastLexicon, text: string, out: TermMatch[][]): void {
  const { ran, ranCount } = f.scratch;
  for (let i = 0; i < ranCount; i++) {
    const id = ran[i] as number;
    if (!groupsFound(f, id)) continue;
    const r = f.regexes[id] as RegexPattern;
    const last = f.scratch.lastKey[id] as number;
    const first = f.scratch.firstKey[id] as number;
    if (r.twoKeyStarts && first === last) continue;
    r.regex.lastIndex = r.alphabet === null ? 0 : matchFloor(r.alphabet, text, first);
    for (let m = r.regex.exec(text); m !== null; m = nextExec(r.regex, text, last)) {
      if (m[0].length === 0) r.regex.lastIndex++;
      else pushMatch(out, r.list, { term: r.term, start: m.index, end: m.index + m[0].length });
    }
  }
}

/**
 * Drops the cue RegExp keys of the patterns lacking a key of one of their further key groups in
 * this entry: such a pattern cannot match in any window of it. Done while this entry's keys are
 * the ones marked (`groupSeen`), so the windows checked later read no scratch. The triples kept
 * stay in order (by key end), and `regexSides` is recomputed from them. Each pattern is checked
 * once however many of its keys occur (`cueChecked`, `cueKept`).
 */
function keepCueRegexesWithGroups(f: FastLexicon, cues: CueCandidates): void {
  if (cues.regexSides === 0) return;
  let sides = 0;
  for (let side = 0; side < cues.regexKeys.length; side++) {
    const kept = keptCueKeys(f, cues.regexKeys[side] as number[]);
    cues.regexKeys[side] = kept;
    if (kept.length > 0) sides |= 1 << side;
  }
  cues.regexSides = sides;
}

/** One side's cue RegExp keys without those of patterns lacking a further key group. */
function keptCueKeys(f: FastLexicon, keys: number[]): number[] {
  const { cueChecked, cueKept, serial } = f.scratch;
  let dropped = false;
  for (let i = 0; i < keys.length; i += KEY_STRIDE) {
    const id = keys[i] as number;
    if (cueChecked[id] !== serial) {
      cueChecked[id] = serial;
      cueKept[id] = groupsFound(f, id) ? 1 : 0;
    }
    if (cueKept[id] === 0) dropped = true;
  }
  if (!dropped) return keys;
  // A new list rather than shortening this one: setting an array's length is a runtime call.
  const kept: number[] = [];
  for (let i = 0; i < keys.length; i += KEY_STRIDE) {
    if (cueKept[keys[i] as number] === 0) continue;
    for (let j = 0; j < KEY_STRIDE; j++) kept.push(keys[i + j] as number);
  }
  return kept.length > 0 ? kept : NO_CUES;
}

/**
 * True unless the gate (`FastLexicon.historyGate`) is shut: no alternative has a key of each of
 * its groups in this entry. Read while this entry's keys are the ones marked (`groupSeen`).
 */
function gateOpen(f: FastLexicon, gate: number[][] | null): boolean {
  if (gate === null) return true;
  for (const groups of gate) if (allGroupsSeen(f, groups)) return true;
  return false;
}

/** True when a key of each of `groups` was found in this entry. */
function allGroupsSeen(f: FastLexicon, groups: number[]): boolean {
  const { groupSeen, serial } = f.scratch;
  for (let g = 0; g < groups.length; g++)
    if (groupSeen[groups[g] as number] !== serial) return false;
  return true;
}

/**
 * The inline history cues that may match in this entry, a bit per cue (`historySpans`): those
 * with a key of each of their groups. ALL_INLINE_CUES when some cue has no keys or there are too
 * many cues for a bit each, and then 0 only when the gate is shut.
 */
function openInlineCues(f: FastLexicon): number {
  const gate = f.historyGate;
  if (gate === null) return ALL_INLINE_CUES;
  if (gate.length >= GATE_BITS) return gateOpen(f, gate) ? ALL_INLINE_CUES : 0;
  let open = 0;
  for (let i = 0; i < gate.length; i++) if (allGroupsSeen(f, gate[i] as number[])) open |= 1 << i;
  return open;
}

/** Ambiguity rules from this one on are never ruled out: a bit per rule below it (`openGates`). */
const GATE_BITS = 31;

/** A bit per gate below GATE_BITS, set when the gate is open (`gateOpen`). */
function openGates(f: FastLexicon, gates: (number[][] | null)[]): number {
  let open = 0;
  for (let i = 0; i < gates.length && i < GATE_BITS; i++)
    if (gateOpen(f, gates[i] ?? null)) open |= 1 << i;
  return open;
}

/** True when a key of each of the RegExp's further key groups was found in this entry. */
function groupsFound(f: FastLexicon, id: number): boolean {
  const { regexGroupStart, regexGroupId } = f;
  const { groupSeen, serial } = f.scratch;
  const to = regexGroupStart[id + 1] as number;
  for (let g = regexGroupStart[id] as number; g < to; g++)
    if (groupSeen[regexGroupId[g] as number] !== serial) return false;
  return true;
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
  /**
   * A bit per cue side that may hold somewhere in the entry: one with a candidate path or cue
   * RegExp key, or an unkeyed cue RegExp. Most entries hold no cue of most sides, and then no
   * window needs finding or checking.
   */
  private readonly holds: number;
  constructor(
    private readonly f: FastLexicon,
    private readonly text: string,
    private readonly cues: CueCandidates,
    private readonly out: TermMatch[][],
    private readonly boundaries: number[],
    private readonly inlineHistory: number,
    private readonly ambiguities: number,
    private readonly localNames: boolean,
  ) {
    let holds = cues.regexSides | f.unkeyedSides;
    for (let side = 0; side < cues.sides.length; side++)
      if ((cues.sides[side] as number[]).length > 0) holds |= 1 << side;
    this.holds = holds;
  }

  /** Read by the key scan (`scanKeys`). */
  clauses(): number[] {
    return this.boundaries;
  }

  mayHoldInlineHistory(): boolean {
    return this.inlineHistory !== 0;
  }

  inlineHistoryCues(): number {
    return this.inlineHistory;
  }

  mayHoldLocalNameWords(): boolean {
    return this.localNames;
  }

  mayHoldAmbiguity(rule: number): boolean {
    return rule >= GATE_BITS || ((this.ambiguities >> rule) & 1) === 1;
  }

  /** The refusal cues are a cue side whose window is the whole text (fast-lexicon.ts). */
  refused(): boolean {
    return this.mayHold(REFUSAL_SIDE) && this.cueIn(REFUSAL_SIDE, 0, this.text.length);
  }

  list(name: TermListName): TermMatch[] {
    return this.out[listIndex(name)] as TermMatch[];
  }

  cancelled(kind: CueKind, bounds: number[], start: number, end: number): boolean {
    const negation = kind === 'negation';
    const side = negation ? 0 : 2;
    const window = negation ? this.f.windows.negation : this.f.windows.background;
    if (this.mayHold(side)) {
      const lo = clauseStart(bounds, start, window);
      if (start > lo && this.cueIn(side, lo, start)) return true;
    }
    if (!this.mayHold(side + 1)) return false;
    const hi = clauseEnd(bounds, this.text.length, end, window);
    return hi > end && this.cueIn(side + 1, end, hi);
  }

  /** False when no cue of `side` can hold anywhere in the entry (see `holds`). */
  private mayHold(side: number): boolean {
    return ((this.holds >> side) & 1) === 1;
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
    if ((((cues.regexSides | f.unkeyedSides) >> side) & 1) === 0) return false;
    const keys = cues.regexKeys[side] as number[];
    const serial = nextSerial(f);
    this.window = serial;
    // Key ends ascend: start at the first key ending at or after `lo`, stop past `hi`.
    for (let i = firstKeyEndingAtLeast(keys, lo); i < keys.length; i += KEY_STRIDE) {
      this.examined++;
      if ((keys[i + 2] as number) > hi) break;
      const q = keys[i + 1] as number;
      // A key after a word character inside the window opens no match of a RegExp whose
      // matches open with its keys at a word boundary; at the window's start it may.
      const opens = keys[i + 3] === 0 || q === lo;
      if (q >= lo && opens && this.tryCue(keys[i] as number, side, lo, hi)) return true;
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

/** Index (a multiple of KEY_STRIDE) of the first cue RegExp key whose end is ≥ `min`. */
function firstKeyEndingAtLeast(keys: number[], min: number): number {
  let lo = 0;
  let hi = keys.length / KEY_STRIDE;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid * KEY_STRIDE + 2] as number) < min) lo = mid + 1;
    else hi = mid;
  }
  return lo * KEY_STRIDE;
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
  const clauses: number[] = [];
  scanKeys(f.automaton, text, f.scratch.hits, clauses);
  const cues = new CueCandidates();
  const out = termLists();
  const n = collectHits(f, text, cues, mask);
  const inlineHistory = openInlineCues(f);
  const ambiguities = openGates(f, f.ambiguityGates);
  const localNames = gateOpen(f, f.localNameGate);
  keepCueRegexesWithGroups(f, cues);
  sortCueSides(cues.sides);
  emitPathMatches(f, n, out);
  emitRegexMatches(f, text, out);
  for (const list of out) sortMatches(list);
  return new FastEntryMatches(f, text, cues, out, clauses, inlineHistory, ambiguities, localNames);
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
