/**
 * An officer's number in brackets after their rank and name, with their post after it:
 * `PC Wilhelmina Thorne (5120, prison police liaison)`. ANNOTATION.md annotates every number
 * that identifies an officer, digits only; the collar-number recognizer reads a bracket that
 * closes straight after the digits. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { numberOf } from './officer-numbers.js';

const RANK_NAME_BRACKET_NUMBER =
  /\b(?:PC|PCSO|PS|DC|DS|SC|Sgt|Insp)\.? (?:\p{Lu}\.? )?\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2} \((\d{3,6}), /gu;

export function bracketedOfficerNumbers(text: string): Detection[] {
  const out: Detection[] = [];
  // Every match holds `(` then digits then `, `: most texts have none.
  if (!/\(\d{3,6}, /.test(text)) return out;
  RANK_NAME_BRACKET_NUMBER.lastIndex = 0;
  for (let m = RANK_NAME_BRACKET_NUMBER.exec(text); m; m = RANK_NAME_BRACKET_NUMBER.exec(text)) {
    out.push(numberOf(m));
  }
  return out;
}
