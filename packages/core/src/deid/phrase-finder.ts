/**
 * Finds gazetteer phrases in text, case-sensitively as cased in the gazetteer (plus an all-caps
 * form), at word boundaries, longest first. Phrases are indexed by their first two characters, so a
 * text costs one map lookup per capital letter that starts a word: a regex alternation of
 * hundreds of literals would be tried at every position (V8 builds no trie). A study's phrases
 * that start with a non-ASCII letter are not found (the gazetteers shipped have none).
 */
export interface PhraseHit {
  start: number;
  /** Exclusive, UTF-16 code units. */
  end: number;
  phrase: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export interface PhraseFinder {
  find(text: string): PhraseHit[];
}

export function phraseFinder(phrases: readonly string[]): PhraseFinder {
  const index = new Map<number, string[]>();
  const forms = new Set(phrases.flatMap((p) => [p, p.toUpperCase()]).filter(startsPlainly));
  for (const phrase of forms) {
    const key = keyAt(phrase, 0);
    const list = index.get(key) ?? [];
    list.push(phrase);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return { find: (text) => (index.size === 0 ? [] : findAll(text, index)) };
}

/** Phrases the scan can find: those starting with an ASCII capital or digit. */
function startsPlainly(phrase: string): boolean {
  return /^[A-Z0-9]/.test(phrase);
}

/** The first two UTF-16 code units from `i`, as one number (a missing second one counts 0). */
function keyAt(text: string, i: number): number {
  return text.charCodeAt(i) * 65536 + (text.charCodeAt(i + 1) || 0);
}

/** Whether a character code is a word character (ASCII fast path, Unicode test otherwise). */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text.charAt(i));
}

/**
 * Gazetteer phrases start with an ASCII capital or digit, so the scan jumps from one to the next
 * with a plain regex (fast in V8) and checks the word boundary before it by hand.
 */
const PHRASE_START = /[A-Z0-9]/g;

function findAll(text: string, index: Map<number, string[]>): PhraseHit[] {
  const hits: PhraseHit[] = [];
  PHRASE_START.lastIndex = 0;
  for (let m = PHRASE_START.exec(text); m; m = PHRASE_START.exec(text)) {
    const i = m.index;
    if (i > 0 && isWordCode(text, i - 1)) continue;
    const phrase = index.get(keyAt(text, i))?.find((p) => at(text, p, i));
    if (!phrase) continue;
    hits.push({ start: i, end: i + phrase.length, phrase });
    PHRASE_START.lastIndex = i + phrase.length;
  }
  return hits;
}

function at(text: string, phrase: string, start: number): boolean {
  const end = start + phrase.length;
  return text.startsWith(phrase, start) && !(end < text.length && isWordCode(text, end));
}
