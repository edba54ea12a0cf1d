/**
 * Literal keys of a pattern: lower-case strings at least one of which occurs in any text the
 * pattern matches. They let the classifier skip most patterns with a cheap substring index
 * instead of running every RegExp over every entry. Extraction is conservative: when a pattern's
 * keys cannot be proven (no required literal of 2+ characters on some branch) it gets none and is
 * always run, unless single characters prove it (`singleCharKeyGroups`, the fast matcher's
 * fallback). Keys are trimmed, so none starts or ends with a space.
 */
const MIN_KEY = 2;
const QUANTIFIER = /^[?*{]/;
const LITERAL = /[A-Za-z0-9 '&/-]/;

/** Index of the `]` closing the class opened at `open` (escapes skipped), or the source length. */
function classClose(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return src.length;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closeOf(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classClose(src, i);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classClose(src, i);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(src.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(src.slice(start));
  return parts;
}

function isOptional(src: string, after: number): boolean {
  const rest = src.slice(after);
  return QUANTIFIER.test(rest) && !/^\{[1-9]/.test(rest);
}

/**
 * Index just after the quantifier (and a lazy `?`) that starts at `at`, or `at` when none does:
 * `{0,25}` after a class or group is skipped whole, not read as the literal "25".
 */
function quantifierEnd(src: string, at: number): number {
  const braces = src[at] === '{' ? /^\{\d+(?:,\d*)?\}/.exec(src.slice(at)) : null;
  const end = braces ? at + braces[0].length : '?*+'.includes(src[at] ?? '_') ? at + 1 : at;
  return end > at && src[end] === '?' ? end + 1 : end;
}

/** A class of at most this many characters (either case counts once) extends a literal run. */
const SMALL_CLASS = 3;
/** A run stops growing when its alternatives would exceed this many. */
const MAX_RUNS = 8;

/**
 * The characters (lower case) of a class body such as `CS` in `P[CS]`: plain key characters
 * only, none negated, no ranges or escapes; null otherwise or when there are too many.
 */
function smallClass(body: string): string[] | null {
  if (!/^[A-Za-z0-9 '&/]+$/.test(body)) return null;
  const chars = [...new Set(body.toLowerCase())];
  return chars.length <= SMALL_CLASS ? chars : null;
}

/**
 * Reads the required pieces of one branch (no top-level `|`): literal runs and non-optional
 * groups. A run is a set of alternatives, one of which every match holds: `P[CS]` is the run
 * {"pc", "ps"}.
 */
class PieceReader {
  out: (string[] | null)[] = [];
  private runs: string[] = [''];
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly minKey: number,
  ) {}

  /** The pieces, or null when the branch cannot be read. */
  read(): (string[] | null)[] | null {
    const { src } = this;
    for (; this.i < src.length; this.i++) {
      const ch = src[this.i] as string;
      const read =
        ch === '('
          ? this.group()
          : ch === '['
            ? this.charClass()
            : ch === '{'
              ? this.braces()
              : true;
      if (!read) return null;
      if (ch === '\\') {
        if (!this.escape()) return null;
      } else if (!'([{'.includes(ch)) this.literal(ch);
    }
    this.flush();
    return this.out;
  }

  /** Ends the current run: it is a piece when every alternative is a key of `minKey` or more. */
  private flush(): void {
    const keys = [...new Set(this.runs.map((r) => r.trim().toLowerCase()))];
    if (keys.every((k) => k.length >= this.minKey)) this.out.push(keys);
    this.runs = [''];
  }

  private literal(ch: string): void {
    if (LITERAL.test(ch) && !isOptional(this.src, this.i + 1))
      this.runs = this.runs.map((r) => r + ch);
    else this.flush();
  }

  /**
   * False for a digit escape: a back-reference, or without groups a legacy octal escape that takes
   * the digits after it (`\111` is `I`), which no run of literals describes.
   */
  private escape(): boolean {
    if (/\d/.test(this.src[this.i + 1] ?? '')) return false;
    // `\b` is zero-width: the run goes on across it.
    if (this.src[this.i + 1] !== 'b') this.flush();
    this.i++;
    return true;
  }

  private group(): boolean {
    this.flush();
    const { src, i } = this;
    const close = closeOf(src, i);
    if (close < 0) return false;
    const body = src.slice(i + 1, close);
    // A named group's name is no text: `(?<name>` opens it like `(?:`.
    const inner = body.replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, '');
    if (!/^\?<?[=!]/.test(body) && !isOptional(src, close + 1))
      this.out.push(keysOf(inner, this.minKey));
    this.i = quantifierEnd(src, close + 1) - 1;
    return true;
  }

  /** A small class without a quantifier extends the run; any other class ends it. */
  private charClass(): boolean {
    const { src, i } = this;
    const end = classClose(src, i);
    if (end === src.length) return false;
    const chars = smallClass(src.slice(i + 1, end));
    const bare = quantifierEnd(src, end + 1) === end + 1;
    if (chars && bare && this.runs.length * chars.length <= MAX_RUNS) {
      this.runs = this.runs.flatMap((r) => chars.map((c) => r + c));
      this.i = end;
      return true;
    }
    this.flush();
    this.i = quantifierEnd(src, end + 1) - 1;
    return true;
  }

  /** A `{` that is no quantifier of an atom read before (those are skipped with their atom). */
  private braces(): boolean {
    this.flush();
    const end = this.src.indexOf('}', this.i + 1);
    if (end < 0) return false;
    this.i = end;
    return true;
  }
}

function pieces(src: string, minKey: number): (string[] | null)[] | null {
  return new PieceReader(src, minKey).read();
}

const strength = (keys: string[]) => Math.min(...keys.map((k) => k.length)) - keys.length * 0.01;

/** Keys of a pattern or group body: per branch the strongest required piece, then their union. */
function keysOf(src: string, minKey: number): string[] | null {
  const branches = splitTopLevel(src);
  const all: string[] = [];
  for (const branch of branches) {
    const required = (pieces(branch, minKey) ?? []).filter((p): p is string[] => p !== null);
    if (required.length === 0) return null;
    all.push(...(required.sort((a, b) => strength(b) - strength(a))[0] as string[]));
  }
  return [...new Set(all)];
}

/** The keys of `pattern`, or null when every text must be tried. */
export function patternKeys(pattern: string): string[] | null {
  return keysOf(pattern, MIN_KEY);
}

/**
 * Groups of keys such that every match of `pattern` holds a key of each group: for a pattern of
 * one branch, one group per required piece whose keys are known (the strongest, `patternKeys`,
 * first); otherwise the one group of `patternKeys`. Null when there is none. A text lacking some
 * group's keys cannot match, so groups rule out more texts than the strongest piece alone.
 * `minKey` is the shortest key accepted (see `singleCharKeyGroups`).
 */
export function patternKeyGroups(pattern: string, minKey = MIN_KEY): string[][] | null {
  const keys = keysOf(pattern, minKey);
  if (!keys) return null;
  const branches = splitTopLevel(pattern);
  const required = branches.length === 1 ? (pieces(pattern, minKey) ?? []) : [];
  const others = required.filter((p): p is string[] => p !== null && !sameKeys(p, keys));
  return [keys, ...others.map((p) => [...new Set(p)])];
}

/**
 * Key groups with keys of a single character, for a pattern that has no keys of MIN_KEY or more
 * and would otherwise run on every entry: `^[^.\n]{0,140}?\b0\d{3,4} …` (a phone number near the
 * start) needs a `0`, which most entries lack. One character occurs far more often than a word,
 * so this is only the fallback, never preferred to longer keys.
 */
export function singleCharKeyGroups(pattern: string): string[][] | null {
  return patternKeyGroups(pattern, 1);
}

/**
 * True when every match of `pattern` holds keys of `first` (its first key group) at two different
 * starts: the pattern is one branch with two required pieces whose keys are those of `first`
 * (`\b(\w+) says\b[^]{0,400}?\b(\w+) says\b`). Pieces are consecutive, separate parts of a
 * match, so the keys found in them start apart.
 */
export function firstGroupTwice(pattern: string, first: readonly string[]): boolean {
  if (first.length === 0 || splitTopLevel(pattern).length !== 1) return false;
  const minKey = Math.min(MIN_KEY, ...first.map((k) => k.length));
  const same = (pieces(pattern, minKey) ?? []).filter((p) => p !== null && sameSet(p, first));
  return same.length >= 2;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

/** Index of the `(` opening the group that ends the pattern, or -1 when it ends otherwise. */
function trailingGroupOpen(src: string): number {
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classClose(src, i);
    else if (ch === '(') {
      const close = closeOf(src, i);
      if (close < 0) return -1;
      if (close === src.length - 1) return i;
      i = close;
    }
  }
  return -1;
}

/**
 * The pattern with its trailing positive lookahead made consuming (`…\b(?= to the )` becomes
 * `…\b(?: to the )`), or null when it has several branches or ends otherwise. A lookahead adds
 * no keys (`patternKeyGroups`), so `\b(?!s\d)[A-Z]{1,4}\d{1,3}\b(?= to …)` had none and ran on
 * every entry. Every match of the pattern is followed by text the lookahead accepts, so a match
 * and that text together match this form: its keys lie at or after the match's start, and its
 * match alphabet (match-alphabet.ts) holds every character from the match's start to such a key,
 * which is what the fast matcher's bounds (`Scratch.firstKey`, `lastKey`) need of a key.
 */
export function lookaheadConsumed(pattern: string): string | null {
  const open = trailingGroupOpen(pattern);
  if (open < 0 || !pattern.startsWith('(?=', open) || splitTopLevel(pattern).length !== 1)
    return null;
  return `${pattern.slice(0, open)}(?:${pattern.slice(open + 3)}`;
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * A leading `\b` and a literal word, or a group of literal words, not quantified. A run followed
 * by a quantified character (`CPNs?`) backtracks to the part before it, which is still required.
 */
const OPENING_WORDS = /^\\b(?:([A-Za-z0-9]+)|\(\?:([A-Za-z0-9]+(?:\|[A-Za-z0-9]+)*)\))(?![?*+{])/;

/**
 * True when every match of `pattern` opens with one of `keys` at a word boundary: the pattern is
 * one branch that starts with `\b` and a literal word, or a group of literal words, whose lower
 * cases are exactly the keys. Each starts with a word character, so the character before such a
 * match is none: an occurrence of a key right after a word character starts no match.
 */
export function keysOpenMatches(pattern: string, keys: readonly string[]): boolean {
  const m = OPENING_WORDS.exec(pattern);
  if (!m || splitTopLevel(pattern).length !== 1) return false;
  const words = new Set((m[1] ?? m[2] ?? '').toLowerCase().split('|'));
  return words.size === new Set(keys).size && keys.every((k) => words.has(k));
}
