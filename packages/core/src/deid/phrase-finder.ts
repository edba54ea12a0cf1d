/**
 * Finds gazetteer phrases in text, case-sensitively as cased in the gazetteer (plus an all-caps
 * form), at word boundaries, longest first. Phrases are indexed by their first two characters and
 * the length of their first word, so a text costs one map lookup per word that starts with a
 * capital or digit: a regex alternation of hundreds of literals would be tried at every position
 * (V8 builds no trie). A study's phrases that start with a non-ASCII letter are not found (the
 * gazetteers shipped have none).
 */
import { textMemo } from './text-memo.js';

export interface PhraseHit {
  start: number;
  /** Exclusive, UTF-16 code units. */
  end: number;
  phrase: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/**
 * A phrase's first word, read with its own regex when the index is built: a phrase with a
 * non-ASCII character in it (`Barnardo’s`) would otherwise run the scan's Unicode branch before
 * any text does, and V8 then stops inlining the scan's hot ASCII path (measured: the gazetteer scan
 * took about twice as long on ASCII text).
 */
const FIRST_WORD = /^[\p{L}\p{M}\p{N}]*/u;

export interface PhraseFinder {
  find(text: string): PhraseHit[];
}

/**
 * Phrases by their first two code units (`keyAt`) and the length of their first word, as one
 * number (`indexKey`): a phrase can only match where the text's word has that length, so each
 * word start tries a handful of phrases, not every town that starts `Ma` (in UPPERCASE text,
 * every word start). Lists are longest first, so the first phrase that matches is the longest.
 */
interface PhraseIndex {
  byKey: Map<number, string[]>;
  /**
   * A bit per first-word length (31 and over share bit 31) for each pair of first two code units
   * that are both ASCII (`pairSlot`): most words of a text start no phrase, and a typed-array read
   * rejects them without hashing a key into the map.
   */
  lengthsByPair: Uint32Array;
}

/** Lengths from 63 up share a slot; `at` still checks every candidate in full. */
const MAX_LENGTH_SLOT = 63;

/** A small integer (V8 Smi) for any phrase start: the first code unit is an ASCII capital or digit. */
function indexKey(text: string, start: number, wordEnd: number): number {
  return keyAt(text, start) * 64 + Math.min(wordEnd - start, MAX_LENGTH_SLOT);
}

/** Bit of a first-word length in `lengthsByPair`. */
const MAX_LENGTH_BIT = 31;

/** Slot of the first two code units from `i` in `lengthsByPair`, or -1 when one is not ASCII. */
function pairSlot(text: string, i: number): number {
  const second = text.charCodeAt(i + 1) || 0; // as keyAt: a missing second one counts 0
  return second < 128 ? text.charCodeAt(i) * 128 + second : -1;
}

export function phraseFinder(phrases: readonly string[]): PhraseFinder {
  const index: PhraseIndex = { byKey: new Map(), lengthsByPair: new Uint32Array(128 * 128) };
  const forms = new Set(phrases.flatMap((p) => [p, p.toUpperCase()]).filter(startsPlainly));
  const sorted = [...forms].sort((a, b) => b.length - a.length); // stable: ties keep their order
  for (const phrase of sorted) {
    const length = FIRST_WORD.exec(phrase)![0].length;
    const key = indexKey(phrase, 0, length);
    index.byKey.set(key, [...(index.byKey.get(key) ?? []), phrase]);
    const slot = pairSlot(phrase, 0);
    if (slot >= 0) index.lengthsByPair[slot]! |= 1 << Math.min(length, MAX_LENGTH_BIT);
  }
  return { find: (text) => (index.byKey.size === 0 ? [] : findAll(text, index)) };
}

/** Phrases the scan can find: those starting with an ASCII capital or digit. */
function startsPlainly(phrase: string): boolean {
  return /^[A-Z0-9]/.test(phrase);
}

/** The first two UTF-16 code units from `i`, as one number (a missing second one counts 0). */
function keyAt(text: string, i: number): number {
  return text.charCodeAt(i) * 65536 + (text.charCodeAt(i + 1) || 0);
}

/** ASCII word characters (letters and digits): 1 in a table, so the scan reads one byte. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Whether a character code is a word character (ASCII fast path, Unicode test otherwise). */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  return c === c && WORD_CHAR.test(text.charAt(i)); // NaN past the end is no word character
}

/** Whether a code is an ASCII capital or digit, the only characters a phrase starts with. */
function isPhraseStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** End (exclusive) of the run of word characters from `i`. */
function wordEnd(text: string, i: number): number {
  let end = i;
  while (end < text.length && isWordCode(text, end)) end++;
  return end;
}

/**
 * The words of `text` that start with an ASCII capital or digit, as `[start, end, slot, start,
 * end, slot…]` (`slot`: `pairSlot` of the word's first two code units), found in one pass by hand
 * (a `/[A-Z0-9]/g` regex stopped at every capital of UPPERCASE log text and allocated a match each
 * time). Kept per text (text-memo.ts): the location and organisation recognizers run three
 * finders over the same text, and each read the first two code units of every word again.
 */
const phraseStartWords = textMemo((text: string): number[] => {
  const words: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (isPhraseStart(text.charCodeAt(i))) words.push(i, end, pairSlot(text, i));
    i = end;
  }
  return words;
});

/**
 * Phrases at the words `phraseStartWords` gives. A phrase matches only where the text's first word
 * is the phrase's first word (both end at a non-word character), so only phrases with that word
 * length are tried. A hit ends where a non-word character stands, so the words after it are the
 * text's words from there on; those inside it are skipped.
 */
function findAll(text: string, index: PhraseIndex): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const words = phraseStartWords(text);
  let from = 0;
  for (let k = 0; k < words.length; k += 3) {
    const start = words[k]!;
    if (start < from) continue;
    const phrase = phraseAt(text, start, words[k + 1]!, words[k + 2]!, index);
    if (!phrase) continue;
    hits.push({ start, end: start + phrase.length, phrase });
    from = start + phrase.length;
  }
  return hits;
}

/** The longest phrase at word start `i`, whose first word ends at `end` (`slot`: `pairSlot`). */
function phraseAt(
  text: string,
  i: number,
  end: number,
  slot: number,
  index: PhraseIndex,
): string | undefined {
  if (slot >= 0 && ((index.lengthsByPair[slot]! >>> Math.min(end - i, MAX_LENGTH_BIT)) & 1) === 0) {
    return undefined;
  }
  const candidates = index.byKey.get(indexKey(text, i, end));
  if (candidates === undefined) return undefined;
  for (const phrase of candidates) if (at(text, phrase, i)) return phrase;
  return undefined;
}

function at(text: string, phrase: string, start: number): boolean {
  const end = start + phrase.length;
  return text.startsWith(phrase, start) && !(end < text.length && isWordCode(text, end));
}
