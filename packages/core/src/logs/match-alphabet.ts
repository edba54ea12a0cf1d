/**
 * The match alphabet of a pattern: a superset of the characters (UTF-16 code units) any match of
 * it can contain, read from its source as compiled with the `i` flag and without `u`. Look-arounds
 * consume nothing and add nothing; anything not understood adds every character, so the result is
 * always a superset. The fast matcher uses it to start a RegExp's scan late (`matchFloor`): a
 * match holding a key at offset q starts after the last character before q outside the alphabet.
 */

/** Per ASCII code, 1 when a match may hold it; `nonAscii` stands for every code unit ≥ 128. */
export interface MatchAlphabet {
  ascii: Uint8Array;
  nonAscii: boolean;
}

const DIGITS = '0123456789';
const WORD = `${DIGITS}abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_`;
/** ASCII white space of `\s`; its non-ASCII members (U+00A0, U+2028, …) set `nonAscii`. */
const SPACE = '\t\n\v\f\r ';
/**
 * Single-character escapes: `\n` is a line feed, and so on. Not `\0`, which without `u` may open
 * an octal escape: digits are left to the everything-fallback with back-references.
 */
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
/** A quantifier in braces; a `{` that starts none is a literal without the `u` flag. */
const BRACES = /^\{\d+(?:,\d*)?\}/;

class Alphabet implements MatchAlphabet {
  ascii = new Uint8Array(128);
  nonAscii = false;

  addChar(code: number): void {
    if (code >= 128) this.nonAscii = true;
    else this.ascii[code] = 1;
  }

  addAll(chars: string): void {
    for (let i = 0; i < chars.length; i++) this.addChar(chars.charCodeAt(i));
  }

  addRange(from: number, to: number): void {
    for (let c = from; c <= to && c < 128; c++) this.ascii[c] = 1;
    if (to >= 128) this.nonAscii = true;
  }

  everything(): void {
    this.addRange(0, 0xffff);
  }

  /** Under `i`, an ASCII letter matches itself in either case (and nothing non-ASCII). */
  closeUnderCase(): void {
    for (let c = 65; c <= 90; c++) {
      const either = (this.ascii[c] as number) | (this.ascii[c + 32] as number);
      this.ascii[c] = either;
      this.ascii[c + 32] = either;
    }
  }
}

/** Index of the `]` closing the class opened at `open`, or -1. */
function classClose(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return -1;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function groupClose(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      i = classClose(src, i);
      if (i < 0) return -1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Adds what the escape `\ch` outside a class can consume. False for an escape not understood
 * (back-references, `\x`, `\u`, `\c`, `\p`, letters without a meaning): the caller adds all.
 */
function addEscape(a: Alphabet, ch: string): boolean {
  if (ch === 'b' || ch === 'B') return true;
  if (ch === 'd') a.addAll(DIGITS);
  else if (ch === 'w') a.addAll(WORD);
  else if (ch === 's') {
    a.addAll(SPACE);
    a.nonAscii = true;
  } else if (ch in CONTROL) a.addAll(CONTROL[ch] as string);
  else if (/[A-Za-z0-9]/.test(ch)) return false;
  else a.addAll(ch);
  return true;
}

/**
 * One member of a class body at `i`: its set (null for one character) and its character code.
 * Returns the index after it, or -1 for an escape not understood.
 */
function classMember(src: string, i: number, a: Alphabet): { next: number; code: number | null } {
  if (src[i] !== '\\') return { next: i + 1, code: src.charCodeAt(i) };
  const ch = src[i + 1] ?? '';
  if (ch === 'b') return { next: i + 2, code: 8 };
  if (ch in CONTROL) return { next: i + 2, code: (CONTROL[ch] as string).charCodeAt(0) };
  if ('dws'.includes(ch)) {
    addEscape(a, ch);
    return { next: i + 2, code: null };
  }
  if (/[A-Za-z0-9]/.test(ch) || ch === '') return { next: -1, code: null };
  return { next: i + 2, code: ch.charCodeAt(0) };
}

/** Adds a class body (between `[` and `]`); false when it is not understood. */
function addClass(a: Alphabet, body: string): boolean {
  if (body.startsWith('^')) {
    a.everything();
    return true;
  }
  for (let i = 0; i < body.length;) {
    const from = classMember(body, i, a);
    if (from.next < 0) return false;
    const dash = body[from.next] === '-' && from.next + 1 < body.length;
    if (!dash || from.code === null) {
      if (from.code !== null) a.addChar(from.code);
      i = from.next;
      continue;
    }
    const to = classMember(body, from.next + 1, a);
    if (to.next < 0) return false;
    // `[\w-.]` without `u`: the dash after a class escape is a literal.
    if (to.code === null) a.addAll('-');
    else a.addRange(from.code, to.code);
    a.addChar(from.code);
    i = to.next;
  }
  return true;
}

/** A look-around group (`(?=`, `(?!`, `(?<=`, `(?<!`): it consumes nothing. */
function isLookaround(src: string, open: number): boolean {
  return /^\(\?<?[=!]/.test(src.slice(open, open + 4));
}

/** Adds the characters of the atom at `i`; returns the index after it, or -1 when not understood. */
function addAtom(a: Alphabet, src: string, i: number): number {
  const ch = src[i] as string;
  if (ch === '\\') return addEscape(a, src[i + 1] ?? '') ? i + 2 : -1;
  if (ch === '[') {
    const close = classClose(src, i);
    return close >= 0 && addClass(a, src.slice(i + 1, close)) ? close + 1 : -1;
  }
  if (ch === '(') {
    if (isLookaround(src, i)) {
      const close = groupClose(src, i);
      return close < 0 ? -1 : close + 1;
    }
    const named = /^\(\?(?::|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i));
    return i + (named ? named[0].length : 1);
  }
  if (ch === '{') {
    const braces = BRACES.exec(src.slice(i));
    if (braces) return i + braces[0].length;
  }
  if (ch === '.') a.everything();
  else if (!'|)^$?*+'.includes(ch)) a.addChar(src.charCodeAt(i));
  return i + 1;
}

/** The match alphabet of `pattern` (see the module comment). */
export function matchAlphabet(pattern: string): MatchAlphabet {
  const a = new Alphabet();
  for (let i = 0; i < pattern.length;) {
    const next = addAtom(a, pattern, i);
    if (next < 0) {
      a.everything();
      break;
    }
    i = next;
  }
  a.closeUnderCase();
  return { ascii: a.ascii, nonAscii: a.nonAscii };
}

/** True when every character may occur in a match: no floor can be found. */
export function coversEverything(a: MatchAlphabet): boolean {
  return a.nonAscii && a.ascii.every((x) => x === 1);
}

/**
 * The earliest start of a match that holds a character at `q` (a key's start): the offset just
 * after the last character before `q` outside the alphabet, or 0. Every character of a match is in
 * the alphabet, so a match starting earlier would span that character.
 */
export function matchFloor(a: MatchAlphabet, text: string, q: number): number {
  const { ascii, nonAscii } = a;
  let i = q - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ascii[c] === 0 : !nonAscii) break;
  }
  return i + 1;
}
