/**
 * Expands a simple RegExp source into its finite list of fixed-width paths, so the fast matcher
 * (lexicon-matcher.ts) can find a pattern's matches by checking a few characters around a literal
 * key instead of running the RegExp over the whole entry. Only patterns with a finite language
 * qualify: literals, classes, `\b \B ^ $`, groups, `|`, `?`/`??`, bounded `{n,m}` and lookarounds
 * over such patterns. Anything else (`* +`, back-references, named groups, non-ASCII) returns
 * null and keeps its RegExp.
 *
 * Paths come out in the order a backtracking engine tries them (ECMA-262 §22.2.2: alternatives
 * left to right, a greedy quantifier's longer choice first), so the first path that matches at a
 * position is the match the RegExp returns there. Semantics are those of the `i` flag without
 * `u`: ASCII letters fold case, and no non-ASCII character ever equals an ASCII one
 * (ECMA-262 Canonicalize, step "if ch ≥ 128 and cu < 128, return ch").
 */

/** Classes of non-ASCII characters that `\s`, `\S`, `.`, `\W` and negated classes can accept. */
export const NON_ASCII_LINE_END = 1; // U+2028, U+2029: line terminators and white space
export const NON_ASCII_SPACE = 2; // other Unicode white space (U+00A0, U+3000, ...)
export const NON_ASCII_OTHER = 4;
const ALL_NON_ASCII = 7;

/** One character position: which ASCII codes it accepts and which non-ASCII classes. */
export interface CharSet {
  ascii: Uint8Array;
  nonAscii: number;
}

/** Zero-width checks: word boundary, not a boundary, input start, input end. */
export type Assertion = 'b' | 'B' | '^' | '$';

/** A lookahead or lookbehind: holds when one of its paths matches there (or none, negated). */
export interface Lookaround {
  behind: boolean;
  negate: boolean;
  paths: LiteralPath[];
}

export type PathItem = CharSet | Assertion | Lookaround;

/** A fixed-width alternative: `width` characters, checked item by item. */
export interface LiteralPath {
  items: PathItem[];
  width: number;
}

/** More paths than this and the pattern keeps its RegExp (expansion is a product). */
export const MAX_PATHS = 64;

class Unsupported extends Error {}

const ASCII_SPACES = [9, 10, 11, 12, 13, 32];
const WORD = /[A-Za-z0-9_]/;

function emptySet(): CharSet {
  return { ascii: new Uint8Array(128), nonAscii: 0 };
}

function addCode(set: CharSet, code: number): void {
  set.ascii[code] = 1;
  // Case folding of the `i` flag: an ASCII letter stands for both cases.
  if (code >= 65 && code <= 90) set.ascii[code + 32] = 1;
  if (code >= 97 && code <= 122) set.ascii[code - 32] = 1;
}

/**
 * Shared, never-modified sets for single characters and class escapes: paths then share set
 * objects, which the path table (path-check.ts) stores once.
 */
const shared = new Map<string, CharSet>();

function literalSet(code: number): CharSet {
  const key = String.fromCharCode(code).toLowerCase();
  let set = shared.get(key);
  if (!set) {
    set = emptySet();
    addCode(set, code);
    shared.set(key, set);
  }
  return set;
}

function classSet(letter: string): CharSet {
  const key = `\\${letter}`;
  let set = shared.get(key);
  if (!set) shared.set(key, (set = buildClassSet(letter)));
  return set;
}

function buildClassSet(letter: string): CharSet {
  const set = emptySet();
  const lower = letter.toLowerCase();
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    const hit =
      lower === 'd'
        ? ch >= '0' && ch <= '9'
        : lower === 'w'
          ? WORD.test(ch)
          : ASCII_SPACES.includes(c);
    if (hit !== (letter !== lower)) set.ascii[c] = 1;
  }
  const nonAscii = lower === 's' ? NON_ASCII_LINE_END | NON_ASCII_SPACE : 0;
  set.nonAscii = letter !== lower ? ALL_NON_ASCII & ~nonAscii : nonAscii;
  return set;
}

function dotSet(): CharSet {
  const set = emptySet();
  for (let c = 0; c < 128; c++) if (c !== 10 && c !== 13) set.ascii[c] = 1;
  set.nonAscii = NON_ASCII_SPACE | NON_ASCII_OTHER;
  return set;
}

function union(into: CharSet, from: CharSet): void {
  for (let c = 0; c < 128; c++) if (from.ascii[c]) into.ascii[c] = 1;
  into.nonAscii |= from.nonAscii;
}

/** Escapes that stand for themselves (identity escapes of punctuation, and \n \t \r). */
function escapedCode(ch: string): number {
  if (ch === 'n') return 10;
  if (ch === 't') return 9;
  if (ch === 'r') return 13;
  if (/[A-Za-z0-9]/.test(ch)) throw new Unsupported(`\\${ch}`);
  return ch.charCodeAt(0);
}

