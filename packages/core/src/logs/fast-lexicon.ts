/**
 * The compiled form the fast matcher (lexicon-matcher.ts) reads: every pattern of a lexicon's term
 * lists, negation and background cues and refusal cues, as one of two kinds.
 *
 * - A pattern with a finite language becomes whole fixed-width paths (literal-paths.ts), each
 *   found by its key (its longest literal run) in one pass of a key automaton (key-automaton.ts).
 * - Any other pattern keeps its RegExp, run only when the entry (for a cue, the window) holds a
 *   key of each of its key groups (pattern-keys.ts; a cue: of its first group), or always when
 *   it has none.
 *
 * Everything is derived from the lexicon passed, so a study may edit any list. Compiled once per
 * lexicon object (WeakMap); lexicons are treated as immutable values.
 */
import { anyOf, PATTERN_FLAGS } from './compile-lexicon.js';
import { TERM_LISTS, type CueKind, type Matcher } from './entry-matches.js';
import { buildKeyAutomaton, emptyHits, type KeyAutomaton, type KeyHits } from './key-automaton.js';
import type { Lexicon } from './lexicon.js';
import { literalPaths, type LiteralPath } from './literal-paths.js';
import { coversEverything, matchAlphabet, type MatchAlphabet } from './match-alphabet.js';
import { pathKey, PathTable, type PathKey } from './path-check.js';
import { ANY_NAME_WORD } from './local-names.js';
import {
  firstGroupTwice,
  keysOpenMatches,
  lookaheadConsumed,
  patternKeyGroups,
  singleCharKeyGroups,
} from './pattern-keys.js';
import { rulesSource } from './shared-rules.js';

/**
 * Cue sides 0–4: negation before and after a match, background before and after, and the
 * refusal cues, whose window is the whole entry (`EntryMatches.refused`).
 */
export const REFUSAL_SIDE = 4;

/** A pattern of a term list (`list` indexes TERM_LISTS, else -1) or of a cue side (else -1). */
export interface Owner {
  list: number;
  term: number;
  side: number;
}

export interface RegexPattern extends Owner {
  /** Global for a list pattern run over the entry, plain for a cue tested on its window. */
  regex: RegExp;
  /**
   * Key ids of the pattern's key groups after the first (pattern-keys.ts): a list RegExp runs
   * only when a key of its first group and of each of these was found in the entry; a cue
   * RegExp is tried in a window holding a key of its first group only when a key of each of
   * these was found somewhere in the entry.
   */
  groups: number[][];
  /** The same groups by number (`FastLexicon.keyGroupStart`): one test per group, not per key. */
  groupIds: number[];
  /**
   * The characters a match may hold (match-alphabet.ts), or null when that is every character:
   * a list RegExp's scan starts at the floor its first key gives (`matchFloor`), not at 0.
   */
  alphabet: MatchAlphabet | null;
  /**
   * True for a list RegExp whose every match holds keys of its first group at two different
   * starts (`firstGroupTwice`) and which counts every such key found (`regexOpensWithKey` 0): an
   * entry where all its keys found start at one place cannot match, and it is not run there.
   */
  twoKeyStarts: boolean;
}

/** Buffers reused between entries so the hot path allocates little. */
export interface Scratch {
  hits: KeyHits;
  /** Whole-path matches of the list patterns, encoded by `encode` (lexicon-matcher.ts). */
  found: Float64Array;
  stamp: Int32Array;
  serial: number;
  /**
   * Per key group (`RegexPattern.groupIds`): the serial of the last `match` call that found one
   * of its keys.
   */
  groupSeen: Int32Array;
  /**
   * List RegExps stamped for the current entry, in the order first stamped: the first `ranCount`
   * of `ran` (a count rather than an array's length, which V8 sets in its runtime).
   */
  ran: Int32Array;
  ranCount: number;
  /**
   * Per list RegExp stamped for the current entry: the last start (UTF-16) of any of its keys in
   * the entry, or NO_KEY_BOUND for one without keys. Every match holds one of its keys
   * (pattern-keys.ts), so no match starts after this.
   */
  lastKey: Int32Array;
  /** Per list RegExp stamped: the first start of any of its keys, or 0 for one without keys. */
  firstKey: Int32Array;
  /**
   * Per cue RegExp: the serial of the last `match` call that checked its further key groups, and
   * whether they were all found then (lexicon-matcher.ts, `keepCueRegexesWithGroups`).
   */
  cueChecked: Int32Array;
  cueKept: Uint8Array;
}

