/**
 * Aho–Corasick automaton over the lexicon's literal keys (A. V. Aho and M. J. Corasick, "Efficient
 * string matching: an aid to bibliographic search", CACM 18(6), 1975), built as a complete DFA so
 * one pass over an entry, one table lookup per character, finds every occurrence of every key.
 * Keys are lower-case ASCII; ASCII letters in the text fold to lower case and every non-ASCII
 * character breaks a key, which is sound because under the `i` flag without `u` no non-ASCII
 * character matches an ASCII one (see literal-paths.ts).
 */

import { BOUNDARY_CHAR } from './cue-windows.js';

export interface KeyAutomaton {
  /** Key id → its length in UTF-16 code units. */
  keyLength: Int32Array;
  /** ASCII code → symbol (0: in no key). Upper-case letters share their lower-case symbol. */
  symbols: Uint8Array;
  alphabet: number;
  /**
   * Transition table: `next[state * alphabet + symbol]`. State 0 is the root. 16-bit when the
   * states fit (a default lexicon has about 9,000): half the memory, so more of it stays in cache.
   */
  next: Int32Array | Uint16Array;
  /**
   * States are numbered so that those where keys end come last, from `firstOutput` on: the scan
   * tells an output state by its number alone and reads no output table for the others.
   */
  firstOutput: number;
  /** Keys ending in output state `firstOutput + o` (its own and its suffixes'): flat ranges by o. */
  outStart: Int32Array;
  outKeys: Int32Array;
}

/** Occurrences found by `scanKeys`: key id and start offset (UTF-16) as pairs. */
export interface KeyHits {
  data: Int32Array;
  count: number;
}

export function emptyHits(): KeyHits {
  return { data: new Int32Array(256), count: 0 };
}

function symbolTable(keys: string[]): { symbols: Uint8Array; alphabet: number } {
  const symbols = new Uint8Array(128);
  let alphabet = 1;
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c >= 128) throw new RangeError(`key "${key}" is not ASCII`);
      if (symbols[c] === 0) symbols[c] = alphabet++;
    }
  }
  for (let c = 65; c <= 90; c++) symbols[c] = symbols[c + 32] as number;
  return { symbols, alphabet };
}

/** Trie of the keys: `goto` per state and symbol (-1: none), and the key ids ending at each. */
function buildTrie(keys: string[], symbols: Uint8Array, alphabet: number) {
  // At most one state per key character, plus the root.
  const most = keys.reduce((n, k) => n + k.length, 1);
  const goto = new Int32Array(most * alphabet).fill(-1);
  const ends: number[][] = [[]];
  keys.forEach((key, id) => {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const at = s * alphabet + (symbols[key.charCodeAt(i)] as number);
      if ((goto[at] as number) < 0) {
        goto[at] = ends.length;
        ends.push([]);
      }
      s = goto[at] as number;
    }
    (ends[s] as number[]).push(id);
  });
  return { goto: goto.subarray(0, ends.length * alphabet), ends };
}

/** Breadth-first failure links turn the trie into a complete DFA and merge outputs. */
export function buildKeyAutomaton(keys: string[]): KeyAutomaton {
  const { symbols, alphabet } = symbolTable(keys);
  const { goto, ends } = buildTrie(keys, symbols, alphabet);
  const states = ends.length;
  const next = goto;
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let a = 1; a < alphabet; a++) {
    const t = next[a] as number;
    if (t < 0) next[a] = 0;
    else queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number;
    ends[s] = [...(ends[s] as number[]), ...(ends[fail[s] as number] as number[])];
    for (let a = 1; a < alphabet; a++) {
      const t = next[s * alphabet + a] as number;
      const viaFail = next[(fail[s] as number) * alphabet + a] as number;
      if (t < 0) next[s * alphabet + a] = viaFail;
      else {
        fail[t] = viaFail;
        queue.push(t);
      }
    }
  }
  for (let s = 0; s < states; s++) next[s * alphabet] = 0;
  return {
    keyLength: Int32Array.from(keys, (k) => k.length),
    symbols,
    alphabet,
    ...renumber(next, ends, alphabet, [0, ...queue]),
  };
}

/**
 * Renumbers states so the output states come last (the root, with no output, stays 0), each
 * group in breadth-first order: the shallow states, where the scan spends most of its time
 * between keys, then sit together in a few kilobytes of the table.
 */
function renumber(next: Int32Array, ends: number[][], alphabet: number, bfs: number[]) {
  const hasOutput = (s: number) => ends[s]!.length > 0;
  const order = [...bfs.filter((s) => !hasOutput(s)), ...bfs.filter(hasOutput)];
  const id = new Int32Array(ends.length);
  order.forEach((old, i) => (id[old] = i));
  const firstOutput = order.findIndex(hasOutput);
  const table = new Int32Array(next.length);
  for (let s = 0; s < ends.length; s++)
    for (let a = 0; a < alphabet; a++) table[id[s]! * alphabet + a] = id[next[s * alphabet + a]!]!;
  const outputs = firstOutput < 0 ? [] : order.slice(firstOutput).map((old) => ends[old]!);
  return {
    next: ends.length <= 0xffff ? Uint16Array.from(table) : table,
    firstOutput: firstOutput < 0 ? ends.length : firstOutput,
    ...flatten(outputs),
  };
}

function flatten(ends: number[][]): { outStart: Int32Array; outKeys: Int32Array } {
  const outStart = new Int32Array(ends.length + 1);
  ends.forEach((e, s) => (outStart[s + 1] = (outStart[s] as number) + e.length));
  return { outStart, outKeys: Int32Array.from(ends.flat()) };
}

function push(hits: KeyHits, key: number, start: number): void {
  if (hits.count * 2 + 2 > hits.data.length) {
    const grown = new Int32Array(hits.data.length * 2);
    grown.set(hits.data);
    hits.data = grown;
  }
  hits.data[hits.count * 2] = key;
  hits.data[hits.count * 2 + 1] = start;
  hits.count++;
}

/**
 * Every occurrence of every key in `text`, in order of their end; `hits` is reused. The clause
 * boundaries of `text` (`clauseBoundaries`, cue-windows.ts) are appended to `clauses` in the same
 * pass: both read every character, and a second loop over the entry cost more than the test
 * added here.
 */
export function scanKeys(a: KeyAutomaton, text: string, hits: KeyHits, clauses: number[]): void {
  hits.count = 0;
  const { next, symbols, alphabet, outStart, outKeys, keyLength, firstOutput } = a;
  let s = 0;
  // The two code units before `i`, and where a ` - ` may next start (they do not overlap).
  let back1 = 0;
  let back2 = 0;
  let dashFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 64) {
      if (BOUNDARY_CHAR[c] === 1) clauses.push(i, i + 1);
      else if (c === 32 && back1 === 45 && back2 === 32 && i - 2 >= dashFrom) {
        clauses.push(i - 2, i + 1);
        dashFrom = i + 1;
      }
    }
    back2 = back1;
    back1 = c;
    s = next[s * alphabet + (c < 128 ? (symbols[c] as number) : 0)] as number;
    if (s < firstOutput) continue;
    const to = outStart[s - firstOutput + 1] as number;
    for (let k = outStart[s - firstOutput] as number; k < to; k++) {
      const key = outKeys[k] as number;
      push(hits, key, i + 1 - (keyLength[key] as number));
    }
  }
}