/** Recursive-descent parser producing path lists; throws Unsupported outside the subset. */
class PathParser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): LiteralPath[] {
    const paths = this.alternation();
    if (this.i < this.src.length) throw new Unsupported('unbalanced )');
    return paths;
  }

  private alternation(): LiteralPath[] {
    const out = [...this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      out.push(...this.sequence());
      limit(out);
    }
    return out;
  }

  private sequence(): LiteralPath[] {
    let paths: LiteralPath[] = [{ items: [], width: 0 }];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      paths = product(paths, this.quantified());
    }
    return paths;
  }

  private quantified(): LiteralPath[] {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    if (atom.some((p) => p.width === 0)) throw new Unsupported('quantified empty match');
    const lazy = this.src[this.i] === '?' ? (this.i++, true) : false;
    return repeat(atom, q.min, q.max, lazy);
  }

  private quantifier(): { min: number; max: number } | null {
    const ch = this.src[this.i];
    if (ch === '?') return (this.i++, { min: 0, max: 1 });
    if (ch === '*' || ch === '+') throw new Unsupported('unbounded quantifier');
    if (ch !== '{') return null;
    const m = /^\{(\d+)(?:,(\d+))?\}/.exec(this.src.slice(this.i));
    if (!m || (m[0].includes(',') && m[2] === undefined)) throw new Unsupported('{n,}');
    this.i += m[0].length;
    return { min: Number(m[1]), max: Number(m[2] ?? m[1]) };
  }

  private atom(): LiteralPath[] {
    const ch = this.src[this.i++] as string;
    if (ch === '(') return this.group();
    if (ch === '[') return [single(this.charClass())];
    if (ch === '.') return [single(dotSet())];
    if (ch === '^' || ch === '$') return [{ items: [ch], width: 0 }];
    if (ch === '\\') return this.escape();
    if (ch === ')' || ch === '{' || ch === '}' || ch === ']') throw new Unsupported(ch);
    return [single(literalSet(ch.charCodeAt(0)))];
  }

  private group(): LiteralPath[] {
    const look = /^\?(<?)([=!])/.exec(this.src.slice(this.i, this.i + 3));
    if (look) this.i += look[0].length;
    else if (this.src[this.i] === '?') {
      if (this.src[this.i + 1] !== ':') throw new Unsupported('named group');
      this.i += 2;
    }
    const paths = this.alternation();
    if (this.src[this.i++] !== ')') throw new Unsupported('unclosed group');
    if (!look) return paths;
    // Only whether some path matches there counts, so inner paths may have any width.
    return [{ items: [{ behind: look[1] === '<', negate: look[2] === '!', paths }], width: 0 }];
  }

  private escape(): LiteralPath[] {
    const ch = this.src[this.i++] as string;
    if (ch === 'b' || ch === 'B') return [{ items: [ch], width: 0 }];
    if (/[dDwWsS]/.test(ch)) return [single(classSet(ch))];
    return [single(literalSet(escapedCode(ch)))];
  }

  private charClass(): CharSet {
    const negated = this.src[this.i] === '^' ? (this.i++, true) : false;
    const set = emptySet();
    // As in ECMAScript, `[]` is an empty class and `]` never stands for itself inside one.
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Unsupported('unclosed class');
      this.classMember(set);
    }
    this.i++;
    if (!negated) return set;
    const out = emptySet();
    for (let c = 0; c < 128; c++) out.ascii[c] = set.ascii[c] ? 0 : 1;
    out.nonAscii = ALL_NON_ASCII & ~set.nonAscii;
    return out;
  }

  private classMember(set: CharSet): void {
    const from = this.classChar(set);
    if (from < 0) return;
    if (this.src[this.i] !== '-' || this.src[this.i + 1] === ']') return addCode(set, from);
    this.i++;
    const to = this.classChar(set);
    if (to < 0 || to < from) throw new Unsupported('class range');
    for (let c = from; c <= to; c++) addCode(set, c);
  }

  /** Adds a class escape (\d, \s, ...) and returns -1, or returns one character's code. */
  private classChar(set: CharSet): number {
    const ch = this.src[this.i++] as string;
    if (ch !== '\\') return ch.charCodeAt(0);
    const e = this.src[this.i++] as string;
    if (/[dDwWsS]/.test(e)) {
      union(set, classSet(e));
      return -1;
    }
    return escapedCode(e); // `\b` (a backspace here) is refused as a letter escape
  }
}

function single(set: CharSet): LiteralPath {
  return { items: [set], width: 1 };
}

function limit(paths: LiteralPath[]): void {
  if (paths.length > MAX_PATHS) throw new Unsupported('too many paths');
}

/** Concatenation in backtracking order: every continuation of the first choice, then the next. */
function product(left: LiteralPath[], right: LiteralPath[]): LiteralPath[] {
  const out: LiteralPath[] = [];
  for (const a of left) {
    for (const b of right) out.push({ items: [...a.items, ...b.items], width: a.width + b.width });
  }
  limit(out);
  return out;
}

/** x{min,max}: min copies, then nested optional copies (greedy: taking one more comes first). */
function repeat(atom: LiteralPath[], min: number, max: number, lazy: boolean): LiteralPath[] {
  let tail: LiteralPath[] = [{ items: [], width: 0 }];
  for (let k = max - min; k > 0; k--) {
    const more = product(atom, tail);
    tail = lazy ? [{ items: [], width: 0 }, ...more] : [...more, { items: [], width: 0 }];
    limit(tail);
  }
  let out: LiteralPath[] = tail;
  for (let k = 0; k < min; k++) out = product(atom, out);
  return out;
}

/**
 * The paths of `pattern` in backtracking order, or null when the pattern is outside the subset
 * or can match the empty string (the lexicon's scanners skip empty matches).
 */
export function literalPaths(pattern: string): LiteralPath[] | null {
  if (/[^\x20-\x7e]/.test(pattern)) return null;
  try {
    const paths = new PathParser(pattern).parse();
    return paths.some((p) => p.width === 0) ? null : paths;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