export interface FastLexicon {
  automaton: KeyAutomaton;
  paths: PathTable;
  /** Per whole-path pattern id: its owner, and the id of its first path (the rest follow). */
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
   * Per key id, flat: the RegExps it lets run (a key of their first group) are
   * `regexTargetId[regexTargetStart[key]]` up to `regexTargetStart[key + 1]` (typed arrays: this
   * is read for every key found).
   */
  regexTargetStart: Int32Array;
  regexTargetId: Int32Array;
  regexes: RegexPattern[];
  /**
   * Per RegExp, flat: its further key groups (`RegexPattern.groupIds`) are
   * `regexGroupId[regexGroupStart[id]]` up to `regexGroupStart[id + 1]`. Read for every RegExp a
   * key lets run, most of which have none: two numbers of one small typed array, where the
   * pattern's own array was an object apart from the others, often out of the processor's cache.
   */
  regexGroupStart: Int32Array;
  regexGroupId: Int32Array;
  /**
   * The inline history cues as alternatives of key groups (`gateOf`): one of them can match only
   * when a key of each group of one alternative was found. Null when some cue has no keys.
   */
  historyGate: number[][] | null;
  /** The same per ambiguity rule, for its term's pattern (`AmbiguityRule.pattern`). */
  ambiguityGates: (number[][] | null)[];
  /**
   * The same for the words the local-name learners need (local-names.ts, `ANY_NAME_WORD`): the
   * key scan is shared, so an entry naming none of them skips the learners' own scan of the text.
   */
  localNameGate: number[][] | null;
  /** Per key id, flat: the key groups holding it, `keyGroupId[keyGroupStart[key]]` on. */
  keyGroupStart: Int32Array;
  keyGroupId: Int32Array;
  /**
   * Per RegExp: 1 when its matches all open with a key of its first group at a word boundary
   * (`keysOpenMatches`): a list RegExp then counts only keys found after a non-word character.
   */
  regexOpensWithKey: Uint8Array;
  /** Per RegExp: its cue side (or -1) and its term list (or -1), as in `regexes`. */
  regexSide: Int8Array;
  regexList: Int8Array;
  /** RegExps with no key: they run on every entry (or every cue window). */
  unkeyed: number[];
  /** A bit per cue side with an unkeyed cue RegExp (it may hold anywhere). */
  unkeyedSides: number;
  windows: Record<CueKind, number>;
  scratch: Scratch;
  /** The matcher over this compiled form, made on first use (lexicon-matcher.ts). */
  matcher?: Matcher;
}

class Builder {
  keys = new Map<string, number>();
  /** Per key id: flat (path id, offset) pairs. */
  targets: number[][] = [];
  /** Per key id: the RegExps whose first key group holds it. */
  regexTargets: number[][] = [];
  paths = new PathTable();
  owners: Owner[] = [];
  firstPath: number[] = [];
  regexes: RegexPattern[] = [];
  /** Per RegExp: `FastLexicon.regexOpensWithKey`. */
  opensWithKey: number[] = [];
  unkeyed: number[] = [];
  /** Per key id: the key groups (numbered from 0) holding it. */
  keyGroups: number[][] = [];
  groupCount = 0;

  /** Numbers a key group and lists it under each of its keys. */
  groupOf(keys: number[]): number {
    const id = this.groupCount++;
    for (const k of new Set(keys)) (this.keyGroups[k] ??= []).push(id);
    return id;
  }

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
    const source = keySource(pattern);
    const [first, ...rest] = keyGroupsOf(source) ?? [];
    // A cue's further groups are checked once per entry (a key of each somewhere in it), not per
    // window: finding their positions for every window cost more than the RegExp runs it saved.
    const groups = rest.filter(isStrong).map((keys) => keys.map((k) => this.keyId(k)));
    const groupIds = groups.map((keys) => this.groupOf(keys));
    const alphabet = matchAlphabet(source);
    const floor = coversEverything(alphabet) ? null : alphabet;
    const regex = new RegExp(pattern, flags);
    const opens = first !== undefined && keysOpenMatches(source, first);
    const twoKeyStarts = owner.side < 0 && !opens && firstGroupTwice(source, first ?? []);
    this.regexes.push({ ...owner, regex, groups, groupIds, alphabet: floor, twoKeyStarts });
    this.opensWithKey.push(opens ? 1 : 0);
    if (!first) this.unkeyed.push(id);
    for (const k of first ?? []) this.regexTargets[this.keyId(k)]?.push(id);
  }

  /**
   * Key groups (numbered like the RegExps' further groups, so found the same way) per pattern of
   * an alternation, or null when some pattern has no keys: the alternation cannot match where no
   * pattern has a key of each of its groups. Keys of one character count: an alternation outside
   * the term lists runs on every entry unless ruled out, and "/" or "on" alone rule out many.
   */
  gateOf(patterns: readonly string[]): number[][] | null {
    const all = patterns.map((p) => singleCharKeyGroups(p));
    if (all.some((groups) => groups === null || groups.length === 0)) return null;
    return all.map((groups) =>
      (groups ?? []).map((keys) => this.groupOf(keys.map((k) => this.keyId(k)))),
    );
  }

  private addPaths(paths: LiteralPath[], keys: PathKey[], owner: Owner): void {
    const ids = this.paths.add(paths, this.owners.length);
    this.firstPath.push(ids[0] as number);
    this.owners.push(owner);
    keys.forEach(({ key, offset }, i) =>
      this.targets[this.keyId(key)]?.push(ids[i] as number, offset),
    );
  }
}

