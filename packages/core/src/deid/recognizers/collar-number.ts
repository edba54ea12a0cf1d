/**
 * COLLAR_NUMBER: numbers that identify a police officer or staff member (collar or shoulder
 * number, warrant number, operator or call-handler number, PCSO number), found only after a rank,
 * role or the word collar/shoulder/warrant (no national format exists: NOTES.md §4.7; "in most
 * forces simply a one- to five-digit number", some forces add a division or borough letter code,
 * e.g. `477KD`, City of London `123CP`). Only the number is the span, not the rank. Times
 * (`PC 2040hrs`), dates and call signs without a rank are not collar numbers.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { atSites, stickyTwin, wholeText, type MatchFinder } from './match-finder.js';
import { detection } from './recognizer-helpers.js';
import { COLLAR_HEADER_GATE, isCollarHeader } from './collar-headers.js';
import { columnCellsWhere } from './table-columns.js';
import { letterStartsOf, runStartsAfter, wordStarts, type SiteDetector } from './text-sites.js';
import { hasLineBreak, hasSpaceBracket, literalGate } from '../literal-gate.js';
import { regexMatches } from '../regex-matches.js';

const NAME = 'collar-number';
const DEFAULT_TRIGGERS = [
  'PC',
  'PS',
  'DC',
  'DS',
  'DI',
  'DCI',
  'DSU',
  // Superintendents and chief inspectors sign with their numbers too (`Ch Supt 0102 Harriet Nunn`).
  'Supt',
  'Ch Supt',
  'Chief Supt',
  'Superintendent',
  'CI',
  'Chief Inspector',
  'TDC',
  'TPC',
  'SC',
  'SPC',
  'PCSO',
  'PCs',
  'PCSOs',
  'DCs',
  'Sgt',
  'Insp',
  'A/PS',
  'A/Sgt',
  'A/Insp',
  'Constable',
  'Const',
  'Sergeant',
  'Inspector',
  'Operator',
  'Call handler',
  'Call taker',
  'Dispatcher',
  'Controller',
  'Collar/shoulder',
  'Warrant/collar',
  'Collar/warrant',
  'PC/DC',
  'DC/PC',
  'PC/PS',
  'Shoulder/collar',
  // A form's field for an officer or a member of police staff (`Collar/staff no: 4825`).
  'Collar/staff',
  'Staff/collar',
  'Collar',
  // Its short form in notes (`DC Zeynep Yildiz (coll 8301)`, `COLL NO 4471`).
  'Coll',
  'Shoulder',
  'Warrant',
];

export interface CollarNumberOptions {
  /** Further ranks or roles a force uses before a collar number (e.g. `CSI`, `PSE`). */
  extraTriggers?: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Each trigger as written, in capitals and in lower case (logs are often all capitals). */
