/**
 * The literal paths of a lexicon (literal-paths.ts) packed into typed arrays, and the check of
 * one path at a position of a text, optionally as if the text were cut to [lo, hi): negation and
 * background cues are tested on the clause before or after a match, where `^`, `$` and `\b` see
 * the cut's edges as the ends of the input. Packed because this check runs for every key found in
 * every entry: flat numbers keep it monomorphic and free of allocation. Offsets are UTF-16.
 */
import {
  NON_ASCII_LINE_END,
  NON_ASCII_OTHER,
  NON_ASCII_SPACE,
  type CharSet,
  type LiteralPath,
  type Lookaround,
  type PathItem,
} from './literal-paths.js';

/** Item codes: a character set's index (≥ 0) or one of these assertions. */
const WORD_BOUNDARY = -1;
const NOT_WORD_BOUNDARY = -2;
const INPUT_START = -3;
const INPUT_END = -4;
/** Codes at or below this are lookarounds: index LOOKAROUND - code into `looks`. */
const LOOKAROUND = -16;
const ASSERTIONS: Record<string, number> = {
  b: WORD_BOUNDARY,
  B: NOT_WORD_BOUNDARY,
  '^': INPUT_START,
  $: INPUT_END,
};

/** Non-ASCII white space of `\s` (ECMA-262 WhiteSpace and LineTerminator), line ends apart. */
function nonAsciiClass(c: number): number {
  if (c === 0x2028 || c === 0x2029) return NON_ASCII_LINE_END;
  const space =
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff;
  return space ? NON_ASCII_SPACE : NON_ASCII_OTHER;
}

/** `\w` without the `u` flag, by ASCII code: letters, digits and underscore (1), else 0. */
const WORD_CODE = Uint8Array.from({ length: 128 }, (_, c) =>
  /\w/.test(String.fromCharCode(c)) ? 1 : 0,
);

/** Whether the code unit at `i` is a word character inside [lo, hi) (a table read per check). */
function wordAt(text: string, i: number, lo: number, hi: number): boolean {
  if (i < lo || i >= hi) return false;
  const c = text.charCodeAt(i);
  return c < 128 && WORD_CODE[c] === 1;
}

function holds(code: number, text: string, i: number, lo: number, hi: number): boolean {
  if (code === INPUT_START) return i === lo;
  if (code === INPUT_END) return i === hi;
  const boundary = wordAt(text, i - 1, lo, hi) !== wordAt(text, i, lo, hi);
  return code === WORD_BOUNDARY ? boundary : !boundary;
}

/** Growable packed storage: paths by id, each with its items, width, pattern and priority. */
export class PathTable {
  private items = new Int16Array(1024);
  private itemCount = 0;
  private sets = new Uint8Array(128 * 64);
  private nonAscii = new Uint8Array(64);
  private setCount = 0;
  private readonly setIndex = new Map<string, number>();
  /** Expansion shares set objects between paths, so most sets are found by identity. */
  private readonly setObjects = new Map<CharSet, number>();
  private readonly looks: { behind: boolean; negate: boolean; ids: number[] }[] = [];
  readonly start: number[] = [];
  readonly length: number[] = [];
  readonly width: number[] = [];
  /** The pattern each path belongs to, and its place in that pattern's backtracking order. */
  readonly pattern: number[] = [];
  readonly priority: number[] = [];
  /**
   * Per path: the items of its key (`pathKey`) as [keyItem, keyItem + keyLength) and the key's
   * offset in the path (UTF-16). `matchesFromKey` skips those items, which the key automaton has
   * already matched; keyLength is 0 when the key's sets are not exactly what the automaton
   * accepts (see `automatonExact`), and then nothing is skipped.
   */
  readonly keyItem: number[] = [];
  readonly keyLength: number[] = [];
  readonly keyOffset: number[] = [];
  /** Per path: 1 when one of its items is a lookaround (checked last, see `matchesFromKey`). */
  readonly hasLook: number[] = [];

