/**
 * Refuses regular expressions that could run for minutes (ReDoS). JavaScript's engine
 * (Irregexp) backtracks, and nothing in pure code can interrupt a running `exec`, so the guard
 * is static and conservative:
 *
 * - exponential backtracking needs a quantified sub-pattern that can match the same text in
 *   more than one way: a quantifier inside a quantified group (`(a+)+`, star height > 1) or a
 *   quantified alternation (`(a|ab)*`). Both are refused, as safe-regex refuses star height > 1
 *   (Davis et al., "The impact of regular expression denial of service (ReDoS) in practice",
 *   ESEC/FSE 2018, §2); a group made optional with `?` is allowed, it cannot repeat;
 * - polynomial backtracking grows with the number of unbounded quantifiers that can overlap
 *   (`\s*\s*\s*x` is cubic), so at most MAX_UNBOUNDED unbounded quantifiers (`*`, `+`, `{n,}`)
 *   are allowed: with one, a failed search of an n-unit text costs O(n²) steps at worst;
 * - backreferences make matching NP-hard in general (Aho 1990) and are refused;
 * - the pattern is at most MAX_PATTERN_UTF16 code units long.
 *
 * Autocode also runs the expression one unit (turn, entry, section) at a time, so n is a unit's
 * length, not a whole study's.
 */

export const MAX_PATTERN_UTF16 = 200;
export const MAX_UNBOUNDED = 1;

export class UnsafePatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafePatternError';
  }
}

interface GroupState {
  /** The group holds a quantifier or an alternation (it can match one text in several ways). */
  ambiguous: boolean;
}

/** Length of the quantifier at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`), 0 if none. */
function quantifierAt(
  p: string,
  i: number,
): { length: number; unbounded: boolean; optional: boolean } {
  const ch = p[i];
  if (ch === '*' || ch === '+') return { length: 1, unbounded: true, optional: false };
  if (ch === '?') return { length: 1, unbounded: false, optional: true };
  const m = ch === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i)) : null;
  if (!m) return { length: 0, unbounded: false, optional: false };
  const unbounded = m[2] !== undefined && m[3] === '';
  const optional = m[1] === '0' && m[3] === '1';
  return { length: m[0].length, unbounded, optional };
}

/** Index just past a character class starting at `i` (`[...]`, escapes honoured). */
function skipClass(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === ']') j++;
  while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1;
  return j + 1;
}

function refuse(pattern: string, why: string): never {
  throw new UnsafePatternError(`regular expression /${pattern}/ refused: ${why}`);
}

/** After `)` or an atom: checks and counts the quantifier that may follow at `i`. */
function afterAtom(p: string, i: number, closed: GroupState | null, count: { n: number }): number {
  const q = quantifierAt(p, i);
  if (q.length === 0) return i;
  if (closed?.ambiguous && !q.optional)
    refuse(
      p,
      'a repeated group contains a quantifier or "|" (nested repetition can take exponential time); rewrite it without repeating the group',
    );
  if (q.unbounded && ++count.n > MAX_UNBOUNDED)
    refuse(
      p,
      `more than ${MAX_UNBOUNDED} unbounded quantifier (*, +, {n,}); search for a shorter pattern or use a phrase`,
    );
  let j = i + q.length;
  if (p[j] === '?') j++; // lazy quantifier
  return j;
}

function markAmbiguous(stack: GroupState[]): void {
  for (const g of stack) g.ambiguous = true;
}

/** Moves past the atom ending at `end` and its quantifier; a quantifier makes groups ambiguous. */
function quantified(p: string, end: number, stack: GroupState[], count: { n: number }): number {
  const next = afterAtom(p, end, null, count);
  if (next > end) markAmbiguous(stack);
  return next;
}

function closeGroup(p: string, i: number, stack: GroupState[], count: { n: number }): number {
  const closed = stack.pop();
  if (!closed) refuse(p, 'unbalanced ")"');
  const before = count.n;
  const next = afterAtom(p, i + 1, closed, count);
  if (closed.ambiguous || next > i + 1 || count.n > before) markAmbiguous(stack);
  return next;
}

/** One step of the scan from `i`: an escape, a class, a group bracket, "|" or a plain atom. */
function step(p: string, i: number, stack: GroupState[], count: { n: number }): number {
  const ch = p[i];
  if (ch === '\\') {
    if (/^\\([1-9]|k<)/.test(p.slice(i, i + 3))) refuse(p, 'backreferences are not allowed');
    return quantified(p, i + 2, stack, count);
  }
  if (ch === '[') return quantified(p, skipClass(p, i), stack, count);
  if (ch === '(') {
    stack.push({ ambiguous: false });
    return i + 1;
  }
  if (ch === ')') return closeGroup(p, i, stack, count);
  if (ch === '|') {
    markAmbiguous(stack);
    return i + 1;
  }
  return quantified(p, i + 1, stack, count);
}

/** Throws UnsafePatternError if `pattern` is too long or could backtrack catastrophically. */
export function assertSafePattern(pattern: string): void {
  if (pattern.length === 0) refuse(pattern, 'the pattern is empty');
  if (pattern.length > MAX_PATTERN_UTF16)
    refuse(`${pattern.slice(0, 40)}…`, `longer than ${MAX_PATTERN_UTF16} characters`);
  const stack: GroupState[] = [];
  const count = { n: 0 };
  for (let i = 0; i < pattern.length;) i = step(pattern, i, stack, count);
  if (stack.length) refuse(pattern, 'unbalanced "("');
}
