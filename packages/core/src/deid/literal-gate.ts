/**
 * Cheap necessary conditions for whole-text regex scans. Many rules scan every text with a regex
 * that can only match where one of a few literal words occurs (a verb of saying, a lower-case
 * street word, `Surgery|Practice|…`); on most log entries none occurs, yet each scan still reads
 * every character (about 2 ns a character each, and a dozen such scans run per text). Here one pass
 * per text answers every gate at once: an Aho–Corasick automaton over every gate's literals (ASCII
 * letters folded to lower case) reads each UTF-16 code unit once, one table read per unit, and
 * where a literal ends it marks that literal's gate (a case-sensitive literal is compared with the
 * text first). A gate then reads its answer off the text's list: one array read. (Before, the pass
 * hashed each triple of code units and compared in place every literal starting with a triple
 * whose slot was a literal's first: about 90 comparisons a log entry, as common triples such as
 * ` of` begin many literals, and 11 ns a code unit against about 4 now.)
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

/** A code unit with ASCII capitals lowered: the automaton reads folded code units. */
const fold = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);

/**
 * The literals of every gate made so far (folded ones held in lower case), the gate each belongs
 * to, and whether it is compared with ASCII letters folded.
 */
const literalTexts: string[] = [];
const literalGates: number[] = [];
const literalFolded: boolean[] = [];
let gateCount = 0;

/**
 * The automaton over every literal's folded form. A state is a row of `delta` (`width` entries,
 * one per symbol), and an entry holds the next state, plus ENDS when some literal ends in that
 * state (its `ending` list): the pass tests the value it loaded instead of reading a second table.
 * Entries are 16 bits so that the table stays small (a few hundred kilobytes with 32 bits: it is
 * read between every other rule's work, so its size is paid in cache misses).
 */
interface Automaton {
  delta: Uint16Array;
  width: number;
  /** Symbol of each ASCII code (folded); 0 for a code no literal holds. */
  ascii: Int32Array;
  /** Symbol of each non-ASCII code some literal holds. */
  wide: Map<number, number>;
  /** The literals ending in state `s` (its own and its suffixes'): `ending[endStart[s]…endStart[s + 1]]`. */
  endStart: Int32Array;
  ending: Int32Array;
}

/** Added to a `delta` entry whose state ends a literal; states are numbered below it. */
const ENDS = 1 << 15;

/** Rebuilt on the first pass after a gate is made (gates are made at module load, a few on first use). */
let automaton: Automaton | null = null;

/** The answers of the last text outside a batch (see `scratchAnswers`). */
let answerScratch = new Uint8Array(0);

/**
 * Each gate's answer for `text` (1: holds one of its literals): one automaton step per code unit;
 * only states where a literal ends (an entry from ENDS on) send the pass to `literalsEnding`.
 */
const answersOf = textMemo((text: string): Uint8Array => {
  // In a batch each text keeps its own answers until the batch ends (text-memo.ts).
  const answers = inBatch() ? new Uint8Array(gateCount) : scratchAnswers(gateCount);
  const { delta, width, ascii, wide } = (automaton ??= buildAutomaton());
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    state = delta[state * width + (c < 128 ? ascii[c]! : (wide.get(c) ?? 0))]!;
    if (state >= ENDS) {
      state -= ENDS;
      literalsEnding(text, i + 1, state, answers);
    }
  }
  return answers;
});

/** Marks the gates of the literals that end in `state` at `end` (exclusive, UTF-16 offset). */
function literalsEnding(text: string, end: number, state: number, answers: Uint8Array): void {
  const { endStart, ending } = automaton!;
  for (let k = endStart[state]!; k < endStart[state + 1]!; k++) {
    const literal = ending[k]!;
    const gate = literalGates[literal]!;
    if (answers[gate] === 1) continue;
    // The automaton matched the folded form; a case-sensitive literal must match as it is.
    const held = literalTexts[literal]!;
    if (literalFolded[literal] || text.startsWith(held, end - held.length)) answers[gate] = 1;
  }
}

/** The folded form every literal is matched by in the automaton. */
const foldedForm = (literal: number) =>
  literalFolded[literal] ? literalTexts[literal]! : foldedText(literalTexts[literal]!);

/**
 * Aho–Corasick: a trie of the literals' folded forms, completed breadth first so that every state
 * has a next state for every symbol (the longest suffix of the text read so far that is a prefix
 * of some literal), and each state lists the literals ending there, its fallback's included.
 */
