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

export const NAME_BY_NUMBER_SCORE = 0.8;

const RANK = String.raw`(?:PC|PCSO|PS|DC|DS|SC|Sgt|Insp|DO|DDO|CDO)`;
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;

/** An initial or a given name, then a surname, then the rank and its number. */
const NAME_BEFORE_RANK = new RegExp(
  String.raw`(?<![\p{L}\p{M}.'’-] ?)((?:\p{Lu}\.?|${WORD}) ${WORD})[ \t]{1,3}${RANK} \d{3,6}(?![\w/])`,
  'gu',
);
/** The rank and number, then one to three name words in brackets. */
const NAME_IN_BRACKETS = new RegExp(
  String.raw`\b${RANK} \d{3,6} \((${WORD}(?: ${WORD}){0,2})\)`,
  'gu',
);
/** Both forms hold a rank, a space and three digits: most texts have none. */
const GATE = new RegExp(String.raw`\b${RANK} \d{3}`);

export function namesByNumbers(text: string): Detection[] {
  if (!GATE.test(text)) return [];
  const out: Detection[] = [];
  for (const pattern of [NAME_BEFORE_RANK, NAME_IN_BRACKETS]) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!;
      const words = name.split(/[ -]/).filter((w) => !/^\p{Lu}\.?$/u.test(w));
      if (!words.every((w) => echoable(w))) continue;
      out.push(
        personDetection(m.index! + m[0].indexOf(name), name, NAME_BY_NUMBER_SCORE, 'person'),
      );
    }
  }
  return out;
}
