/**
 * Collar numbers written after the officer's name or role rather than straight after a rank,
 * which the collar-number recognizer reads: `PC Lamprell, number 2236`, `The officer, 4093, is
 * polite`, `call handler Dana (op no. 5530)`. ANNOTATION.md annotates every number that
 * identifies an officer or staff member, digits only. Offsets are UTF-16 code units.
 */
import type { Detection } from '../entity-types.js';
import { regexMatches } from '../regex-matches.js';

export const OFFICER_NUMBER_SCORE = 0.75;

/** A rank and a surname, then `number`, `no.` or `collar number` and the digits. */
const NAMED_THEN_NUMBER =
  /\b(?:PC|PCSO|PS|DC|DS|Sgt|Insp|[Oo]fficer)\.? \p{Lu}[\p{L}\p{M}'’-]+,? (?:(?:collar|shoulder|warrant) )?(?:number|no\.?) ?(\d{3,6})(?![\w/-]|[.:]\d)/gu;
/** `the officer, 4093,`: a number set off by commas right after the word officer. */
const OFFICER_COMMA_NUMBER = /\b[Tt]he officer, (\d{3,6}),/g;
/** An operator number: `op no. 5530`, `opr no 2093`. */
const OPERATOR_NUMBER = /\b(?:[Oo]pr?|OPR?)\.? ?(?:[Nn]o|NO)\.? ?(\d{3,6})(?![\w/-]|[.:]\d)/g;

export function officerNumbers(text: string): Detection[] {
  const out: Detection[] = [];
  for (const pattern of [NAMED_THEN_NUMBER, OFFICER_COMMA_NUMBER, OPERATOR_NUMBER]) {
    for (const m of regexMatches(pattern, text)) out.push(numberOf(m));
  }
  return out;
}

function numberOf(m: RegExpExecArray): Detection {
  const digits = m[1]!;
  const start = m.index + m[0].lastIndexOf(digits);
  return {
    type: 'COLLAR_NUMBER',
    startUtf16: start,
    endUtf16: start + digits.length,
    text: digits,
    score: OFFICER_NUMBER_SCORE,
    recognizer: 'person-officer-number',
  };
}
