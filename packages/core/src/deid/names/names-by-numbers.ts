/**
 * Officers' and staff's names written next to their rank and number in an order the rank rules
 * (which read the words after a rank) miss:
 * - the name before the rank, as an approval or signature line writes it (`APPROVED   R Macbeth
 *   PS 2290`, `Signed: Jo Ambrose PC 4471`);
 * - the name in brackets after the rank and number (`Assaulted DO 7790 (Raffaele Conti)`, `PCSO
 *   61550 (Okwu) present`).
 * The number is found by the collar-number recognizer. The words must still read as a name
 * (`echoable`: no everyday, role, place or title word). Offsets are UTF-16 code units, end
 * exclusive.
 */
import type { Detection } from '../entity-types.js';
import { echoable } from './name-echoes.js';
import { personDetection } from './person-detection.js';
import { regexMatches } from '../regex-matches.js';

export const NAME_BY_NUMBER_SCORE = 0.8;

const RANK = String.raw`(?:PC|PCSO|PS|DC|DS|SC|Sgt|Insp|DO|DDO|CDO)`;
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;

/** A rank and its number, found first: the name rules read the text either side of it. */
const RANK_NUMBER = new RegExp(String.raw`\b${RANK} \d{3,6}(?![\w/])`, 'g');
/** An initial or a given name, then a surname, ending right before the rank. */
const NAME_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}.'’-] ?)((?:\p{Lu}\.?|${WORD}) ${WORD})[ \t]{1,3}$`,
  'u',
);
/** One to three name words in brackets straight after the number. */
const NAME_IN_BRACKETS = new RegExp(String.raw`^ \((${WORD}(?: ${WORD}){0,2})\)`, 'u');
/** Longest name read before a rank or in brackets after it, in UTF-16 code units. */
const WINDOW = 60;

export function namesByNumbers(text: string): Detection[] {
  const out: Detection[] = [];
  for (const m of regexMatches(RANK_NUMBER, text)) {
    const from = Math.max(0, m.index! - WINDOW);
    const before = NAME_BEFORE.exec(text.slice(from, m.index!));
    if (before) add(before[1]!, from + before.index, out);
    const end = m.index! + m[0].length;
    const after = NAME_IN_BRACKETS.exec(text.slice(end, end + WINDOW));
    if (after) add(after[1]!, end + 2, out);
  }
  return out;
}

/** The name at `start`, unless a word of it is an everyday, role, place or title word. */
function add(name: string, start: number, out: Detection[]): void {
  const words = name.split(/[ -]/).filter((w) => !/^\p{Lu}\.?$/u.test(w));
  if (!words.every((w) => echoable(w))) return;
  out.push(personDetection(start, name, NAME_BY_NUMBER_SCORE, 'person'));
}
