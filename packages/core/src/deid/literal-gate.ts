/**
 * Cheap necessary conditions for whole-text regex scans. Many rules scan every text with a regex
 * that can only match where one of a few literal words occurs (a verb of saying, a lower-case
 * street word, `Surgery|Practice|…`); on most log entries none occurs, yet each scan still reads
 * every character (about 2 ns a character each, and a dozen such scans run per text). Here one pass
 * per text answers every gate at once: it hashes each triple of UTF-16 code units (ASCII letters
 * folded to lower case), and where a triple's slot is the first triple of some gate's literal (a
 * bit table of those slots, filled as gates are made), compares those literals with the text in
 * place. A gate then reads its answer off the text's list: one array read. (Before, each gate
 * looped over its literals' first triples in a table of the text's triples: about 480 table reads
 * a text for two dozen gates, and hash collisions passed texts without the literals.)
 *
 * A `literalGate` says true exactly when the text holds one of its literals, case included, so it
 * suits case-sensitive regexes; a `foldedLiteralGate` compares ASCII letters in any case, as a
 * regex with the `i` flag and without `u` does (there no other character matches an ASCII letter).
 * A false answer guarantees the regex cannot match, and a true one still leaves the regex to
 * decide: results never change. The answers are kept for the last text seen (recognizers run one
 * after another on the same text), and for every text of an open batch (text-memo.ts), so the pass
 * runs once per text however many gates ask. The pass is linear in the text, so texts of any
 * length are answered.
 */
import { inBatch, textMemo } from './text-memo.js';

/**
 * Slots of the first-triple table (a power of two): the gates' few hundred literals fill about 6%,
 * so about one triple in sixteen of a text sends the pass to compare literals.
 */
const SLOT_BITS = 13;

/** 32-bit words of a table: one bit per slot. */
const TABLE_WORDS = (1 << SLOT_BITS) >>> 5;

/** A code unit with ASCII capitals lowered: the pass hashes folded triples. */
const fold = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);

/** Slot of three (folded) code units. */
function slotOf(a: number, b: number, c: number): number {
  return Math.imul(a ^ (b << 7) ^ (c << 14), 0x9e3779b1) >>> (32 - SLOT_BITS);
}

/** One bit per slot, read by `has`. */
const has = (table: Uint32Array, slot: number) => (table[slot >>> 5]! & (1 << (slot & 31))) !== 0;

/**
 * The literals of every gate made so far, the gate each belongs to, and whether it is compared
 * with ASCII letters folded (then it is held in lower case).
 */
const literalTexts: string[] = [];
const literalGates: number[] = [];
const literalFolded: boolean[] = [];
/** The slot of each literal's first triple. */
const literalFirsts: number[] = [];
let gateCount = 0;
/** The slots of the triples that begin some literal. */
const firstSlots = new Uint32Array(TABLE_WORDS);
/**
 * The literals beginning with each slot's triples: `byFirst[firstStart[slot]]` up to
 * `firstStart[slot + 1]` (typed arrays rebuilt as gates are made: a `Map` lookup and its list's
 * iterator cost more than the rest of the pass, since common literals such as `from` and ` of ` are
 * met in most texts).
 */
let firstStart = new Int32Array((1 << SLOT_BITS) + 1);
let byFirst = new Int32Array(0);

/** The answers of the last text outside a batch (see `scratchAnswers`). */
let answerScratch = new Uint8Array(0);

/**
 * Each gate's answer for `text` (1: holds one of its literals). Only the triples that begin a
 * literal (a bit table of their slots) send the scan to the literals, each compared in place; the
 * rest cost a hash and one table read.
 */
const answersOf = textMemo((text: string): Uint8Array => {
  // In a batch each text keeps its own answers until the batch ends (text-memo.ts).
  const answers = inBatch() ? new Uint8Array(gateCount) : scratchAnswers(gateCount);
  let a = fold(text.charCodeAt(0));
  let b = fold(text.charCodeAt(1));
  for (let i = 2; i < text.length; i++) {
    const c = fold(text.charCodeAt(i));
    const slot = slotOf(a, b, c);
    if (has(firstSlots, slot)) literalsAt(text, i - 2, slot, answers);
    a = b;
    b = c;
  }
  return answers;
});

