/**
 * A title-case word before a double-barrelled surname (`Peregrina Adebanjo-Kerr`, `Morvah
 * Loveday-Kerr`, `Sol Osei-Blackwood`): two capitalised halves joined by a hyphen after a
 * capitalised word read as a person's name whether or not the gazetteers know the words. In the
 * read sets 755 such pairs are annotated PERSON and one is not (`Calderdale Drug-Related`, whose
 * second half is an everyday word here too). Neither word may be an everyday word, a title, a
 * rank or a role (`Self-Harm`, `Drop-In`, `Sergeant Rees-Mogg` is left to the rank rules).
 * Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { regexMatches } from '../regex-matches.js';
import { RANKS, commonWords, roleWords, titles } from './name-context.js';
import { personDetection } from './person-detection.js';

const DOUBLE_BARRELLED =
  /(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}\p{Ll}+)[ ](\p{Lu}\p{Ll}+(?:['’]\p{Lu}\p{Ll}+)?-\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\p{N}'’-])/gu;
export const DOUBLE_BARRELLED_SCORE = 0.8;

function plainWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    !commonWords().has(lower) && !titles().has(lower) && !roleWords().has(lower) && !RANKS.has(word)
  );
}

export function doubleBarrelledNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!text.includes('-')) return out;
  for (const m of regexMatches(DOUBLE_BARRELLED, text)) {
    const [first, surname] = [m[1]!, m[2]!];
    if (!plainWord(first) || !surname.split('-').every(plainWord)) continue;
    out.push(personDetection(m.index, m[0], DOUBLE_BARRELLED_SCORE, 'person-double-barrelled'));
  }
  return out;
}