function triggerVariants(triggers: string[]): string {
  const variants = new Set(triggers.flatMap((t) => [t, t.toUpperCase(), t.toLowerCase()]));
  return [...variants]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

function buildPattern(triggers: string[]): RegExp {
  // Digits with a force or division suffix (`612CP`), or a division letter first (`PC H2219`),
  // which must stand apart from the rank: `PCA0044` is one word, and the merged scan (which keys
  // a two-letter rank on the `n` of `No` only) relies on that.
  const number = '(?<n>\\d{1,6}(?:[A-Z]{2})?|(?<=[\\s:#.])[A-Z]\\d{3,5})';
  // Blanks, not line breaks: a rank ending a line (`PASSED TO DUTY INSPECTOR`) is not followed
  // by its number on the next one, where a row number starts (`05  | 21:58:44 |`).
  const label = '(?:\\.?[ \\t]*(?:[Nn]o\\.?|NO\\.?|[Nn]umber|NUMBER|#)?[ \\t]*:?[ \\t]*)';
  // A colon may follow as a label's (`OPR 2093: Caller`), not as a time's (`PC 20:40`); nor the
  // rest of a bank sort code (`SC 40-19-22`, a statement's `SC` for sort code, not a special
  // constable).
  const notTime = '(?![\\w/]|[:.]\\d|-\\d{2}-\\d{2}(?!\\d)|\\s*(?:hrs|HRS|hours|HOURS)\\b)';
  return new RegExp(`(?<![\\w/])(?:${triggerVariants(triggers)})${label}${number}${notTime}`, 'g');
}

/**
 * Short staff labels, where a space and three to six digits are required: the operator label of
 * CAD entries and of call handlers introducing themselves (`[Op 3505]`, `OPR 2093:`, `call
 * handler, op 4127`; `OP41` is a console position and `Op Nimrod` an operation), a call handler in
 * capitals (`CH 6127`; `Ch 3` is a radio channel), a custody detention officer (`DO 5520`, `DDO 4407`), an officer's number given
 * in speech (`his number was 1507`, `her collar number 5523`, `my operator number is 6613`), and a staff or operator number
 * with its label (`Staff no. 0412`, `police staff number 60213`, `op. no. 5120`), and an export's
 * `op=62915` key. Digits after the number rule it out (a phone's groups), unless they open a date
 * (`CLOSED BY OP 5524 15/03/2027`).
 */
const OPERATOR_SHORT =
  /(?<![\w/])(?:[Oo]p|OP|Opr|OPR|DO|DDO|CH|(?:[Hh]is|[Hh]er|[Mm]y) (?:collar |shoulder |operator |staff |warrant )?number(?: was| is)?|(?:[Ss]taff|STAFF|[Oo]p\.|OP\.) (?:[Nn]o\.?|NO\.?|[Nn]umber|NUMBER):?)(?:\.? |(?<=[Oo]p|OP)=)(?<n>\d{3,6})(?![\w/]|[:.]\d| ?\d(?!\d?\/\d{1,2}\/\d{2,4}))/g;

/**
 * A collar, shoulder or operator number told with its word and no rank, as interviews and notes
 * give it (`Collar's 80452 but nobody uses it`, `my collar number (0977)`, `My number's 7734`, `her
 * operator no. is 6093`): three to six digits, not a phone's first group (` ?\d` after it) nor an
 * emergency or non-emergency number (`my number is 101` is no one's). In the read sets 5 such
 * numbers were annotated and missed; none stood so unannotated.
 */
const SPOKEN_COLLAR =
  /(?<![\w/])(?:[Cc]ollar|COLLAR|[Ss]houlder|[Oo]perator|[Mm]y|[Hh]is|[Hh]er)(?:['’]s|(?<=[Cc]ollar|COLLAR|[Ss]houlder) (?:is|was)| (?:collar |shoulder |operator )?(?:number|no\.?)(?:['’]s| is| was)?) \(?(?!(?:101|999|111|112)(?!\d))(?<n>\d{3,6})(?![\w/]|[:.]\d| ?\d)/g;

/**
 * A staff number in brackets, without a rank before it: a chat or CAD speaker label, a name then
 * the operator's number (`[22:10:04] Dana (5512): Thank you`), at a line start or after a
 * bracketed time; or a rank, a name and the number (`(pc Dawn, 3307)`, `(PC Ali Khan, 1234)`).
 * The match starts on the digits (its context is a look-behind).
 */
const BRACKETED_STAFF =
  /(?<!\d)(?!(?:101|999|111|112)\))(?<n>\d{3,6})(?:(?<=(?:^|\n)[ \t]*(?:\[[\d:.,/ ]+\][ \t]*)?[A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*)? \(\d+)(?=\):)|(?<=\((?:PC|PS|DC|DS|PCSO|Sgt|SGT|pc|ps|dc|ds|pcso|sgt)\.? [A-Za-z'’-]+(?: [A-Za-z'’-]+)?, ?\d+)(?=\)))/g;

const ALL_ZEROS = /^0+$/;