/** Marks the gates of the literals whose first triple has `slot` and that start at `at`. */
function literalsAt(text: string, at: number, slot: number, answers: Uint8Array): void {
  for (let k = firstStart[slot]!; k < firstStart[slot + 1]!; k++) {
    const literal = byFirst[k]!;
    const gate = literalGates[literal]!;
    if (answers[gate] === 1) continue;
    const held = literalTexts[literal]!;
    if (literalFolded[literal] ? foldedAt(text, held, at) : text.startsWith(held, at)) {
      answers[gate] = 1;
    }
  }
}

/** Whether `lower` (ASCII letters in lower case) is at `at` in `text`, ASCII letters folded. */
function foldedAt(text: string, lower: string, at: number): boolean {
  if (at + lower.length > text.length) return false;
  for (let i = 0; i < lower.length; i++) {
    if (fold(text.charCodeAt(at + i)) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** Adds a gate's literals; returns the gate's index into a text's answers. */
function register(literals: readonly string[], folded: boolean): number {
  const gate = gateCount++;
  for (const literal of literals) {
    const first = slotOf(
      fold(literal.charCodeAt(0)),
      fold(literal.charCodeAt(1)),
      fold(literal.charCodeAt(2)),
    );
    firstSlots[first >>> 5]! |= 1 << (first & 31);
    literalFirsts.push(first);
    literalTexts.push(folded ? foldedText(literal) : literal);
    literalGates.push(gate);
    literalFolded.push(folded);
  }
  indexFirsts();
  // Answers kept so far lack this gate (gates made on first use, such as the pub nouns').
  answersOf.clear();
  return gate;
}

/** Rebuilds `firstStart` and `byFirst` from every literal's first slot (a counting sort). */
function indexFirsts(): void {
  firstStart = new Int32Array((1 << SLOT_BITS) + 1);
  for (const first of literalFirsts) firstStart[first + 1]!++;
  for (let slot = 0; slot < 1 << SLOT_BITS; slot++) firstStart[slot + 1]! += firstStart[slot]!;
  byFirst = new Int32Array(literalFirsts.length);
  const next = firstStart.slice(0, 1 << SLOT_BITS);
  literalFirsts.forEach((first, literal) => (byFirst[next[first]!++] = literal));
}

/** `literal` with its ASCII capitals lowered (and nothing else: `toLowerCase` folds more). */
function foldedText(literal: string): string {
  let out = '';
  for (let i = 0; i < literal.length; i++) out += String.fromCharCode(fold(literal.charCodeAt(i)));
  return out;
}

/** The answer list reused text by text outside a batch, zeroed. */
function scratchAnswers(gates: number): Uint8Array {
  if (answerScratch.length !== gates) answerScratch = new Uint8Array(gates);
  return answerScratch.fill(0);
}

/**
 * Whether a text may contain one of `literals` as a substring, case included. False is certain;
 * true may be wrong. A literal shorter than three code units makes the gate always pass.
 */
export function literalGate(literals: readonly string[]): (text: string) => boolean {
  return gateOf(literals, false);
}

/**
 * As `literalGate`, with ASCII letters compared in any case (a regex with the `i` flag and without
 * `u`: `/age/i` is `foldedLiteralGate(['age'])`). A non-ASCII character is compared as it is, so
 * give each case of one as its own literal (`née`, `nÉe`).
 */
export function foldedLiteralGate(literals: readonly string[]): (text: string) => boolean {
  return gateOf(literals, true);
}

function gateOf(literals: readonly string[], folded: boolean): (text: string) => boolean {
  if (literals.length === 0 || literals.some((l) => l.length < 3)) return () => true;
  const gate = register(literals, folded);
  return (text) => answersOf(text)[gate] === 1;
}

/** A regex source that is only literals joined by `|` (letters, digits, spaces, `:`, `&`). */
const PLAIN_ALTERNATION = /^[A-Za-z0-9 :&]+(?:\|[A-Za-z0-9 :&]+)*$/;

/**
 * `pattern.test` for a case-sensitive regex that is a plain alternation of literals
 * (`/Ltd|Limited|LLP/`): a `literalGate` of the literals read from its source (so the two cannot
 * drift apart), which answers exactly as the regex does, or the regex itself when a literal is too
 * short for the gate; throws at module load for any other regex.
 */
export function alternationGate(pattern: RegExp): (text: string) => boolean {
  if (pattern.ignoreCase || !PLAIN_ALTERNATION.test(pattern.source)) {
    throw new Error(`alternationGate: not a case-sensitive plain alternation: /${pattern.source}/`);
  }
  const literals = pattern.source.split('|');
  if (literals.some((l) => l.length < 3)) return (text) => pattern.test(text);
  return literalGate(literals);
}
