/**
 * Given names written in lower case, as in quick notes and chat, which the capitalised-word rules
 * never see: after a kinship word (`lives with brother cian`, `my son, oluwaseun,`) and before a
 * verb of saying (`priyanka said she had taken`). Only a given name from the gazetteer that is not
 * also an everyday word counts (`his son will`, `mark said` is not read). Offsets are UTF-16 code
 * units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { ambiguousGivenNames, givenNames } from './given-names.js';
import { commonWords } from './name-context.js';

export const LOWERCASE_NAME_SCORE = 0.6;

/**
 * A kinship word, an optional comma, then a word (the candidate name). Case-insensitive, with no
 * look-behind, so the engine can scan for the words' letters; the word boundary before the
 * kinship word and the candidate's lower-case first letter are checked in code.
 */
const KIN_THEN_WORD =
  /(?:brother|sister|son|daughter|mother|father|mum|dad|husband|wife|partner|uncle|aunt|auntie|nan|gran|cousin|boyfriend|girlfriend|nephew|niece|grandson|granddaughter|stepson|stepdaughter|friend|mate),?[ \t]+(\p{L}[\p{L}\p{M}]+(?:-\p{L}[\p{L}\p{M}]+)?)(?![\p{L}\p{M}])/giu;
const LETTER = /[\p{L}\p{M}]/u;
const LOWER_START = /^\p{Ll}/u;

export function kinNames(text: string): Detection[] {
  const out: Detection[] = [];
  KIN_THEN_WORD.lastIndex = 0;
  for (let m = KIN_THEN_WORD.exec(text); m !== null; m = KIN_THEN_WORD.exec(text)) {
    const name = m[1]!;
    // Inside a longer word (`Jason brother cian`): look again from the next character.
    if (m.index > 0 && LETTER.test(text.charAt(m.index - 1))) {
      KIN_THEN_WORD.lastIndex = m.index + 1;
      continue;
    }
    // The candidate may itself be a kinship word (`sister brother cian`): resume at it.
    KIN_THEN_WORD.lastIndex = m.index + m[0].length - name.length;
    if (!LOWER_START.test(name) || !knownName(name)) continue;
    out.push(lowercaseName(text, m.index + m[0].length - name.length, name));
  }
  return out;
}

/** A verb of saying after a space; the word before it is read in code (`siobhán said`). */
const SAID = / (?:said|says|told|stated|states|reported|reports|explained)\b/g;
const LOWER_WORD_BEFORE = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?$/u;

export function namesBeforeSaid(text: string): Detection[] {
  const out: Detection[] = [];
  SAID.lastIndex = 0;
  for (let m = SAID.exec(text); m !== null; m = SAID.exec(text)) {
    const word = LOWER_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[0];
    if (word && knownName(word)) out.push(lowercaseName(text, m.index - word.length, word));
  }
  return out;
}

function lowercaseName(text: string, start: number, name: string): Detection {
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + name.length,
    text: name,
    score: LOWERCASE_NAME_SCORE,
    recognizer: 'person-lowercase',
  };
}

function knownName(word: string): boolean {
  const parts = word.split('-');
  const known = parts.every((p) => givenNames().has(p) && !ambiguousGivenNames().has(p));
  return known && !commonWords().has(word);
}
