/**
 * A name written just before the e-mail address it owns: `Gus Ferreira-Lamb
 * (gus.ferreira-lamb@…)`, `Ruby Sandford, r.sandford@…`, a JSON record's `"name": "Hyun-woo Park",
 * "email": "hyunwoo.park@…"`. Work and personal addresses are built from the owner's name
 * (`first.last`, `f.last`, `firstlast`, `last.first`), so capitalised words whose letters spell
 * the address's local part in one of those ways are a person, which no context word need announce.
 * The comparison is on letters only, lower case, without diacritics or trailing digits. Offsets
 * are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { acronyms, commonWords, roleWords } from './name-context.js';
import { personDetection } from './person-detection.js';
import { hasAtSign } from '../literal-gate.js';

export const EMAIL_OWNER_SCORE = 0.8;

/**
 * An address's local part, ending at the `@` (the domain is not needed). `localParts` finds its
 * matches without running it; the regex stays as the oracle of that shortcut's property test.
 */
export const LOCAL_PART = /[A-Za-z0-9][A-Za-z0-9._'+-]{1,63}(?=@[A-Za-z0-9-]+\.)/g;
/** LOCAL_PART's look-ahead, tried at an `@`. */
const DOMAIN_AFTER = /@[A-Za-z0-9-]+\./y;
/** LOCAL_PART's longest match. */
const MAX_LOCAL = 64;
/** Characters looked back from the address for its owner's name (a JSON record's line above). */
const LOOK_BACK = 160;
/** One to four capitalised words (hyphens, apostrophes, marks inside), as a name is written. */
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}/gu;

/** ASCII letters alone: `letters` needs no normalising (most words are written so). */
const ASCII_LETTERS = /^[A-Za-z]*$/;

/** Lower-case ASCII letters only: marks stripped (`Siân` → `sian`), other characters dropped. */
function letters(s: string): string {
  if (ASCII_LETTERS.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

/**
 * Whether `local` is one of the spellings an address commonly gives a name of these words (first
 * word first): all of them joined, first and last, an initial and the last, last and first, last
 * and an initial, first and an initial. Compared one by one, without a set of the spellings.
 */
function spelledBy(words: readonly string[], local: string): boolean {
  const w = words.map(letters).filter((x) => x.length > 0);
  if (w.length < 2) return false;
  const first = w[0]!;
  const last = w[w.length - 1]!;
  // Every spelling starts with the first letter of the first or the last word.
  if (local.charAt(0) !== first.charAt(0) && local.charAt(0) !== last.charAt(0)) return false;
  return (
    local === w.join('') ||
    local === first + last ||
    local === first.charAt(0) + last ||
    local === last + first ||
    local === last + first.charAt(0) ||
    local === first + last.charAt(0)
  );
}

/** The run's words, a hyphenated given name counting as one (`Hyun-woo`, `Kerry-Ann`). */
const wordsOf = (run: string) => run.split(/[ \t]+/);

/**
 * The longest tail of `run` (a whole number of words, two or more) that the address spells,
 * when each of its words reads as a name: title case, not an everyday, role or service word
 * (`MAPPA Coordinator` owns `mappa.coordinator@`, `Wellbeing Duty` a team's inbox).
 */
function ownerWithin(run: string, local: string): string | null {
  const words = wordsOf(run);
  for (let from = 0; from <= words.length - 2; from++) {
    const tail = words.slice(from);
    if (spelledBy(tail, local)) return tail.every(nameWord) ? tail.join(' ') : null;
  }
  return null;
}

const LOWER = /\p{Ll}/u;

/** Surnames that are also place words (`Park`, `Hill`, `Green`) count: the address vouches. */
function nameWord(word: string): boolean {
  if (!LOWER.test(word)) return false;
  return word.split('-').every((part) => {
    const lower = part.toLowerCase();
    return !commonWords().has(lower) && !roleWords().has(lower) && !acronyms().has(lower);
  });
}

/** The owner's name before the address starting at `at`, as [start, name], or null. */
function ownerBefore(text: string, at: number, local: string): [number, string] | null {
  const from = Math.max(0, at - LOOK_BACK);
  const window = text.slice(from, at);
  let best: [number, string] | null = null;
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(window); m; m = NAME_RUN.exec(window)) {
    const name = ownerWithin(m[0], local);
    if (name !== null) best = [from + m.index + m[0].length - name.length, name];
  }
  return best;
}

/** Names spelled by the local part of an e-mail address that follows them. */
export function emailOwnerNames(text: string): Detection[] {
  if (!hasAtSign(text)) return [];
  const out: Detection[] = [];
  for (const part of localParts(text)) {
    const local = letters(part.text.replace(/\d+$/, ''));
    if (local.length < 4) continue;
    const owner = ownerBefore(text, part.index, local);
    if (owner) out.push(personDetection(owner[0], owner[1], EMAIL_OWNER_SCORE, 'person-form'));
  }
  return out;
}

const isAsciiAlnum = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** LOCAL_PART's second class: letters, digits and `._'+-`. */
const isLocalChar = (c: number) =>
  isAsciiAlnum(c) || c === 46 || c === 95 || c === 39 || c === 43 || c === 45;

/**
 * LOCAL_PART's matches (index and text), read back from each `@` instead of by the regex, which
 * tries every letter and digit of the text and runs on up to 64 characters from each (about 1% of
 * the detection time on log entries). A match ends at an `@` its look-ahead accepts, and starts at
 * the first letter or digit of the run of local-part characters before it, at most 64 back and
 * at least two before: the regex's leftmost match, as runs before different `@`s never overlap.
 */
export function localParts(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    DOMAIN_AFTER.lastIndex = at;
    if (!DOMAIN_AFTER.test(text)) continue;
    let start = at;
    while (start > 0 && isLocalChar(text.charCodeAt(start - 1))) start--;
    let from = Math.max(start, at - MAX_LOCAL);
    while (from < at - 1 && !isAsciiAlnum(text.charCodeAt(from))) from++;
    if (from < at - 1) out.push({ index: from, text: text.slice(from, at) });
  }
  return out;
}
