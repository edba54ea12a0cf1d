/**
 * Collar numbers written after the officer's name or role rather than straight after a rank,
 * which the collar-number recognizer reads: `PC Lamprell, number 2236`, `The officer, 4093, is
 * polite`, `call handler Dana (op no. 5530)`. ANNOTATION.md annotates every number that
 * identifies an officer or staff member, digits only. Offsets are UTF-16 code units.
 */
import type { Detection } from '../entity-types.js';
import { regexMatches } from '../regex-matches.js';
import { commonWords } from './name-context.js';
import { hasCommaSpace } from '../literal-gate.js';

export const OFFICER_NUMBER_SCORE = 0.75;

/**
 * A rank and a name (a surname, or up to two more names or an initial first), then `number`,
 * `No.` or `collar number` and the digits: `PC Lamprell, number 2236`, `PCSO Sasha Brightwell-Oyo
 * No. 63822` (a form's gap before the label).
 */
const NAMED_THEN_NUMBER =
  /\b(?:PC|PCSO|PS|DC|DS|Sgt|Insp|[Oo]fficer)\.? (?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]){0,2}\p{Lu}[\p{L}\p{M}'’-]+,?[ \t]{1,4}(?:(?:[Cc]ollar|[Ss]houlder|[Ww]arrant|COLLAR) )?(?:[Nn]umber|NUMBER|[Nn]o\.?|NO\.?) ?(\d{3,6})(?![\w/-]|[.:]\d)/gu;
/** `the officer, 4093,`: a number set off by commas right after the word officer. */
const OFFICER_COMMA_NUMBER = /\b[Tt]he officer, (\d{3,6}),/g;
/**
 * A rank and a name, then a separator and the digits, as forms list officers (`PS Ingrid Halvorsen
 * / 1502`, `PC Ashok Raithatha – 3012`, `PC S. HAUGEN #3561`).
 */
const NAMED_SEPARATOR_NUMBER =
  /\b(?:PC|PCSO|PS|DC|DS|SC|Sgt|Insp)\.? (?:\p{Lu}\.? )?\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)? ?(?:\/|–|—|-|#) ?(\d{3,6})(?![\w/-]|[.:]\d)/gu;
/** A surname, the rank and the number as a signature writes them: `HADDAD, PC, 4076`. */
const SURNAME_RANK_NUMBER =
  /\b\p{Lu}{2,}(?:['’-]\p{Lu}+)*, (?:PC|PCSO|PS|DC|DS|SC), (\d{3,6})(?![\w/-]|[.:]\d)/gu;
/**
 * The number before the rank, as some forms and logs write an officer (`Supervisor: 0866 PS
 * Hollins`, `OIC:  3306 / DC / VERHAEGEN A.`, `1177 PC HALLORAN found him`), at a line's start,
 * after a label's colon or dotted leader (`Officer in case .. 4418 DC Prentice`) or a padded gap. A four-digit number that reads as a time (`2207 PC …`)
 * counts only after a label: CAD lines open with the time.
 */
const NUMBER_THEN_RANK =
  /(?:^|(?<label>:|\.{2,})|[ \t]{2})[ \t]*(?<n>\d{3,6})(?: \/)? (?:PC|PCSO|PS|DC|DS|SC|Sgt)\b(?= ?\/| \p{Lu})/gmu;

/**
 * A rank, then the officer's name, then the number, where the person rules' run of name words is
 * broken: the rank as a form's label (`Custody Sergeant: Gwen Madoc-Price 2046.`) or an initial
 * with its stop first (`Superintendent A. Ruthven 0492,`, `PC A. Ruthven 0492`).
 */
const LABEL_RANKS = [
  ...['Sergeant', 'Inspector', 'Superintendent', 'Constable', 'Supt', 'Insp', 'Sgt', 'PCSO'],
  ...['PC', 'PS', 'DC', 'DS'],
];
export const RANK_LABEL_NAME_NUMBER = new RegExp(
  String.raw`\b(?:${LABEL_RANKS.join('|')})(?::[ \t]{1,3}(?:\p{Lu}\.? ){0,2}|\.? \p{Lu}\. (?:\p{Lu}\. )?)(?:\p{Lu}[\p{L}\p{M}'’-]+ ){0,2}\p{Lu}[\p{L}\p{M}'’-]+,? (\d{3,5})(?![\w/-]|[.:]\d)(?![ \t]*(?:x|mins?|minutes?|hrs?|hours?|days?|weeks?|yrs?|years?|am|pm|times)\b)`,
  'gu',
);
/** A capital with its stop between blanks, then a capital (tried only where `. ` is). */
const STOPPED_INITIAL = / \p{Lu}\. \p{Lu}/uy;

/**
 * RANK_LABEL_NAME_NUMBER's gate: whether the text holds a rank right before a colon or a capital
 * with its stop between blanks (`(?:Sergeant|…|DS):| \p{Lu}\. \p{Lu}`, one of which every match
 * holds). Read at each colon and each `. ` rather than by a Unicode scan from every position,
 * which cost about 1% of the detection time on log entries.
 */
export function mayHoldRankLabel(text: string): boolean {
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    for (const rank of LABEL_RANKS) {
      if (at >= rank.length && text.startsWith(rank, at - rank.length)) return true;
    }
  }
  for (let at = text.indexOf('. '); at >= 0; at = text.indexOf('. ', at + 1)) {
    // The capital before the stop is one code unit, or two (a surrogate pair).
    if (stoppedInitialFrom(text, at - 2) || stoppedInitialFrom(text, at - 3)) return true;
  }
  return false;
}

function stoppedInitialFrom(text: string, start: number): boolean {
  if (text.charCodeAt(start) !== 32) return false;
  STOPPED_INITIAL.lastIndex = start;
  return STOPPED_INITIAL.test(text);
}

/** Necessary conditions of the three forms above, each a cheap scan. */
const SEPARATOR_THEN_DIGITS = /[/–—#-] ?\d{3}/;
const RANK_BETWEEN_COMMAS = /, (?:PC|PCSO|PS|DC|DS|SC), \d/;
const DIGITS_THEN_RANK = /\d{3}(?: \/)? (?:PC|PCSO|PS|DC|DS|SC|Sgt)\b/;

/**
 * A lower-case rank as quick notes write it, the officer's name and the number (`pc goode 2207`,
 * `(pc nazir 5120)`, `pc Josh Pearson 2764`, `ps harland (1187)`): the rank in lower case, so a capitalised `PC` stays
 * with the person recognizer, which reads the number after the names it finds.
 */
const LOWER_RANK_NAME_NUMBER =
  /(?<![\p{L}\p{N}])(?:pc|pcso|ps|dc|ds|sgt)\.? (?:\p{L}[\p{L}\p{M}'’-]+,? ){1,2}\(?(\d{3,6})(?![\w/-]|[.:]\d)/gu;
/**
 * A name and a staff number in brackets (`(Tamsin Roberts, 6047)`, `(Robson, 1733)`): a year
 * (1900–2099, as a citation writes one) is not a number of anyone's.
 */
const NAME_COMMA_NUMBER_IN_BRACKETS =
  /\((?:\p{Lu}[\p{Ll}\p{M}'’-]+ ){0,2}\p{Lu}[\p{Ll}\p{M}'’-]+, (\d{3,6})\)/gu;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * An XML element naming an officer by attributes (`<Requester rank="PS" number="4902" …/>`): the
 * number attribute of an element whose rank attribute is a police rank.
 */
const RANK_ATTRIBUTE_NUMBER =
  /\brank="(?:PC|PCSO|PS|DC|DS|DI|SC|Sgt|Insp|Inspector|Sergeant|Constable)"[^<>]{0,60}?\b(?:number|collar|collarNumber|no)="(\d{3,6})"/g;

/** An operator number: `op no. 5530`, `opr no 2093`. */
const OPERATOR_NUMBER = /\b(?:[Oo]pr?|OPR?)\.? ?(?:[Nn]o|NO)\.? ?(\d{3,6})(?![\w/-]|[.:]\d)/g;

/**
 * A necessary condition of NAMED_THEN_NUMBER and OPERATOR_NUMBER: each match holds `number`,
 * `no`, `No` or `NO`, an optional `.` and space, then three digits. One scan that starts on a
 * literal (`n`, `N`) instead of two that start on `\b` at every position; most texts fail it.
 */
const NUMBER_WORD_THEN_DIGITS = /(?:number|[Nn]o|NO)\.? ?\d{3}/;
/** Every OFFICER_COMMA_NUMBER match holds this (`[Tt]he officer, `). */
const OFFICER_COMMA = 'he officer, ';

export function officerNumbers(text: string): Detection[] {
  const out: Detection[] = [];
  const numbered = NUMBER_WORD_THEN_DIGITS.test(text);
  // In the order the three forms were always scanned, each skipped when its gate fails.
  if (numbered) for (const m of regexMatches(NAMED_THEN_NUMBER, text)) out.push(numberOf(m));
  if (text.includes(OFFICER_COMMA)) {
    for (const m of regexMatches(OFFICER_COMMA_NUMBER, text)) out.push(numberOf(m));
  }
  if (numbered) for (const m of regexMatches(OPERATOR_NUMBER, text)) out.push(numberOf(m));
  // Each later form needs its mark before the digits: most texts skip their scans.
  if (SEPARATOR_THEN_DIGITS.test(text)) {
    for (const m of regexMatches(NAMED_SEPARATOR_NUMBER, text)) out.push(numberOf(m));
  }
  if (RANK_BETWEEN_COMMAS.test(text)) {
    for (const m of regexMatches(SURNAME_RANK_NUMBER, text)) out.push(numberOf(m));
  }
  lowerRankAndBracketNumbers(text, out);
  if (mayHoldRankLabel(text)) {
    for (const m of regexMatches(RANK_LABEL_NAME_NUMBER, text)) out.push(numberOf(m));
  }
  if (text.includes('rank="')) {
    for (const m of regexMatches(RANK_ATTRIBUTE_NUMBER, text)) out.push(numberOf(m));
  }
  if (!DIGITS_THEN_RANK.test(text)) return out;
  for (const m of regexMatches(NUMBER_THEN_RANK, text)) {
    const digits = m.groups?.n ?? '';
    if (m.groups?.label || !clockTime(digits)) out.push(numberOf(m, digits));
  }
  return out;
}

/** LOWER_RANK_NAME_NUMBER and NAME_COMMA_NUMBER_IN_BRACKETS, each behind a cheap literal test. */
function lowerRankAndBracketNumbers(text: string, out: Detection[]): void {
  if (LOWER_RANK_LITERAL.test(text)) {
    for (const m of regexMatches(LOWER_RANK_NAME_NUMBER, text)) {
      // `pc world 2020`: an everyday word or a year is no officer's name or number.
      const first = / ([^ ,]+)/.exec(m[0])?.[1]?.toLowerCase() ?? '';
      if (!commonWords().has(first) && !YEAR.test(m[1]!)) out.push(numberOf(m));
    }
  }
  if (!hasCommaSpace(text)) return;
  for (const m of regexMatches(NAME_COMMA_NUMBER_IN_BRACKETS, text)) {
    if (!YEAR.test(m[1]!)) out.push(numberOf(m));
  }
}
const LOWER_RANK_LITERAL = /\b(?:pc|pcso|ps|dc|ds|sgt)\b/;

/** Four digits that read as a 24-hour time (`2207`, `0415`). */
export function clockTime(digits: string): boolean {
  return digits.length === 4 && Number(digits.slice(0, 2)) < 24 && Number(digits.slice(2)) < 60;
}

/** The COLLAR_NUMBER detection of the digits in a match (its last occurrence in the match). */
export function numberOf(m: RegExpExecArray, digits = m[1]!): Detection {
  return officerNumber(m.index + m[0].lastIndexOf(digits), digits);
}

/** The COLLAR_NUMBER detection of `digits` at `start` (UTF-16 code units). */
export function officerNumber(start: number, digits: string): Detection {
  return {
    type: 'COLLAR_NUMBER',
    startUtf16: start,
    endUtf16: start + digits.length,
    text: digits,
    score: OFFICER_NUMBER_SCORE,
    recognizer: 'person-officer-number',
  };
}