function buildAutomaton(): Automaton {
  const forms = literalTexts.map((_, literal) => foldedForm(literal));
  const symbols = new Map<number, number>();
  for (const form of forms) {
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      if (!symbols.has(c)) symbols.set(c, symbols.size + 1);
    }
  }
  const width = symbols.size + 1;
  // The trie: `next[state * width + symbol]` is a child state or -1.
  const next: number[] = new Array<number>(width).fill(-1);
  const own: number[][] = [[]];
  forms.forEach((form, literal) => {
    let state = 0;
    for (let i = 0; i < form.length; i++) {
      const at = state * width + symbols.get(form.charCodeAt(i))!;
      if (next[at] === -1) {
        next[at] = own.length;
        own.push([]);
        for (let y = 0; y < width; y++) next.push(-1);
      }
      state = next[at]!;
    }
    own[state]!.push(literal);
  });
  const states = own.length;
  const goes = new Int32Array(states * width);
  const fallback = new Int32Array(states);
  const ends: number[][] = own.map((list) => [...list]);
  const queue: number[] = [];
  for (let y = 0; y < width; y++) {
    const child = next[y]!;
    goes[y] = child === -1 ? 0 : child;
    if (child !== -1) queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    ends[state] = [...own[state]!, ...ends[fallback[state]!]!];
    for (let y = 0; y < width; y++) {
      const child = next[state * width + y]!;
      const onFallback = goes[fallback[state]! * width + y]!;
      if (child === -1) goes[state * width + y] = onFallback;
      else {
        fallback[child] = onFallback;
        goes[state * width + y] = child;
        queue.push(child);
      }
    }
  }
  const endStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) endStart[s + 1] = endStart[s]! + ends[s]!.length;
  const ending = new Int32Array(endStart[states]!);
  ends.forEach((list, s) => ending.set(list, endStart[s]!));
  // The literals' folded forms hold about 2,000 states: ENDS leaves room for sixteen times more.
  if (states > ENDS) throw new Error(`literal gates: ${states} automaton states, over ${ENDS}`);
  const delta = new Uint16Array(states * width);
  for (let k = 0; k < delta.length; k++) {
    const to = goes[k]!;
    delta[k] = endStart[to] === endStart[to + 1] ? to : to + ENDS;
  }
  const ascii = new Int32Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = symbols.get(fold(c)) ?? 0;
  const wide = new Map([...symbols].filter(([c]) => c >= 128));
  return { delta, width, ascii, wide, endStart, ending };
}

/** Adds a gate's literals; returns the gate's index into a text's answers. */
function register(literals: readonly string[], folded: boolean): number {
  const gate = gateCount++;
  for (const literal of literals) {
    literalTexts.push(folded ? foldedText(literal) : literal);
    literalGates.push(gate);
    literalFolded.push(folded);
  }
  automaton = null;
  // Answers kept so far lack this gate (gates made on first use, such as the pub nouns').
  answersOf.clear();
  return gate;
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
  return exactGate(literals, folded);
}

function exactGate(literals: readonly string[], folded: boolean): (text: string) => boolean {
  const gate = register(literals, folded);
  return (text) => answersOf(text)[gate] === 1;
}

/**
 * `literals.some((l) => text.includes(l))`, exactly, for literals of any length: for the rules'
 * pre-checks on short marks (`\n`, ` (`, a double space), which `includes` answers in about 40
 * to 200 ns a call on a log entry (a two-unit literal that opens with a space is searched from
 * every space), read instead off the text's one literal pass. (`literalGate` passes every text
 * when a literal is shorter than three code units: a gate made before the pass was exact, whose
 * short literals were never checked against their regex, must stay as it is.)
 */
export function includesGate(literals: readonly string[]): (text: string) => boolean {
  if (literals.length === 0) return () => false;
  if (literals.some((l) => l.length === 0)) return () => true;
  return exactGate(literals, false);
}

/**
 * Shared pre-checks (`includesGate`): a line break, a bracket after a blank, a double space, and
 * the marks the rules look for before their scans (each `includes` of them cost about 40 ns a call
 * on a log entry, some fifteen calls a text).
 */
export const hasLineBreak = includesGate(['\n']);
export const hasSpaceBracket = includesGate([' (']);
export const hasDoubleSpace = includesGate(['  ']);
export const hasColon = includesGate([':']);
export const hasComma = includesGate([',']);
export const hasCommaSpace = includesGate([', ']);
export const hasPipe = includesGate(['|']);
export const hasOpenBracket = includesGate(['(']);
export const hasCloseBracket = includesGate([')']);
export const hasSquareBracket = includesGate(['[']);
export const hasHyphen = includesGate(['-']);
export const hasAtSign = includesGate(['@']);

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