  /**
   * Stores a pattern's paths under consecutive ids (the matcher finds a path as its pattern's
   * first id plus its priority); returns the ids in backtracking order. A lookaround's inner
   * paths are stored first, under pattern -1, so they never split the outer ones.
   */
  add(paths: LiteralPath[], pattern: number): number[] {
    const codes = paths.map((path) => path.items.map((item) => this.codeOf(item)));
    return paths.map((path, priority) => {
      this.start.push(this.itemCount);
      this.length.push(path.items.length);
      this.width.push(path.width);
      this.pattern.push(pattern);
      this.priority.push(priority);
      this.addKey(path);
      const pathCodes = codes[priority] as number[];
      this.hasLook.push(pathCodes.some((code) => code <= LOOKAROUND) ? 1 : 0);
      for (const code of pathCodes) this.pushCode(code);
      return this.start.length - 1;
    });
  }

  /** Records the items of the path's key, when the automaton checks them exactly. */
  private addKey(path: LiteralPath): void {
    const key = pathKey(path);
    const exact = key !== null && automatonExact(path, key);
    this.keyItem.push(exact ? key.item : 0);
    this.keyLength.push(exact ? key.key.length : 0);
    this.keyOffset.push(exact ? key.offset : 0);
  }

  private codeOf(item: PathItem): number {
    if (typeof item === 'string') return ASSERTIONS[item] as number;
    return 'ascii' in item ? this.addSet(item) : this.addLook(item);
  }

  private pushCode(code: number): void {
    if (this.itemCount === this.items.length) this.items = grow(this.items);
    this.items[this.itemCount++] = code;
  }

  private addLook(look: Lookaround): number {
    const ids = this.add(look.paths, -1);
    this.looks.push({ behind: look.behind, negate: look.negate, ids });
    return LOOKAROUND - (this.looks.length - 1);
  }

  /** Sets are shared: a lexicon uses few distinct ones, and a small table stays in cache. */
  private addSet(set: CharSet): number {
    const same = this.setObjects.get(set);
    if (same !== undefined) return same;
    const key = `${set.nonAscii}:${String.fromCharCode(...set.ascii)}`;
    const known = this.setIndex.get(key);
    this.setObjects.set(set, known ?? this.setCount);
    if (known !== undefined) return known;
    if (this.setCount * 128 === this.sets.length) {
      this.sets = grow(this.sets);
      this.nonAscii = grow(this.nonAscii);
    }
    this.sets.set(set.ascii, this.setCount * 128);
    this.nonAscii[this.setCount] = set.nonAscii;
    this.setIndex.set(key, this.setCount);
    return this.setCount++;
  }

  /** True when path `id` matches `text` at `p`; the caller ensures lo ≤ p and p + width ≤ hi. */
  matchesAt(id: number, text: string, p: number, lo: number, hi: number): boolean {
    const from = this.start[id] as number;
    const to = from + (this.length[id] as number);
    if (!this.itemsHold(from, to, text, p, lo, hi, false)) return false;
    return this.hasLook[id] === 0 || this.itemsHold(from, to, text, p, lo, hi, true);
  }

  /**
   * `matchesAt` for a path whose key the automaton found at its offset from `p`: only the items
   * after the key (first: a word boundary after it is the usual miss) and before it are checked,
   * and their lookarounds last. A lookaround tries each of its inner paths, and `\bED\b(?= …)`
   * checked its 24 inner paths after every "-ed " before finding the "n" in front of "ed".
   */
  matchesFromKey(id: number, text: string, p: number, lo: number, hi: number): boolean {
    const from = this.start[id] as number;
    const keyFrom = from + (this.keyItem[id] as number);
    const keyLength = this.keyLength[id] as number;
    const after = p + (this.keyOffset[id] as number) + keyLength;
    const to = from + (this.length[id] as number);
    if (!this.itemsHold(keyFrom + keyLength, to, text, after, lo, hi, false)) return false;
    if (!this.itemsHold(from, keyFrom, text, p, lo, hi, false)) return false;
    return (
      this.hasLook[id] === 0 ||
      (this.itemsHold(keyFrom + keyLength, to, text, after, lo, hi, true) &&
        this.itemsHold(from, keyFrom, text, p, lo, hi, true))
    );
  }