/** Key groups of a pattern: of two characters or more, else of single characters, else none. */
function keyGroupsOf(pattern: string): string[][] | null {
  return patternKeyGroups(pattern) ?? singleCharKeyGroups(pattern);
}

/**
 * The form a RegExp's keys, match alphabet and opening keys are read from: the pattern itself,
 * or when that gives no keys, the pattern with its trailing lookahead consumed
 * (`lookaheadConsumed`), whose keys every match holds or is followed by.
 */
function keySource(pattern: string): string {
  if (keyGroupsOf(pattern) !== null) return pattern;
  const consumed = lookaheadConsumed(pattern);
  return consumed !== null && keyGroupsOf(consumed) !== null ? consumed : pattern;
}

/**
 * A further key group with a key shorter than this is left out: "he", "on" or "re" occur in most
 * entries (inside "the", "phone", "were"), so such a group almost never rules a RegExp out, while
 * finding every occurrence of its keys was about a third of all the keys the automaton reported.
 * Leaving a group out only lets its RegExp run where it would have been skipped: same matches.
 */
const WEAK_KEY = 3;

/** True for a key group worth finding (no key shorter than WEAK_KEY). */
const isStrong = (keys: string[]) => keys.every((k) => k.length >= WEAK_KEY);

/** Back-references: alternatives joined into one RegExp would renumber their groups. */
const BACK_REFERENCE = /\\(?:[1-9]|k<)/;

/**
 * The refusal cues as cue patterns. `refused` is true when their alternation (compile-lexicon.ts)
 * matches somewhere, which is when one of them does; with a back-reference among them the joined
 * source itself is the one cue, so its groups are numbered as in the alternation.
 */
function refusalCues(lexicon: Lexicon): string[] {
  if (!lexicon.refusal.some((p) => BACK_REFERENCE.test(p))) return lexicon.refusal;
  return [anyOf(lexicon.refusal).source];
}

function addLexicon(b: Builder, lexicon: Lexicon): void {
  TERM_LISTS.forEach((name, list) =>
    lexicon[name].forEach((t, term) => {
      for (const p of t.patterns) b.add(p, { list, term, side: -1 }, `g${PATTERN_FLAGS}`);
    }),
  );
  const sides = [
    // Hedges cancel like other negation cues; only a framing reads past them (classify-entry.ts).
    [...lexicon.negation.before, ...(lexicon.negation.hedges ?? [])],
    lexicon.negation.after,
    lexicon.background.before,
    lexicon.background.after,
    refusalCues(lexicon),
  ];
  sides.forEach((cues, side) => {
    for (const p of cues) b.add(p, { list: -1, term: -1, side }, PATTERN_FLAGS);
  });
}

function flatTargets(b: Builder) {
  const { targets, paths, owners } = b;
  const targetStart = new Int32Array(targets.length + 1);
  targets.forEach((t, k) => (targetStart[k + 1] = (targetStart[k] as number) + t.length / 2));
  const flat = targets.flat();
  const targetPath = Int32Array.from(flat.filter((_, i) => i % 2 === 0));
  const ownerOf = (path: number) => owners[paths.pattern[path] as number] as Owner;
  return {
    targetStart,
    targetPath,
    targetOffset: Int32Array.from(flat.filter((_, i) => i % 2 === 1)),
    targetSide: Int8Array.from(targetPath, (path) => ownerOf(path).side),
    targetList: Int8Array.from(targetPath, (path) => ownerOf(path).list),
  };
}