/**
 * The number of whoever did what a record says was done (`Marker removed 19:30 by 59313`,
 * `exported by ops supervisor 62044`, `Printed 18/11/2030 09:02 by 7731`, `by="5590"`): over
 * the read sets 61 of 64 numbers after a past participle and `by` were collar numbers, the rest
 * phones (`confirmed by phone on …`). Not a year (`completed by 2027`), an hour, or a change in an
 * amount (`reduced by 500`).
 */
const AGENT_NUMBER =
  /(?<=(?:\b(?:by|BY)[ \t]*:?[ \t]+(?:(?:ops|duty|shift)[ \t]+)?(?:(?:supervisor|operator|controller|dispatcher)[ \t]+|[A-Z]{2,4}[ \t]+)?|\bby="))(?!(?:19|20)\d{2}(?!\d))\d{3,5}(?![\w/]|[:.]\d|[ \t]?(?:hrs|hours|am|pm)\b)/g;
/**
 * The past participle before `by`, perhaps with a date and time or where and when between
 * (`Printed 18/11/2030 09:02`, `DVPN served on P at 06:40`).
 */
const PARTICIPLE_BEFORE =
  /(?:^|[^\p{L}])(\p{L}{2,}(?:ed|ED))(?:[ \t]+(?:on|at|to|in)[ \t]+[^\s]{1,12}){0,2}(?:[ \t]+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?(?:[ \t]+\d{1,2}:\d{2})?[ \t]+$/u;
/**
 * A record's `by` label (`Submitted by: 3304`, `LOG BY: TFO 3810`, `Entered by: 2207`): the label
 * names whoever made the record, so no participle need come first; a role's letters may stand
 * before the number.
 */
const BY_LABEL = /\b(?:[A-Za-z]+[ \t]+)?(?:by|BY)[ \t]*:[ \t]*(?:[A-Z]{2,4}[ \t]+)?$/;
/** Verbs that change an amount by a number (`reduced by 500`). */
const AMOUNT_VERBS =
  /^(?:increased|reduced|decreased|raised|multiplied|divided|exceeded|outnumbered|lowered|cut|dropped|rounded)$/i;

/** Whether a past participle (not of an amount) stands before the `by` that ends `before`. */
function participleBefore(before: string): boolean {
  if (before.endsWith('by="') || BY_LABEL.test(before)) return true;
  const byAt = before.search(/(?:by|BY)[ \t]+(?:\S+[ \t]+){0,2}$/);
  const verb = PARTICIPLE_BEFORE.exec(before.slice(0, byAt))?.[1];
  return verb !== undefined && !AMOUNT_VERBS.test(verb);
}

/**
 * `officers 3851 and 2599 attended`: the plural word, then the officers' numbers (three to six
 * digits each, so a count or call sign does not pass), joined as a plural rank's are.
 */
const OFFICERS_NUMBERS = /\b(?:[Oo]fficers|OFFICERS)[ \t]+(?=\d{3,6}(?![\w/]|[:.]\d))/g;

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldOfficers = literalGate(['fficers', 'FFICERS']);

function officersNumbers(text: string, found: Detection[]): void {
  if (!mayHoldOfficers(text)) return;
  for (const m of regexMatches(OFFICERS_NUMBERS, text)) {
    const at = m.index + m[0].length;
    const n = /^\d{3,6}/.exec(text.slice(at, at + 6))![0];
    if (!found.some((d) => d.startUtf16 === at)) {
      found.push(detection(NAME, 'COLLAR_NUMBER', text, at, at + n.length, 0.6));
    }
    listedNumbers(text, at + n.length, 0.6, found);
  }
}

/**
 * A number told after an officer in the same sentence, with only `number` before it (`pc dunstall
 * i think, number 3859, was alright`, `pcso did a visit last wk, number 6641 i think`): messages
 * and interviews give the rank in lower case, away from the number. Three to six digits, not a
 * phone's first group. Over the read sets all 7 numbers so placed are collar numbers.
 */
const TOLD_NUMBER = /\bnumber,?(?: is| was|:)? (\d{3,6})(?![\w/]|[:.]\d| ?\d)/gi;
/** An officer's word earlier in the same sentence, up to 60 characters back. */
const OFFICER_EARLIER =
  /\b(?:pc|pcso|ps|sgt|sergeant|officer|constable|dc|ds|inspector|insp)\b[^.!?\n]{0,60}$/i;

const mayHoldNumber = literalGate(['number', 'NUMBER', 'Number']);

/** Numbers after `number` (TOLD_NUMBER) with an officer's word before them (OFFICER_EARLIER). */
function numbersAfterOfficer(text: string, found: Detection[]): void {
  if (!mayHoldNumber(text)) return;
  for (const m of regexMatches(TOLD_NUMBER, text)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (found.some((d) => d.startUtf16 === start)) continue;
    if (!OFFICER_EARLIER.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    found.push(detection(NAME, 'COLLAR_NUMBER', text, start, start + m[1]!.length, 0.6));
  }
}

/**
 * A collar number with its force's two letters, after a rank and the officer's name (`PC BQ5311`,
 * `PC Harriet Sowande (AF5127)`, `DC Osei-Bempah<TAB>TV7701`): the digits are the number, as the
 * labelled sets mark it.
 */
const FORCE_PREFIXED =
  /\b(?:PC|PS|DC|DS|PCSO|SC|Sgt|SGT|Insp|INSP)(?:[ \t]\p{Lu}[\p{L}'’-]+){0,3}(?:[ \t]\(|\t|[ \t])[A-Z]{2}(\d{3,5})(?![\p{L}\p{N}])/gu;

function forcePrefixed(text: string, found: Detection[]): void {
  if (!/[A-Z]{2}\d{3}/.test(text)) return;
  for (const m of regexMatches(FORCE_PREFIXED, text)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (found.some((d) => d.startUtf16 <= start && d.endUtf16 > start)) continue;
    found.push(detection(NAME, 'COLLAR_NUMBER', text, start, start + m[1]!.length, 0.7));
  }
}

/**
 * The number a form or export gives in its own field after a ranked name on the same line
 * (`Name: PCSO Nikhil Bhagwandin  No: 9142`, `{"name": "PCSO Halima Verity", "number": "9318"}`),
 * and a chat sender's number before the rank in brackets (`"from": "Ray 1142 (Sgt)"`).
 */
const NUMBER_FIELD_AFTER_RANK =
  /\b(?:PC|PS|DC|DS|PCSO|SC|Sgt|Insp)[ \t]\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2}"?(?:[ \t]{2,}|,[ \t]*)"?(?:No|NO|Number|number|Collar|collar)\.?"?[ \t]*:[ \t]*"?(\d{3,6})(?![\p{L}\p{N}])/gu;
const NUMBER_BEFORE_RANK =
  /\b(?!(?:Room|Bed|Cell|Flat|Unit|Suite|Bay|Ward|Page|Item|Case|Log|Ref|Call|Car|Van|Bus|Route|Line|Ext|Box|Desk)\b)\p{Lu}\p{Ll}+[ \t](\d{3,6})[ \t]\((?:Sgt|PC|PCSO|Insp|DC|DS|PS|SC)\)/gu;

function numbersInFields(text: string, found: Detection[]): void {
  for (const re of [NUMBER_FIELD_AFTER_RANK, NUMBER_BEFORE_RANK]) {
    if (
      re === NUMBER_BEFORE_RANK
        ? !hasSpaceBracket(text)
        : !/[Nn]o\.?"?[ \t]*:|[Nn]umber|ollar/.test(text)
    )
      continue;
    for (const m of regexMatches(re, text)) {
      const start = m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 8);
      if (found.some((d) => d.startUtf16 <= start && d.endUtf16 > start)) continue;
      found.push(detection(NAME, 'COLLAR_NUMBER', text, start, start + m[1]!.length, 0.7));
    }
  }
}

/** Numbers after a past participle and `by` (AGENT_NUMBER), not already found. */
function agentCollars(text: string, found: Detection[]): void {
  if (!text.includes('by') && !text.includes('BY')) return;
  for (const m of regexMatches(AGENT_NUMBER, text)) {
    const start = m.index;
    if (found.some((d) => d.startUtf16 === start)) continue;
    if (!participleBefore(text.slice(Math.max(0, start - 90), start))) continue;
    found.push(detection(NAME, 'COLLAR_NUMBER', text, start, start + m[0].length, 0.6));
  }
}

function numbersAfter(find: MatchFinder, text: string, score: number, found: Detection[]): void {
  for (let m = find(0); m !== null; m = find(m.index + m[0].length)) {
    // The number ends the match (the time check is a lookahead), so its offsets follow from it.
    const end = m.index + m[0].length;
    const start = end - (m.groups?.n ?? '').length;
    // All zeros is a form's placeholder (`Officer: PC 0000`), not anyone's number.
    if (start < end && !ALL_ZEROS.test(text.slice(start, end))) {
      found.push(detection(NAME, 'COLLAR_NUMBER', text, start, end, score));
    }
    if (PLURAL_RANK.test(m[0])) listedNumbers(text, end, score, found);
  }
}

/**
 * `PCs 2231 & 4410LN`, `PCs 2481 / 3560`: a plural rank, then its officers' numbers joined by `&`,
 * `and`, `,` or `/`.
 */
const PLURAL_RANK = /^(?:PCs|PCSOs|DCs)\b/;
const NEXT_IN_LIST = /^[ \t]*(?:&|and|,|\/)[ \t]*(\d{1,6}(?:[A-Z]{2})?)(?![\w/]|[:.]\d)/;

function listedNumbers(text: string, from: number, score: number, found: Detection[]): void {
  let at = from;
  for (
    let m = NEXT_IN_LIST.exec(text.slice(at, at + 24));
    m;
    m = NEXT_IN_LIST.exec(text.slice(at, at + 24))
  ) {
    const end = at + m[0].length;
    found.push(detection(NAME, 'COLLAR_NUMBER', text, end - m[1]!.length, end, score));
    at = end;
  }
}

/**
 * Column names of a pasted table (scene logs, custody and briefing grids) whose cells are the
 * officers' or staff's own numbers (table-columns.ts): no rank stands next to the number there.
 */
const COLLAR_COLUMNS = new Set([
  'collar',
  'oic',
  'oic collar',
  'oic_collar',
  'collar_no',
  'officer_collar',
  'collar no',
  'collar no.',
  'collar number',
  'collar/id',
  'collar / id',
  'id/collar',
  'collar/shoulder',
  'shoulder no',
  'shoulder no.',
  'shoulder number',
  'warrant no',
  'warrant no.',
  'warrant number',
  'operator no',
  'operator no.',
  // A CAD export's user column holds the staff number of whoever typed the line.
  'user',
  'user id',
  'user_id',
  'userid',
  'staff no',
  'staff no.',
  'staff number',
  'staff id',
  // A custody or scene log's column naming who made each entry, by number (`| Time | Entry | By |`).
  'by',
]);
/** A collar number as a whole cell: digits with a force suffix, or a letter and digits. */
const COLLAR_CELL = /^(?:\d{2,6}[A-Z]{0,3}|[A-Z]\d{3,5})$/;

const isCollarColumn = (header: string) => COLLAR_COLUMNS.has(header) || isCollarHeader(header);

/** Numbers under a collar column; a staff code of another service (`P-20931`) does not fit. */
function tableCollars(text: string, found: Detection[]): void {
  // A table needs a line break (columnCellsWhere reads none without one): one-line texts skip the
  // case-insensitive scan.
  if (!hasLineBreak(text) || !COLLAR_HEADER_GATE.test(text)) return;
  for (const c of columnCellsWhere(text, isCollarColumn)) {
    if (COLLAR_CELL.test(c.text)) {
      found.push(detection(NAME, 'COLLAR_NUMBER', text, c.start, c.end, 0.7));
    }
  }
}

/** Numbers after a rank or role (`ranked`), then after the short operator label (`short`). */
function detectCollarNumbers(
  text: string,
  ranked: MatchFinder,
  short: MatchFinder,
  bracketed: MatchFinder,
  spoken: MatchFinder,
): Detection[] {
  const found: Detection[] = [];
  numbersAfter(ranked, text, 0.8, found);
  const before = found.length;
  numbersAfter(short, text, 0.6, found);
  numbersAfter(bracketed, text, 0.6, found);
  // The spoken forms overlap the rank and operator rules (`her collar number 5523`): kept once.
  const told: Detection[] = [];
  numbersAfter(spoken, text, 0.6, told);
  for (const d of told) if (!found.some((f) => f.startUtf16 === d.startUtf16)) found.push(d);
  tableCollars(text, found);
  agentCollars(text, found);
  officersNumbers(text, found);
  numbersAfterOfficer(text, found);
  forcePrefixed(text, found);
  numbersInFields(text, found);
  return found.length === before ? found : found.sort((a, b) => a.startUtf16 - b.startUtf16);
}

export function createCollarNumberRecognizer(options: CollarNumberOptions = {}): Recognizer {
  const pattern = buildPattern([...DEFAULT_TRIGGERS, ...(options.extraTriggers ?? [])]);
  const detect = (text: string, _settings: DeidSettings): Detection[] =>
    detectCollarNumbers(
      text,
      wholeText(pattern, text),
      wholeText(OPERATOR_SHORT, text),
      wholeText(BRACKETED_STAFF, text),
      wholeText(SPOKEN_COLLAR, text),
    );
  return { name: NAME, types: ['COLLAR_NUMBER'], detect };
}

export const collarNumberRecognizer: Recognizer = createCollarNumberRecognizer();

const RANKED_AT_SITE = stickyTwin(buildPattern(DEFAULT_TRIGGERS));
const SHORT_AT_SITE = stickyTwin(OPERATOR_SHORT);
const BRACKETED_AT_SITE = stickyTwin(BRACKETED_STAFF);
const SPOKEN_AT_SITE = stickyTwin(SPOKEN_COLLAR);
const SPOKEN_STARTS = wordStarts(['collar', 'shoulder', 'operator', 'my', 'his', 'her']);
/** BRACKETED_STAFF's digits follow `(`, a space or a comma. */
const notBracketed = (c: number) => c !== 40 && c !== 32 && c !== 44;
/**
 * BRACKETED_STAFF's digits are a whole run (no digit before them, and its look-aheads need `)`
 * right after them) of three to six digits, closed by `)`: other runs (most) are not tried.
 */
const closedStaffRun = (length: number, next: number) => length >= 3 && length <= 6 && next === 41;
// After a two-letter rank only the label's `No`/`Number` starts with a letter; after `Op`, `Opr`
// (a superset for `DO`: `Dor…` is tried and fails).
const TRIGGER_STARTS = wordStarts(DEFAULT_TRIGGERS, 'n');
const OPERATOR_STARTS = wordStarts(['op', 'do', 'ddo', 'ch', 'his', 'her', 'my', 'staff'], 'r');

/**
 * Merged scan, as `collarNumberRecognizer` (default triggers): every trigger and the operator label
 * start a letter run (the look-behind rules out a letter before them).
 */
export const collarNumbersAtSites: SiteDetector = (text, _settings, sites) =>
  detectCollarNumbers(
    text,
    atSites(RANKED_AT_SITE, text, letterStartsOf(sites, TRIGGER_STARTS)),
    atSites(SHORT_AT_SITE, text, letterStartsOf(sites, OPERATOR_STARTS)),
    atSites(BRACKETED_AT_SITE, text, runStartsAfter(text, sites, notBracketed, closedStaffRun)),
    atSites(SPOKEN_AT_SITE, text, letterStartsOf(sites, SPOKEN_STARTS)),
  );
