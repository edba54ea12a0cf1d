/**
 * Cheap necessary conditions for whole-text regex scans. Many rules scan every text with a regex
 * that can only match where one of a few literal words occurs (a verb of saying, a lower-case
 * street word, `Surgery|Practice|…`); on most log entries none occurs, yet each scan still reads
 * every character (about 2 ns a character each, and a dozen such scans run per text). Here one pass
 * per text records which triples of UTF-16 code units it holds, in one small table that every gate
 * reads; a gate then answers from a few table reads per literal.
 *
 * A gate that says false guarantees the text holds none of its literals, so the regex cannot
 * match; one that says true proves nothing (hash collisions), so the regex still runs and decides:
 * results never change. Literals are matched exactly, case included, so a gate suits
 * case-sensitive regexes only (under the `i` flag a literal may match in any case).
 *
 * The table is kept for the last text seen (recognizers run one after another on the same text),
 * and for every text of an open batch (text-memo.ts), so it is filled once per text however many
 * gates ask. Texts longer than MAX_INDEXED_CHARS are not indexed (the table would fill up and
 * filter nothing): every gate passes.
 */
import { batchNumber, inBatch, textMemo } from './text-memo.js';

/** Slots of the table (a power of two): a log entry of a few hundred characters fills under 5%. */
const SLOT_BITS = 13;
const MAX_INDEXED_CHARS = 2048;

/** 32-bit words of a text's table: one bit per slot, so each text can keep its own. */
const TABLE_WORDS = (1 << SLOT_BITS) >>> 5;

/** Slot of three code units. */
function slotOf(a: number, b: number, c: number): number {
  return Math.imul(a ^ (b << 7) ^ (c << 14), 0x9e3779b1) >>> (32 - SLOT_BITS);
}

/**
 * The slots of the triples of `text` as a bit table (a kilobyte), or null for a text too long to
 * index. One table per text rather than one shared table marked by generation: a batch
 * (`detectIdentifiersBatch`) runs each recognizer over many texts before the next, and each text
 * keeps its table until the batch ends (text-memo.ts).
 */
const tableOf = textMemo((text: string): Uint32Array | null => {
  if (text.length > MAX_INDEXED_CHARS) return null;
  // Text by text, one table is refilled (a new kilobyte per text measured several per cent slower).
  const table = inBatch() ? batchTable() : scratch.fill(0);
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const slot = slotOf(a, b, c);
    table[slot >>> 5]! |= 1 << (slot & 31);
    a = b;
    b = c;
  }
  return table;
});

const scratch = new Uint32Array(TABLE_WORDS);

/**
 * Tables for the texts of an open batch, cut from one buffer that the next batch reuses (the
 * memos forget every table when a batch closes): a view on it costs less than a new kilobyte
 * buffer per text (batches about 4% faster). Past ARENA_TABLES texts in one batch, each further
 * table is its own buffer.
 */
const ARENA_TABLES = 1024;
let arena = new Uint32Array(0);
let arenaUsed = 0;
let arenaBatch = -1;

function batchTable(): Uint32Array {
  if (arenaBatch !== batchNumber()) {
    arenaBatch = batchNumber();
    arenaUsed = 0;
  }
  if (arenaUsed + TABLE_WORDS > arena.length) {
    if (arena.length >= ARENA_TABLES * TABLE_WORDS) return new Uint32Array(TABLE_WORDS);
    // Tables already handed out keep the old buffer.
    arena = new Uint32Array(
      Math.min(Math.max(arena.length * 2, 64 * TABLE_WORDS), ARENA_TABLES * TABLE_WORDS),
    );
    arenaUsed = 0;
  }
  const table = arena.subarray(arenaUsed, arenaUsed + TABLE_WORDS);
  arenaUsed += TABLE_WORDS;
  return table.fill(0);
}

const has = (table: Uint32Array, slot: number) => (table[slot >>> 5]! & (1 << (slot & 31))) !== 0;

/** The slots of every triple of a literal (three code units or more). */
function literalSlots(literal: string): Int32Array {
  const slots = new Int32Array(literal.length - 2);
  for (let i = 2; i < literal.length; i++) {
    slots[i - 2] = slotOf(
      literal.charCodeAt(i - 2),
      literal.charCodeAt(i - 1),
      literal.charCodeAt(i),
    );
  }
  return slots;
}

/**
 * Whether a text may contain one of `literals` as a substring, case included. False is certain;
 * true may be wrong. A literal shorter than three code units makes the gate always pass.
 */
export function literalGate(literals: readonly string[]): (text: string) => boolean {
  if (literals.length === 0 || literals.some((l) => l.length < 3)) return () => true;
  const slotLists = literals.map(literalSlots);
  // Most literals are ruled out by their first triple: those slots sit in one array read in a
  // tight loop; a literal's other triples are read only when its first is present.
  const firsts = Int32Array.from(slotLists, (slots) => slots[0]!);
  return (text) => {
    const table = tableOf(text);
    if (table === null) return true;
    for (let i = 0; i < firsts.length; i++) {
      if (has(table, firsts[i]!) && allSeen(table, slotLists[i]!)) return true;
    }
    return false;
  };
}

function allSeen(table: Uint32Array, slots: Int32Array): boolean {
  for (let i = 0; i < slots.length; i++) if (!has(table, slots[i]!)) return false;
  return true;
}

/** A regex source that is only literals joined by `|` (letters, digits, spaces, `:`, `&`). */
const PLAIN_ALTERNATION = /^[A-Za-z0-9 :&]+(?:\|[A-Za-z0-9 :&]+)*$/;

/**
 * `literalGate` for a case-sensitive regex that is a plain alternation of literals
 * (`/Ltd|Limited|LLP/`), with the literals read from its source, so the two cannot drift apart;
 * throws at module load for any other regex.
 */
export function alternationGate(pattern: RegExp): (text: string) => boolean {
  if (pattern.ignoreCase || !PLAIN_ALTERNATION.test(pattern.source)) {
    throw new Error(`alternationGate: not a case-sensitive plain alternation: /${pattern.source}/`);
  }
  return literalGate(pattern.source.split('|'));
}
