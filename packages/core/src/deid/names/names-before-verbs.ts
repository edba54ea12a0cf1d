/**
 * Names right before a verb, where no title or role word announces them:
 * - one or two title-case words before a verb of saying or calling (`Thorfinn says`, `Kezia
 *   rang`, `Wei Ling told`), when the words are no everyday, place, rank or role word and no
 *   gazetteer town (`Police said`, `Leeds told`, `Sarge says` are not names);
 * - a given name written in lower case before a verb of saying or of what a person did
 *   (`priyanka said`, `eilidh answered`, `lorcan gives`), or any name after a lower-case rank
 *   (`pc llwyd says`); a lower-case given name before it joins (`yusuf abdi said`). Only a
 *   given name that is not also an everyday word counts (`mark said` is not read).
 * One scan finds the verbs; the two words before each are read backwards by hand.
 * Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { isTown } from '../places/towns.js';
import { isAmbiguousGivenName, isGivenName } from './given-names.js';
import { RANKS, commonWords } from './name-context.js';
import { echoable } from './name-echoes.js';
import { literalGate } from '../literal-gate.js';
import { mayHoldWordStart, wordStarts } from '../recognizers/text-sites.js';

export const BEFORE_VERB_SCORE = { titleCase: 0.6, lowerCase: 0.6 } as const;

/** Verbs of saying and calling: a title-case word before them is a speaker. */
const SAYING =
  'said|says|told|tells|stated|states|reported|reports|explained|explains|asked|asks|rang|rings|phoned|phones|texted|texts|messaged|replied|answered|admitted|admits|disclosed|discloses|denied|denies|confirmed|confirms|agreed|agrees|shouted|screamed';
/**
 * Verbs of what a person did: evidence enough only for a known given name. `is`, `was`, `has` are
 * left out: they follow every other word, and each match costs a look back.
 */
const DOING =
  'gives|gave|went|goes|came|comes|lives|lived|wants|wanted|needs|needed|left|arrived|refused|refuses';
const VERB = new RegExp(` (${SAYING}|${DOING})(?![\\p{L}\\p{N}])`, 'gu');
const SAYING_SET = new Set(SAYING.split('|'));
/** Every VERB match holds a space and a verb (literal-gate.ts: most texts skip the scan). */
const mayHoldVerb = literalGate(`${SAYING}|${DOING}`.split('|').map((verb) => ` ${verb}`));
/** A name word: a capital or lower-case letter, then letters, with inner `'`, `’` or `-`. */
const TITLE_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]+)*$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?$/u;
const WORD_PART = /[\p{L}\p{M}'’-]/u;

/** A letter, mark, apostrophe or hyphen; ASCII by hand (this runs for every verb found). */
function isWordPart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  return WORD_PART.test(text.charAt(i));
}

/** Ranks as chat writes them. */
const LOWER_RANKS = new Set(['pc', 'pcso', 'ps', 'sgt', 'dc', 'ds', 'insp']);

export function namesBeforeVerbs(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldVerb(text)) return out;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m !== null; m = VERB.exec(text)) {
    // Most verbs follow a pronoun or a noun: only a name's letters can end right before them,
    // and before a verb of doing only a lower-case name is read.
    if (m.index === 0 || !isWordPart(text, m.index - 1)) continue;
    if (!SAYING_SET.has(m[1]!) && !lowerWordBefore(text, m.index)) continue;
    const words = wordsBefore(text, m.index);
    if (words.length === 0) continue;
    const found = titleCaseName(words, m[1]!) ?? lowerCaseName(words);
    if (found) out.push(person(text, m.index - found.length, found, found !== found.toLowerCase()));
  }
  VERB.lastIndex = 0;
  return out;
}

/** Whether the word ending at `end` starts with a lower-case ASCII letter. */
function lowerWordBefore(text: string, end: number): boolean {
  let from = end;
  while (from > 0 && end - from < 30 && isWordPart(text, from - 1)) from--;
  const c = text.charCodeAt(from);
  return c >= 97 && c <= 122;
}

/**
 * The two words before `end`, nearest last, read backwards by hand (an end-anchored regex would be
 * tried at every position of a look-back window, for every verb): each runs over letters, marks,
 * apostrophes and hyphens, one space or tab apart.
 */