  /**
   * True when items [from, to) hold from UTF-16 offset `p` on: the lookarounds only when `looks`,
   * every other item otherwise (each is a test of its own position, so the order is free).
   */
  private itemsHold(
    from: number,
    to: number,
    text: string,
    p: number,
    lo: number,
    hi: number,
    looks: boolean,
  ): boolean {
    let i = p;
    for (let k = from; k < to; k++) {
      const code = this.items[k] as number;
      if (code <= LOOKAROUND) {
        if (looks && !this.lookHolds(LOOKAROUND - code, text, i, lo, hi)) return false;
        continue;
      }
      if (looks) {
        if (code >= 0) i++;
        continue;
      }
      if (code < 0) {
        if (!holds(code, text, i, lo, hi)) return false;
        continue;
      }
      const c = text.charCodeAt(i++);
      const ok =
        c < 128
          ? this.sets[code * 128 + c] === 1
          : ((this.nonAscii[code] as number) & nonAsciiClass(c)) !== 0;
      if (!ok) return false;
    }
    return true;
  }

  /** Lookaround `look` at `i`: some inner path matches from `i` (ahead) or up to `i` (behind). */
  private lookHolds(look: number, text: string, i: number, lo: number, hi: number): boolean {
    const { behind, negate, ids } = this.looks[look] as (typeof this.looks)[number];
    for (const id of ids) {
      const at = behind ? i - (this.width[id] as number) : i;
      const fits = at >= lo && at + (this.width[id] as number) <= hi;
      if (fits && this.matchesAt(id, text, at, lo, hi)) return !negate;
    }
    return negate;
  }
}

function grow<T extends Int16Array | Uint8Array>(a: T): T {
  const out = new (a.constructor as new (n: number) => T)(a.length * 2);
  out.set(a);
  return out;
}

/**
 * The key a path is found by: its longest run of single characters (lower case) and the run's
 * offset in the path, or null when it has none. Among runs of one length, one holding a
 * character other than a letter wins (`&` in `L & D` is rarer in text than `l`).
 */
export function pathKey(path: LiteralPath): PathKey | null {
  let best: PathKey | null = null;
  let run = '';
  let offset = 0;
  let item = 0;
  let at = 0;
  const score = (key: string) => key.length * 2 + (/[^a-z]/.test(key) ? 1 : 0);
  const close = () => {
    if (run.length > 0 && (best === null || score(run) > score(best.key)))
      best = { key: run, offset, item };
    run = '';
  };
  path.items.forEach((it, index) => {
    const set = typeof it !== 'string' && 'ascii' in it ? it : null;
    const ch = set ? singleChar(set) : null;
    if (ch === null) close();
    else {
      if (run === '') [offset, item] = [at, index];
      run += ch;
    }
    if (set) at++;
  });
  close();
  return best;
}

/**
 * A path's key: lower-case characters, their offset in the path (UTF-16) and the index of the
 * first of their items (a run of single-character sets, so the key's items are consecutive).
 */
export interface PathKey {
  key: string;
  offset: number;
  item: number;
}

/**
 * True when each set of the key's items accepts exactly the ASCII characters the automaton
 * accepts for that key character (key-automaton.ts): the character and, for a letter, its other
 * case; no non-ASCII one. Then a key found there needs no second check of those items.
 */
function automatonExact(path: LiteralPath, key: PathKey): boolean {
  for (let j = 0; j < key.key.length; j++) {
    const set = path.items[key.item + j] as CharSet;
    const lower = key.key.charCodeAt(j);
    const upper = lower >= 97 && lower <= 122 ? lower - 32 : lower;
    for (let c = 0; c < 128; c++)
      if ((set.ascii[c] === 1) !== (c === lower || c === upper)) return false;
    if (set.nonAscii !== 0) return false;
  }
  return true;
}

const singles = new WeakMap<CharSet, string | null>();

/** The one character (lower case) a set accepts, letters in either case; null otherwise. */
function singleChar(set: CharSet): string | null {
  let ch = singles.get(set);
  if (ch === undefined) singles.set(set, (ch = onlyChar(set)));
  return ch;
}

function onlyChar(set: CharSet): string | null {
  if (set.nonAscii !== 0) return null;
  const codes: number[] = [];
  for (let c = 0; c < 128; c++) if (set.ascii[c]) codes.push(c);
  const lower = codes.map((c) => String.fromCharCode(c).toLowerCase());
  return lower.length > 0 && lower.every((ch) => ch === lower[0]) && codes.length <= 2
    ? (lower[0] as string)
    : null;
}