/** Per key id, flat: the key groups holding it (marked found when the key is found). */
function flatKeyGroups(b: Builder) {
  const keyGroupStart = new Int32Array(b.keys.size + 1);
  for (let k = 0; k < b.keys.size; k++)
    keyGroupStart[k + 1] = (keyGroupStart[k] as number) + (b.keyGroups[k]?.length ?? 0);
  const keyGroupId = new Int32Array(keyGroupStart[b.keys.size] as number);
  for (let k = 0; k < b.keys.size; k++)
    keyGroupId.set(b.keyGroups[k] ?? [], keyGroupStart[k] as number);
  return { keyGroupStart, keyGroupId };
}

function flatRegexTargets(targets: number[][]) {
  const regexTargetStart = new Int32Array(targets.length + 1);
  targets.forEach((t, k) => (regexTargetStart[k + 1] = (regexTargetStart[k] as number) + t.length));
  return { regexTargetStart, regexTargetId: Int32Array.from(targets.flat()) };
}

function unkeyedSides(b: Builder): number {
  let sides = 0;
  for (const id of b.unkeyed) {
    const side = b.regexes[id]?.side ?? -1;
    if (side >= 0) sides |= 1 << side;
  }
  return sides;
}

/** `FastLexicon.regexGroupStart` and `regexGroupId` from each RegExp's `groupIds`. */
function flatRegexGroups(regexes: RegexPattern[]) {
  const regexGroupStart = new Int32Array(regexes.length + 1);
  regexes.forEach((r, id) => (regexGroupStart[id + 1] = regexGroupStart[id]! + r.groupIds.length));
  return { regexGroupStart, regexGroupId: Int32Array.from(regexes.flatMap((r) => r.groupIds)) };
}

function newScratch(regexes: number, groups: number): Scratch {
  return {
    hits: emptyHits(),
    found: new Float64Array(256),
    stamp: new Int32Array(regexes),
    serial: 0,
    groupSeen: new Int32Array(groups),
    ran: new Int32Array(regexes),
    ranCount: 0,
    lastKey: new Int32Array(regexes),
    firstKey: new Int32Array(regexes),
    cueChecked: new Int32Array(regexes),
    cueKept: new Uint8Array(regexes),
  };
}

function build(lexicon: Lexicon): FastLexicon {
  const b = new Builder();
  addLexicon(b, lexicon);
  const historyGate = b.gateOf(lexicon.history?.inline ?? []);
  const ambiguityGates = lexicon.ambiguities.map((rule) => b.gateOf([rule.pattern]));
  const localNameGate = b.gateOf([ANY_NAME_WORD.source]);
  return {
    automaton: buildKeyAutomaton([...b.keys.keys()]),
    paths: b.paths,
    owners: b.owners,
    firstPath: b.firstPath,
    ...flatTargets(b),
    pathSpace: b.paths.width.length,
    ...flatRegexTargets(b.regexTargets),
    regexes: b.regexes,
    ...flatRegexGroups(b.regexes),
    regexOpensWithKey: Uint8Array.from(b.opensWithKey),
    regexSide: Int8Array.from(b.regexes, (r) => r.side),
    regexList: Int8Array.from(b.regexes, (r) => r.list),
    unkeyed: b.unkeyed,
    unkeyedSides: unkeyedSides(b),
    windows: {
      negation: lexicon.negation.windowUtf16,
      background: lexicon.background.windowUtf16,
    },
    historyGate,
    ambiguityGates,
    localNameGate,
    ...flatKeyGroups(b),
    scratch: newScratch(b.regexes.length, b.groupCount),
  };
}

const cache = new WeakMap<Lexicon, FastLexicon>();
/** The last lexicon compiled: classification asks for the same one entry after entry. */
let last: { lexicon: Lexicon; fast: FastLexicon } | null = null;

export function compileFast(given: Lexicon): FastLexicon {
  // A lexicon that differs only in its models compiles to the same rules (shared-rules.ts).
  const lexicon = rulesSource(given);
  if (last?.lexicon === lexicon) return last.fast;
  let fast = cache.get(lexicon);
  if (!fast) cache.set(lexicon, (fast = build(lexicon)));
  last = { lexicon, fast };
  return fast;
}
