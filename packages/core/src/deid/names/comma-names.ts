/**
 * `SURNAME, First` as police systems write subjects (`WOOD, Jean`, `SMITH-JONES, Ffion`), and
 * `Surname, First` when both words are known names.
 */
import type { Detection } from '../entity-types.js';
import { givenNames } from './given-names.js';
import { acronyms, commonWords, placeSuffixes } from './name-context.js';
import { surnames } from './surnames.js';

// Capital first, look-behind after it, so the engine can skip ahead to capitals.
const UPPER_COMMA_FIRST =
  /(\p{Lu}(?<![\p{L}\p{N}'’-]\p{Lu})\p{Lu}+(?:['’-]\p{Lu}+)*), (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;
const TITLE_COMMA_FIRST =
  /(\p{Lu}(?<![\p{L}\p{N}'’-]\p{Lu})\p{Ll}+), (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;

export const COMMA_NAME_SCORE = 0.85;
export const KNOWN_COMMA_NAME_SCORE = 0.7;

function plainWord(lower: string): boolean {
  return !commonWords().has(lower) && !placeSuffixes().has(lower);
}

function upperSurname(word: string): boolean {
  const lower = word.toLowerCase();
  return surnames().has(lower) || (plainWord(lower) && !acronyms().has(lower));
}

function firstName(word: string): boolean {
  const lower = word.toLowerCase();
  return givenNames().has(lower) || plainWord(lower);
}

export function commaNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!text.includes(', ')) return out;
  for (const m of text.matchAll(UPPER_COMMA_FIRST)) {
    if (upperSurname(m[1]!) && firstName(m[2]!)) out.push(found(m, COMMA_NAME_SCORE));
  }
  for (const m of text.matchAll(TITLE_COMMA_FIRST)) {
    const known = surnames().has(m[1]!.toLowerCase()) && givenNames().has(m[2]!.toLowerCase());
    if (known) out.push(found(m, KNOWN_COMMA_NAME_SCORE));
  }
  return out;
}

function found(m: RegExpMatchArray, score: number): Detection {
  const start = m.index!;
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + m[0].length,
    text: m[0],
    score,
    recognizer: 'person-comma',
  };
}
