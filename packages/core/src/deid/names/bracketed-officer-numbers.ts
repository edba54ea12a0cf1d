/**
 * An officer's number in brackets after their rank and name, with their post after it:
 * `PC Wilhelmina Thorne (5120, prison police liaison)`. ANNOTATION.md annotates every number
 * that identifies an officer, digits only; the collar-number recognizer reads a bracket that
 * closes straight after the digits. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { regexMatches } from '../regex-matches.js';
import { echoable } from './name-echoes.js';
import { numberOf, officerNumber } from './officer-numbers.js';
import { personDetection } from './person-detection.js';
import { surnames } from './surnames.js';
import { hasCloseBracket, hasSpaceBracket } from '../literal-gate.js';

const RANK_NAME_BRACKET_NUMBER =
  /\b(?:PC|PCSO|PS|DC|DS|SC|Sgt|Insp)\.? (?:\p{Lu}\.? )?\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2} \((\d{3,6}), /gu;

/**
 * The same with the post first and the number closing the bracket: `PC Haruto Brennan-Ide
 * (probationer, 2633)`, `DC Marcus Fennimore-Adjei (Economic Crime Unit, 31044)`. In the read sets
 * all 3 such numbers were annotated.
 */
const RANK_NAME_BRACKET_POST_NUMBER =
  /\b(?:PC|PCSO|PS|DC|DS|SC|Sgt|Insp)\.? (?:\p{Lu}\.? )?\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2} \([^()\n,]{1,40}, (\d{3,6})\)/gu;

export function bracketedOfficerNumbers(text: string): Detection[] {
  const out: Detection[] = [];
  // Every match holds `(` then digits then `, `, or `, ` then digits then `)`: most texts have none.
  if (/\(\d{3,6}, /.test(text))
    for (const m of regexMatches(RANK_NAME_BRACKET_NUMBER, text)) out.push(numberOf(m));
  if (/, \d{3,6}\)/.test(text)) {
    for (const m of regexMatches(RANK_NAME_BRACKET_POST_NUMBER, text)) out.push(numberOf(m));
  }
  return out;
}

/**
 * An officer's name in brackets after their rank and number (`downloaded by PC 2955 (LAVENDER)`,
 * `PCSO 7120 (Ruth Ames)`), as control rooms write a crew: the number is found by the collar-number
 * recognizer, the bracket names the officer. Every word must read as a name (`echoable`), so a
 * post or a team in brackets (`PC 2955 (Response)`) is left alone.
 */
const RANK_NUMBER_BRACKET_NAME =
  /\b(?:PC|PCSO|PS|DC|DS|SC|Sgt|Insp)\.? \d{3,6} \((\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2})\)/gu;

/**
 * A word that reads as a name; in capitals it needs four letters or the surname list, since a
 * team's letters stand in brackets too (`PC 2955 (NPT)`).
 */
function nameWord(word: string): boolean {
  if (!echoable(word)) return false;
  const caps = word === word.toUpperCase();
  return !caps || word.length >= 4 || surnames().has(word.toLowerCase());
}

export function bracketedOfficerNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!hasSpaceBracket(text)) return out;
  for (const m of regexMatches(RANK_NUMBER_BRACKET_NAME, text)) {
    const name = m[1]!;
    if (!name.split(/[ -]/).every(nameWord)) continue;
    out.push(personDetection(m.index + m[0].length - 1 - name.length, name, 0.75, 'person-cue'));
  }
  return out;
}

/**
 * A label for the officers who attended, then a list of names each with a number in brackets
 * (`Officers: Rafferty (8114) / Adewale-Briggs (8127)`, `Crew: PC Ames (2211), Kerr (3070)`): every
 * item is an officer and their collar number, the later ones with no rank before them.
 */
const OFFICER_LIST =
  /\b(?:[Oo]fficers?|OFFICERS?|[Cc]rew|CREW|[Aa]ttending|ATTENDING|[Aa]ttended by)[ \t]*:?[ \t]+((?:(?:PC|PCSO|PS|DC|DS|SC|Sgt)\.? )?\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)? \(\d{3,6}\)(?:[ \t]*(?:[/,&]|and)[ \t]*(?:(?:PC|PCSO|PS|DC|DS|SC|Sgt)\.? )?\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)? \(\d{3,6}\))+)/gu;
const LIST_ITEM =
  /(?:(?:PC|PCSO|PS|DC|DS|SC|Sgt)\.? )?(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?) \((\d{3,6})\)/gu;

export function officerListNames(text: string): Detection[] {
  const out: Detection[] = [];
  // The bracket first: a literal test is cheaper than the Unicode scan, and most texts have none.
  if (!hasCloseBracket(text) || !/\) ?[/,&] ?\p{Lu}|\) and \p{Lu}/u.test(text)) return out;
  for (const m of regexMatches(OFFICER_LIST, text)) {
    const list = m[1]!;
    const at = m.index + m[0].length - list.length;
    for (const item of regexMatches(LIST_ITEM, list)) {
      const name = item[1]!;
      if (!name.split(/[ -]/).every(nameWord)) continue;
      const nameAt = at + item.index + item[0].indexOf(name);
      out.push(personDetection(nameAt, name, 0.75, 'person-cue'));
      const digits = item[2]!;
      out.push(officerNumber(at + item.index + item[0].lastIndexOf(digits), digits));
    }
  }
  return out;
}