function wordsBefore(text: string, end: number): string[] {
  const words: string[] = [];
  let to = end;
  while (words.length < 2) {
    let from = to;
    while (from > 0 && to - from < 30 && isWordPart(text, from - 1)) from--;
    if (from === to) break;
    words.unshift(text.slice(from, to));
    const gap = text.charCodeAt(from - 1);
    if (from === 0 || (gap !== 32 && gap !== 9)) break;
    to = from - 1;
  }
  return words;
}

/** `Thorfinn says`, `Wei Ling told`: the name words before a verb of saying, or null. */
function titleCaseName(before: string[], verb: string): string | null {
  if (!SAYING_SET.has(verb) || !TITLE_WORD.test(before[before.length - 1]!)) return null;
  const words = before.filter((w) => TITLE_WORD.test(w));
  // `And Boon Huat`, `Then Kyzer`: a leading word that is no name is left out; so is a word
  // before the name that is not title case (`that Faadumo`).
  if (words.length !== before.length) words.splice(0, words.length - 1);
  if (words.length === 2 && !nameWord(words[0]!)) words.shift();
  if (!words.every(nameWord)) return null;
  const name = words.join(' ');
  return isTown(name) ? null : name;
}

/**
 * One title-case word between a verb of saying or `because` and an auxiliary (`says Tharshini has
 * locked the kitchen`, `because Kumaran is worried`): the subject of what is reported.
 */
const REPORTED_CUES = 'says|said|because|thinks|thought|reports|reported|worried that|told us';
const REPORTED_SUBJECT = new RegExp(
  String.raw`\b(?:${REPORTED_CUES}) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (?:has|is|was|had|will|won['’]t|can['’]t|hasn['’]t|isn['’]t|wasn['’]t|keeps|kept)\b`,
  'gu',
);
/** Each cue has `\b` before it, so it starts a run of letters (text-sites.ts `mayHoldWordStart`). */
const REPORTED_CUE_STARTS = wordStarts(REPORTED_CUES.split('|'));
/** For the property test of the site gates (site-gates.property.test.ts). */
export const REPORTED_SITE_GATE = { pattern: REPORTED_SUBJECT, starts: REPORTED_CUE_STARTS };

/** Days and months (`says Monday is fine`), which the everyday-word list may not hold. */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)$/;

export function reportedSubjects(text: string): Detection[] {
  const out: Detection[] = [];
  if (!text.includes('s ') && !text.includes('d ')) return out;
  if (!mayHoldWordStart(text, REPORTED_CUE_STARTS)) return out;
  REPORTED_SUBJECT.lastIndex = 0;
  for (let m = REPORTED_SUBJECT.exec(text); m !== null; m = REPORTED_SUBJECT.exec(text)) {
    const word = m[1]!;
    if (!nameWord(word) || CALENDAR_WORD.test(word)) continue;
    out.push(person(text, m.index + m[0].indexOf(word, m[0].indexOf(' ')), word, true));
  }
  REPORTED_SUBJECT.lastIndex = 0;
  return out;
}

function nameWord(word: string): boolean {
  return echoable(word) && !RANKS.has(word) && !isTown(word);
}

/** `priyanka said`, `yusuf abdi said`, `pc llwyd says`: a lower-case name before a verb. */
function lowerCaseName(before: string[]): string | null {
  const word = before[before.length - 1]!;
  const previous = before.length === 2 ? before[0]! : undefined;
  if (!LOWER_WORD.test(word)) return null;
  if (previous && LOWER_RANKS.has(previous)) return commonWords().has(word) ? null : word;
  if (!knownLowerName(word)) return null;
  return previous && LOWER_WORD.test(previous) && knownLowerName(previous)
    ? `${previous} ${word}`
    : word;
}

/**
 * A given name not also an everyday word; a double-barrelled one when its first part is such a
 * name and every part is a given name (`chloe-mae`).
 */
export function knownLowerName(word: string): boolean {
  if (commonWords().has(word)) return false;
  const parts = word.split('-');
  const first = parts[0]!;
  return isGivenName(first) && !isAmbiguousGivenName(first) && parts.every(isGivenName);
}

function person(text: string, start: number, name: string, titleCase: boolean): Detection {
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + name.length,
    text: text.slice(start, start + name.length),
    score: titleCase ? BEFORE_VERB_SCORE.titleCase : BEFORE_VERB_SCORE.lowerCase,
    recognizer: titleCase ? 'person-verb' : 'person-lowercase',
  };
}
