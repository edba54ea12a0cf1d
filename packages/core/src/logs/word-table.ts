/**
 * Look-ups for the learnt models' scoring (model-stack.ts) that read an entry's text in place.
 * Scoring looked every word up in a `Map` by its lower-cased string, so each word of every entry
 * was sliced, lower-cased and hashed as a fresh string (about a tenth of analysis time with the
 * additions); and each adjacent pair of known words was a second `Map` look-up by number.
 *
 * `AsciiWordTable` holds the stack's all-ASCII words in an open-addressing table hashed over
 * lower-cased code units, so a word of the text is found from its offsets without a string being
 * made. Words holding other characters keep the `Map` (their lower case is not per code unit:
 * `toLowerCase` can change length or depend on context), which also never holds an all-ASCII
 * word the table lacks, so the two together find what the `Map` alone found.
 *
 * `PairTable` is an open-addressing table from a pair's numeric key to its feature id. The rule
 * of what a word is (`wordCharWidth`) lives here too, for `entryWords` (label-model.ts) and the
 * scoring's own scan to share.
 */

/** Non-ASCII letters and digits (any script) also make words. */
const WIDE_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How many UTF-16 code units the word character at `i` takes (2 for a letter outside the BMP),
 * or 0 when the character there is not a word character: letters, digits, `&` and `'`.
 */
export function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    const word =
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38 || c === 39;
    return word ? 1 : 0;
  }
  const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return WIDE_WORD_CHAR.test(text.slice(i, i + width)) ? width : 0;
}

/** 1 for the ASCII code units `wordCharWidth` counts as word characters, else 0. */
export const ASCII_WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) =>
  wordCharWidth(String.fromCharCode(c), 0),
);

/** FNV-1a's offset basis and prime (Fowler, Noll and Vo; http://www.isthe.com/chongo/tech/comp/fnv/). */
export const FNV_BASIS = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The code unit `c` (ASCII) in lower case, as `toLowerCase` gives it. */
export const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** A power of two with at least twice `n` slots, so probes stay short. */
function slotsFor(n: number): number {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

export class AsciiWordTable<V> {
  /** Per slot: the index of its word (in `values`, `keyStart`), or -1 when empty. */
  private readonly slots: Int32Array;
  /**
   * Per slot: its word's full hash, so a probe passing another word is told apart without
   * reading that word (a string object elsewhere in the heap, often out of the processor's
   * cache: about a third of the look-up's time when the words were compared as strings).
   */
  private readonly slotHash: Uint32Array;
  private readonly mask: number;
  /** The words' code units end to end, word `k` from `keyStart[k]` to `keyStart[k + 1]`. */
  private readonly chars: Uint8Array;
  private readonly keyStart: Int32Array;
  private readonly values: V[] = [];

  /** A table of the all-ASCII keys of `words`; the others are left to the caller's `Map`. */
  constructor(words: ReadonlyMap<string, V>) {
    const keys: string[] = [];
    for (const [key, value] of words) {
      if (!isAscii(key)) continue;
      keys.push(key);
      this.values.push(value);
    }
    this.slots = new Int32Array(slotsFor(keys.length)).fill(-1);
    this.slotHash = new Uint32Array(this.slots.length);
    this.mask = this.slots.length - 1;
    this.keyStart = new Int32Array(keys.length + 1);
    keys.forEach((key, k) => (this.keyStart[k + 1] = this.keyStart[k]! + key.length));
    this.chars = new Uint8Array(this.keyStart[keys.length]!);
    keys.forEach((key, k) => this.insert(key, k));
  }

  private insert(key: string, k: number): void {
    const start = this.keyStart[k]!;
    for (let j = 0; j < key.length; j++) this.chars[start + j] = key.charCodeAt(j);
    const hash = hashRange(key, 0, key.length);
    let i = hash & this.mask;
    while (this.slots[i] !== -1) i = (i + 1) & this.mask;
    this.slots[i] = k;
    this.slotHash[i] = hash;
  }

  /**
   * The value of the word `text.slice(start, end).toLowerCase()`, which must be all ASCII, or
   * undefined; `hash` is `hashRange` of it, which the caller works out while it reads the word.
   * Keys are compared as stored, so a key with capitals (never a word's lower case) is never
   * found, as in a `Map`.
   */
  find(hash: number, text: string, start: number, end: number): V | undefined {
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const at = this.slots[i]!;
      if (at === -1) return undefined;
      if (this.slotHash[i] === hash && this.sameLowered(at, text, start, end))
        return this.values[at];
    }
  }

  /** Whether word `k` is the lower case of `text` from `start` to `end` (ASCII). */
  private sameLowered(k: number, text: string, start: number, end: number): boolean {
    const from = this.keyStart[k]!;
    if (this.keyStart[k + 1]! - from !== end - start) return false;
    for (let i = start; i < end; i++)
      if (this.chars[from + i - start] !== lower(text.charCodeAt(i))) return false;
    return true;
  }
}

/** FNV-1a over the lower case of `text`'s code units from `start` to `end` (ASCII). */
function hashRange(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lower(text.charCodeAt(i)), FNV_PRIME);
  return h >>> 0;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * Non-negative integer keys to ids, open addressing with linear probing. Keys are kept as doubles:
 * a pair key is a product of vocabulary sizes and may pass 2^31 in a large study's models.
 */
export class PairTable {
  private readonly keys: Float64Array;
  private readonly ids: Int32Array;
  private readonly mask: number;

  constructor(pairs: ReadonlyMap<number, number>) {
    this.keys = new Float64Array(slotsFor(pairs.size)).fill(-1);
    this.ids = new Int32Array(this.keys.length);
    this.mask = this.keys.length - 1;
    for (const [key, id] of pairs) {
      let i = spread(key) & this.mask;
      while (this.keys[i] !== -1) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.ids[i] = id;
    }
  }

  /** The id filed under `key`, or -1. */
  get(key: number): number {
    for (let i = spread(key) & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i]!;
      if (k === key) return this.ids[i]!;
      if (k === -1) return -1;
    }
  }
}

/**
 * A multiplicative hash (Knuth's golden-ratio constant), so nearby keys land apart; a key past
 * 2^32 is hashed by its low 32 bits (`Math.imul` truncates), which only lengthens its probes.
 */
const spread = (key: number) => Math.imul(key, 0x9e3779b1) >>> 7;
