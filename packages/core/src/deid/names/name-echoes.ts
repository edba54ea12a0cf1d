/**
 * Names a text already gives, found again where they stand alone: a person named in full once
 * (`Hodan Warsame`, `SMITH, Jean`) or by a strong cue (`Mr Popescu`, `known as Seun`, `Faadumo
 * (mother)`) is usually called by one part of the name later (`Hodan told my colleague`, `Seun
 * booked in`), which no context word announces. Neighbouring echoes are one name (`Wei Ling`).
 * In chat and quick notes the same name comes back in lower case (`Rhodri:` … `rhodri where are
 * you`): a given name or a chat speaker's name is looked for in lower case too. Offsets are UTF-16
 * code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { isAmbiguousGivenName, isGivenName } from './given-names.js';
import { acronyms, commonWords, placeSuffixes, roleWords, titles } from './name-context.js';
import { personDetection } from './person-detection.js';
import { isLetterOrMarkAt } from '../recognizers/recognizer-helpers.js';

export const ECHO_SCORE = 0.6;
/** Lowest score of a detection whose name parts are looked for again. */
const ECHO_SOURCE_MIN_SCORE = 0.75;
/**
 * A title-case word then an UPPERCASE surname (`Rasmus TAMM`), as police and case systems write
 * a person's name: its parts come back alone (`Rasmus asked for the key`) as a full name's do.
 */
const TITLE_THEN_SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)? \p{Lu}{2,}(?:['’-]\p{Lu}+)*$/u;
const TITLE_THEN_SURNAME_MIN_SCORE = 0.65;
/**
 * Names read from a name field, a stated relationship, role or age, a speaker label or a
 * participant's code.
 */
const FIELD_SOURCES = new Set([
  'person-form',
  'person-participant',
  'person-comma',
  'person-relative',
  'person-age',
  'person-speaker',
]);
/** Sources whose names are looked for in lower case whatever they are (chat names, nicknames). */
const LOWER_SOURCES = new Set(['person-speaker', 'person-lowercase']);
/**
 * Given names that are also lower-case words (`grant the warrant`, `the willow`): never looked for
 * in lower case.
 */
const LOWER_CASE_WORDS = new Set(
  `grant patience comfort warren willow rosemary norman christian ash kit jay ben lee bob basil
  rod reed sage stone wren angel major lance rowan dusty ember roman hunter ray sonny bishop
  dale glen clay cole drew`.split(/\s+/),
);

/** A word that can stand for a person on its own: a name-like, title-case word of 3+ letters. */
export function echoable(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    word.length >= 3 &&
    !commonWords().has(lower) &&
    !acronyms().has(lower) &&
    !placeSuffixes().has(lower) &&
    !roleWords().has(lower) &&
    !titles().has(lower)
  );
}

/**
 * Every further whole-word occurrence of a part of a name already detected by a strong rule (a
 * full name, a single name after a strong cue, or a name field's value), title case as found, and
 * lower case for given names and chat names; not inside a detection already (the resolver keeps
 * the longer span where two overlap). Echoes one space apart are merged.
 */
export function nameEchoes(text: string, found: readonly Detection[]): Detection[] {
  const words = echoWords(found);
  if (words.size === 0) return [];
  const covered = coveredSpans(found);
  const out: Detection[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      if (!standsAlone(text, at, at + word.length)) continue;
      if (!covered(at)) out.push(person(at, word));
    }
  }
  if (out.length < 2) return out;
  return mergeNeighbours(
    text,
    out.sort((a, b) => a.startUtf16 - b.startUtf16),
    found,
  );
}

/**
 * Whether an offset (UTF-16) lies inside a detection: the spans are merged into disjoint runs and
 * searched by halving, since a hostile 1 MB line holds tens of thousands of names and as many
 * echoes, and testing every span for every echo was quadratic.
 */
function coveredSpans(found: readonly Detection[]): (at: number) => boolean {
  const sorted = [...found].sort((a, b) => a.startUtf16 - b.startUtf16);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const d of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && d.startUtf16 <= ends[last]!) ends[last] = Math.max(ends[last]!, d.endUtf16);
    else {
      starts.push(d.startUtf16);
      ends.push(d.endUtf16);
    }
  }
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= at) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && at < ends[hi]!;
  };
}

/** A name word's echo forms: itself when title case, and its lower case when a given name. */
interface WordForms {
  word: string;
  title: boolean;
  lower: string;
  givenLower: boolean;
  /** The word in title case when it is an UPPERCASE word (`UPPER_WORD`), else null. */
  titleCased: string | null;
}

