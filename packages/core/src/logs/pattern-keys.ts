/**
 * Literal keys of a pattern: lower-case strings at least one of which occurs in any text the
 * pattern matches. They let the classifier skip most patterns with a cheap substring index
 * instead of running every RegExp over every entry. Extraction is conservative: when a pattern's
 * keys cannot be proven (no required literal of 2+ characters on some branch) it gets none and is
 * always run. Keys are trimmed, so none starts or ends with a space.
 */
const MIN_KEY = 2;
const QUANTIFIER = /^[?*{]/;
const LITERAL = /[A-Za-z0-9 '&/-]/;

/** Index of the `)` closing the group opened at `open`, or -1. */
function closeOf(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = src.indexOf(']', i + 1) < 0 ? src.length : src.indexOf(']', i + 1);
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
    else if (ch === '[') i = src.indexOf(']', i + 1) < 0 ? src.length : src.indexOf(']', i + 1);
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

/** Required pieces of one branch (no top-level `|`): literal runs and non-optional groups. */
function pieces(src: string): (string[] | null)[] | null {
  const out: (string[] | null)[] = [];
  let run = '';
  const flush = () => {
    const key = run.trim().toLowerCase();
    if (key.length >= MIN_KEY) out.push([key]);
    run = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (ch === '(') {
      flush();
      const close = closeOf(src, i);
      if (close < 0) return null;
      const body = src.slice(i + 1, close);
      const optional = isOptional(src, close + 1);
      if (!/^\?<?[=!]/.test(body) && !optional) out.push(keysOf(body.replace(/^\?:/, '')));
      i = close + (optional ? 1 : 0);
    } else if (ch === '[' || ch === '{') {
      flush();
      const end = src.indexOf(ch === '[' ? ']' : '}', i + 1);
      if (end < 0) return null;
      i = end + (ch === '[' && isOptional(src, end + 1) ? 1 : 0);
    } else if (ch === '\\') {
      if (src[i + 1] !== 'b') flush();
      i++;
    } else if (LITERAL.test(ch) && !isOptional(src, i + 1)) run += ch;
    else flush();
  }
  flush();
  return out;
}

const strength = (keys: string[]) => Math.min(...keys.map((k) => k.length)) - keys.length * 0.01;

/** Keys of a pattern or group body: per branch the strongest required piece, then their union. */
function keysOf(src: string): string[] | null {
  const branches = splitTopLevel(src);
  const all: string[] = [];
  for (const branch of branches) {
    const required = (pieces(branch) ?? []).filter((p): p is string[] => p !== null);
    if (required.length === 0) return null;
    all.push(...(required.sort((a, b) => strength(b) - strength(a))[0] as string[]));
  }
  return [...new Set(all)];
}

/** The keys of `pattern`, or null when every text must be tried. */
export function patternKeys(pattern: string): string[] | null {
  return keysOf(pattern);
}
