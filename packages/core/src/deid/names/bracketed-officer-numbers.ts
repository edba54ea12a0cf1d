/**
 * An officer's number in brackets after their rank and name, with their post after it:
 * `PC Wilhelmina Thorne (5120, prison police liaison)`. ANNOTATION.md annotates every number
 * that identifies an officer, digits only; the collar-number recognizer reads a bracket that
 * closes straight after the digits. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { OFFICER_NUMBER_SCORE } from './officer-numbers.js';

const RANK_NAME_BRACKET_NUMBER =
  /\b(?:PC|PCSO|PS|DC|DS|SC|Sgt|Insp)\.? (?:\p{Lu}\.? )?\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2} \((\d{3,6}), /gu;

export function bracketedOfficerNumbers(text: string): Detection[] {
  const out: Detection[] = [];
  // Every match holds `(` then digits then `, `: most texts have none.
  if (!/\(\d{3,6}, /.test(text)) return out;
  for (const m of text.matchAll(RANK_NAME_BRACKET_NUMBER)) {
    const digits = m[1]!;
    const start = m.index! + m[0].length - 2 - digits.length;
    out.push({
      type: 'COLLAR_NUMBER',
      startUtf16: start,
      endUtf16: start + digits.length,
      text: digits,
      score: OFFICER_NUMBER_SCORE,
      recognizer: 'person-officer-number',
    });
  }
  return out;
}