/**
 * The echoable words of a detected name, each classified once: names repeat through a text and
 * across texts, and each word costs several set lookups. Cleared at MAX_CACHED_NAMES.
 */
const MAX_CACHED_NAMES = 20_000;
const formsCache = new Map<string, WordForms[]>();

function formsOf(name: string): WordForms[] {
  let forms = formsCache.get(name);
  if (forms) return forms;
  if (formsCache.size >= MAX_CACHED_NAMES) formsCache.clear();
  forms = [];
  for (const w of name.split(/[\s,]+/)) {
    const word = w.replace(/['’]s$/, '');
    if (!echoable(word)) continue;
    const lower = word.toLowerCase();
    const givenLower =
      !LOWER_CASE_WORDS.has(lower) && isGivenName(lower) && !isAmbiguousGivenName(lower);
    const titled = UPPER_WORD.test(word) ? titleCased(word) : null;
    forms.push({ word, title: TITLE_CASE.test(word), lower, givenLower, titleCased: titled });
  }
  formsCache.set(name, forms);
  return forms;
}

/** Title case, a hyphenated nickname's too (`J-Dog`). */
const TITLE_CASE = /^\p{Lu}(?:\p{Ll}|['’-]\p{Lu}\p{Ll})/u;

/** The name words to look for, in the case(s) to look for them. */
function echoWords(found: readonly Detection[]): Set<string> {
  const words = new Set<string>();
  for (const d of found) {
    if (d.type !== 'PERSON') continue;
    // Any found name's given names come back in lower case; only strong names in their own case.
    const strong = echoSource(d);
    const speaker = LOWER_SOURCES.has(d.recognizer);
    const forms = formsOf(d.text);
    for (const f of forms) {
      if (strong && (f.title || speaker)) words.add(f.word);
      // A name found in capitals (a CAD line: `DAUGHTER MARISOL CARDENAS RIOS 14YRS`) comes back
      // in capitals in the same log (`SAYS MARISOL TALKS TO …`).
      if (strong && f.titleCased !== null && upperName(d.text)) words.add(f.word);
      // An UPPERCASE surname beside given names in title case (`BENALI, Anouar`, `Ama KORSAH`)
      // comes back alone in capitals (`Check BENALI for IOM eligibility`), as police write it.
      // Not from a title-case word and capitals read weakly (`Redwing PICU`, a ward).
      if (f.titleCased !== null && d.text !== d.text.toUpperCase() && firmSource(d)) {
        words.add(f.word);
      }
      // An UPPERCASE speaker label (`SOL:`) is addressed in title case in the turns (`Sol, …`).
      if (speaker && f.titleCased !== null) words.add(f.titleCased);
      // A chat's or a message export's contact names come back in lower case in the messages.
      const chatName =
        (d.recognizer === 'person-speaker' || d.recognizer === 'person-table') &&
        !LOWER_CASE_WORDS.has(f.lower);
      if (f.lower !== f.word && (f.givenLower || chatName)) words.add(f.lower);
    }
    if (strong) addWholeForms(d, forms, words);
    if (shortAlias(d)) words.add(d.text);
    // Initials a title vouched for (`Mr R.E-C.`) stand for the person wherever they recur.
    if (d.recognizer === 'person-titled-initials') words.add(d.text);
  }
  return words;
}

/** Two letters, a capital first: initials or a short name (`JB`, `Ty`). */
const SHORT_ALIAS = /^\p{Lu}[\p{Lu}\p{Ll}]$/u;

/**
 * A two-letter alias given after a nickname cue (`known as JB`, `said he was "Ty"`): too short to
 * echo from an ordinary name, but the cue says people call the person by it, so the text does.
 * Two-letter words and shorthand (`OK`, `IP`, `Mr`) are not aliases.
 */
function shortAlias(d: Detection): boolean {
  if (d.recognizer !== 'person-nickname' || !SHORT_ALIAS.test(d.text)) return false;
  const lower = d.text.toLowerCase();
  return !commonWords().has(lower) && !acronyms().has(lower) && !titles().has(lower);
}

/**
 * Forms of a whole strong name: a nickname of everyday words as written (`Wee Man`, whose words
 * alone are not echoed), and the surname of a full name in UPPERCASE, as police systems write
 * surnames later in a record (`Kofi Boateng` … `BOATENG arrested`).
 */
function addWholeForms(d: Detection, forms: WordForms[], words: Set<string>): void {
  if (!d.text.includes(' ')) {
    // A surname after a title (`Mr Ashdown`) comes back in capitals too (`ASHDOWN interviewed`).
    const only = forms[0];
    if (only?.title && d.recognizer === 'person' && only.word.length >= 4) {
      words.add(only.word.toUpperCase());
    }
    return;
  }
  if (d.recognizer === 'person-nickname') words.add(d.text);
  const last = forms[forms.length - 1];
  if (last?.title && d.text.endsWith(last.word) && last.word.length >= 3) {
    words.add(last.word.toUpperCase());
  }
  // And the other way: an UPPERCASE surname (`CRESSWELL, Dean`) comes back in title case
  // (`Cresswell had left`) in the narrative of the same record.
  for (const f of forms) if (f.titleCased !== null) words.add(f.titleCased);
}

/** An UPPERCASE word of three letters or more, with `-` or an apostrophe inside (`AL-ZUBAIDI`). */
const UPPER_WORD = /^\p{Lu}{3,}(?:['’-]\p{Lu}+)*$/u;

/** A name written wholly in capitals, two words or more. */
function upperName(name: string): boolean {
  return name.includes(' ') && name === name.toUpperCase();
}

/** Each part of an UPPERCASE word in title case: `AL-ZUBAIDI` → `Al-Zubaidi`, `O'NEILL` → `O'Neill`. */
function titleCased(word: string): string {
  return word.replace(/\p{Lu}+/gu, (part) => part.charAt(0) + part.slice(1).toLowerCase());
}

/**
 * Only names found by a strong rule are echoed: a weak single word (a place read as a name) would
 * otherwise spread its mistake through the text.
 */
function echoSource(d: Detection): boolean {
  return (
    d.score >= ECHO_SOURCE_MIN_SCORE ||
    (d.score >= TITLE_THEN_SURNAME_MIN_SCORE && TITLE_THEN_SURNAME.test(d.text)) ||
    FIELD_SOURCES.has(d.recognizer) ||
    LOWER_SOURCES.has(d.recognizer)
  );
}

/** A source read by a strong rule or from a name field, not by its shape alone. */
function firmSource(d: Detection): boolean {
  return d.score >= ECHO_SOURCE_MIN_SCORE || FIELD_SOURCES.has(d.recognizer);
}

/**
 * `Wei` and `Ling` echoed side by side are one name, `Wei Ling`, when they stand side by side in
 * a name found (two people addressed together, `rhys kel get a statement`, stay two).
 */
function mergeNeighbours(
  text: string,
  echoes: Detection[],
  found: readonly Detection[],
): Detection[] {
  const out: Detection[] = [];
  let pairs: Set<string> | null = null;
  for (const d of echoes) {
    const last = out[out.length - 1];
    if (last && last.endUtf16 + 1 === d.startUtf16) {
      pairs ??= namePairs(found);
      const pair = `${last.text.split(' ').pop()!} ${d.text}`.toLowerCase();
      if (pairs.has(pair)) {
        out[out.length - 1] = person(last.startUtf16, text.slice(last.startUtf16, d.endUtf16));
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/** Neighbouring words of the names found (`Wei Ling` of `Wei Ling Tan`), in any case. */
function namePairs(found: readonly Detection[]): Set<string> {
  const pairs = new Set<string>();
  for (const d of found) {
    if (d.type !== 'PERSON') continue;
    const words = d.text.toLowerCase().split(/\s+/);
    for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  }
  return pairs;
}

const JOINER = /['’-]/;

/**
 * A whole word: no letter (or `'`, `-` joining one) before it, and no letter after it except a
 * possessive `'s` (`Hodan's GP`), not a longer name (`Jean-Paul`). Checked by hand: a regex built
 * from each text's names cost more to compile than the rest of the name rules.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  if (
    start > 0 &&
    (isLetterOrMarkAt(text, start - 1) || JOINER.test(before)) &&
    !escapeBefore(text, start)
  ) {
    return false;
  }
  const after = text.charAt(end);
  if (isLetterOrMarkAt(text, end)) return false;
  return !(
    JOINER.test(after) &&
    isLetterOrMarkAt(text, end + 2) &&
    isLetterOrMarkAt(text, end + 1)
  );
}

/**
 * A line break or tab written as an escape (`\n`, `\t`) in a JSON string or an iCalendar value
 * (`DESCRIPTION:Hi all\,\n\nLusine has asked`): the letter of the escape is no part of a word.
 */
function escapeBefore(text: string, start: number): boolean {
  return (
    start >= 2 && text.charAt(start - 2) === '\\' && ESCAPE_LETTER.test(text.charAt(start - 1))
  );
}

const ESCAPE_LETTER = /^[nrt]$/;

function person(start: number, name: string): Detection {
  return personDetection(start, name, ECHO_SCORE, 'person-echo');
}
