/**
 * `SURNAME, First` as police systems write subjects (`WOOD, Jean`, `SMITH-JONES, Ffion`), and
 * `Surname, First` when both words are known names. In a list of full names (`Crew: Yusuf Mahmood,
 * Bronwen Szabo`) the surname of one and the first name of the next are not one name.
 */
import type { Detection } from '../entity-types.js';
import { isGivenName } from './given-names.js';
import { acronyms, commonWords, particles, placeSuffixes, titles } from './name-context.js';
import { surnames } from './surnames.js';
import { regexMatches } from '../regex-matches.js';
import { stickyTwin } from '../recognizers/match-finder.js';

// Capital first, look-behind after it, so the engine can skip ahead to capitals.
const UPPER_COMMA_FIRST =
  /(\p{Lu}(?<![\p{L}\p{N}'’-]\p{Lu})(?:\p{Lu}+|['’]\p{Lu}{2,})(?:['’-]\p{Lu}+)*), (\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?)(?![\p{L}\p{N}]|-\p{L})/gu;
/**
 * A middle name after the first (`QURESHI, Mohammed Irfan`), ending the field: no title-case word
 * after it (a label in capitals may follow: `TREMAYNE-BOWEN, Lowenna Jane DOB 03/11/2001`).
 */
const MIDDLE_NAME = /^ (\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?)(?![\p{L}\p{N}]|-\p{L})(?! \p{Lu}\p{Ll})/u;
const TITLE_COMMA_FIRST =
  /(\p{Lu}(?<![\p{L}\p{N}'’-]\p{Lu})\p{Ll}+(?:-\p{Lu}\p{Ll}+)?), (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;
/**
 * A date in the next cell (`Fenwick-Saab, Dorian;17/03/2001`): a register's or an export's person
 * and date of birth, which vouches for the name when the gazetteers do not know its words.
 */
const DATE_CELL_AFTER = /^[ \t]*[;,\t|][ \t]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)/;

/**
 * Both patterns need `, ` then a capital and a lower-case letter: texts without it skip them
 * (most log entries; a property test checks the pre-check never rejects a text they match).
 */
export const COMMA_THEN_NAME = /, \p{Lu}\p{Ll}/u;
export const COMMA_NAME_PATTERNS: readonly RegExp[] = [UPPER_COMMA_FIRST, TITLE_COMMA_FIRST];

export const COMMA_NAME_SCORE = 0.85;
export const TRANSCRIPT_SPEAKER_SCORE = 0.75;
/**
 * A meeting-transcript speaker line as Teams exports it: `Surname, First` at a line start, an
 * optional note in brackets (`(Guest)`, an organisation's or a rank's letters: `(KPFT)`, `(Insp)`),
 * spaces and the elapsed time (`Ellison, Patrice   0:03`).
 */
const TRANSCRIPT_SPEAKER =
  /^\p{Lu}[\p{L}\p{M}'’-]+, \p{Lu}[\p{L}\p{M}'’-]+(?=[ \t]+(?:\([^()\n]{1,20}\)[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t]*\r?$)/gmu;
export const KNOWN_COMMA_NAME_SCORE = 0.7;
/** A Gaelic surname particle in title case right before a title-case surname. */
const GAELIC_PARTICLE_BEFORE = /(?:^|[^\p{L}])(?:Ó|Ní|Nic|Mac|Mc|Uí|Ua)[ ]$/u;

function plainWord(lower: string): boolean {
  return !commonWords().has(lower) && !placeSuffixes().has(lower);
}

function upperSurname(word: string): boolean {
  const lower = word.toLowerCase();
  return surnames().has(lower) || (plainWord(lower) && !acronyms().has(lower));
}

function firstName(word: string): boolean {
  const lower = word.toLowerCase();
  // A title after the comma opens the next name (`the DSL, Mr Idris Bakare-Strand`).
  if (titles().has(lower)) return false;
  return isGivenName(lower) || plainWord(lower);
}

/** A title-case word and a space, ending the text looked at. */
const TITLE_WORD_BEFORE = /(\p{Lu}\p{Ll}+) $/u;
/** A space and a capitalised word. */
const CAPITALISED_AFTER = /^ (\p{Lu}[\p{L}]+)/u;
/** A space, a capital and a lower-case letter. */
const TITLE_WORD_AFTER = /^ \p{Lu}\p{Ll}/u;

/** A given name right before the surname: `Yusuf Mahmood, Bronwen …` is a list of names. */
function afterGivenName(text: string, start: number): boolean {
  const before = TITLE_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return before !== null && isGivenName(before[1]!.toLowerCase());
}

/** A word and a comma right before: `Storm, Pronto, DEMS, Mosaic` is a list, no name. */
const LIST_ITEM_BEFORE = /[\p{L}\p{M}], $/u;

function afterListItem(text: string, start: number): boolean {
  return LIST_ITEM_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}

/** `EHO, Northmoor City Council`: the word after the comma starts a place or body's name. */
function placeAfter(text: string, end: number): boolean {
  const next = CAPITALISED_AFTER.exec(text.slice(end, end + 20))?.[1];
  return next !== undefined && placeSuffixes().has(next.toLowerCase());
}

/** A capitalised word right after the first name: `…, Bronwen Szabo` is the next full name. */
function beforeAnotherName(text: string, end: number): boolean {
  return TITLE_WORD_AFTER.test(text.slice(end, end + 3));
}

export function commaNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!COMMA_THEN_NAME.test(text)) return out;
  for (const m of commaAnchoredMatches(UPPER_COMMA_FIRST, text)) {
    if (!upperSurname(m[1]!) || !firstName(m[2]!) || afterGivenName(text, m.index)) continue;
    if (afterListItem(text, m.index)) continue;
    if (placeAfter(text, m.index + m[0].length)) continue;
    out.push(withSurnameStart(text, withMiddleName(text, found(m, COMMA_NAME_SCORE))));
  }
  for (const m of regexMatches(TRANSCRIPT_SPEAKER, text)) {
    out.push(found(m, TRANSCRIPT_SPEAKER_SCORE));
  }
  for (const m of commaAnchoredMatches(TITLE_COMMA_FIRST, text)) {
    const given = isGivenName(m[2]!.toLowerCase());
    // `Ó Ceallaigh, Pádraig`: a surname particle before the surname marks it as one.
    const particled =
      given && GAELIC_PARTICLE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index));
    const end = m.index + m[0].length;
    const aged = agedName(text, m, end);
    const known =
      (surnames().has(m[1]!.toLowerCase()) && given) ||
      particled ||
      datedNameCell(text, m, end) ||
      aged !== null ||
      mailHeaderName(text, m.index, end);
    const list = afterGivenName(text, m.index) || beforeAnotherName(text, end);
    if (!known || list) continue;
    const d = aged
      ? commaDetection(m.index, aged, KNOWN_COMMA_NAME_SCORE)
      : found(m, KNOWN_COMMA_NAME_SCORE);
    out.push(particled ? withSurnameStart(text, d) : d);
  }
  return out;
}

/**
 * The age in brackets right after (`Haldane, Murray (82) - medically fit`), as a ward's huddle
 * list or a panel's case list writes each person: it vouches for the name as a date of birth in
 * the next cell does. A hyphenated first name is kept whole (`Trevithick, Anne-Louise (58)`).
 * Returns the name's text, or null.
 */
const AGE_BRACKET_AFTER = /^(-\p{Lu}\p{Ll}+)? ?\(\d{1,3}\)/u;

function agedName(text: string, m: RegExpExecArray, end: number): string | null {
  const after = AGE_BRACKET_AFTER.exec(text.slice(end, end + 24));
  if (!after || commonWords().has(m[1]!.toLowerCase()) || commonWords().has(m[2]!.toLowerCase()))
    return null;
  return m[0] + (after[1] ?? '');
}

/**
 * An e-mail header's person as Outlook writes one (`From: Okonjo-Hale, Ngozi (PS 1187)`, `To:
 * Team-Inbox; Brightwen, Tegen`): the field's label, perhaps other addressees before a semicolon,
 * then the name ending the address (a bracket, an address in angle brackets, a semicolon or the
 * line's end). The header says the words are a person, as a date of birth does.
 */
const MAIL_FIELD_BEFORE =
  /(?:^|\n)(?:From|To|Cc|CC|Bcc|BCC|Sent by|Organi[sz]er|Attendees)[ \t]*:[ \t]*(?:[^\n]*;[ \t]*)?$/;
const ADDRESS_END_AFTER = /^[ \t]*(?:[(<;[]|\r?\n|$)/;

function mailHeaderName(text: string, start: number, end: number): boolean {
  if (!ADDRESS_END_AFTER.test(text.slice(end, end + 4))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return (
    start - lineStart < 200 && MAIL_FIELD_BEFORE.test(text.slice(Math.max(0, lineStart - 1), start))
  );
}

function datedNameCell(text: string, m: RegExpExecArray, end: number): boolean {
  if (!DATE_CELL_AFTER.test(text.slice(end, end + 16))) return false;
  return !commonWords().has(m[1]!.toLowerCase()) && !commonWords().has(m[2]!.toLowerCase());
}

/**
 * `SURNAME, FORENAME` with both in capitals, as intelligence reports and custody prints head a
 * subject (`FAIRCLOUGH, MASON  aka TINY`). Capitals text also lists agencies and actions this way
 * (`POLICE, AMBULANCE`, `ATTENDED, SPOKE`), so the forename must be a gazetteer given name that is
 * no everyday word (names that are also surnames or words, `MASON`, `GRACE`, count: the comma
 * layout says which is which), and the surname must pass `upperSurname`; a word and a comma
 * before it make a list (`SMITH, JONES, MARK`).
 */
const COMMA_THEN_CAPITALS = /, (?=\p{Lu}\p{Lu})/gu;
/** The surname in capitals ending right before the comma. */
const UPPER_SURNAME_BEFORE = /(?<![\p{L}\p{N}'’-])\p{Lu}{2,}(?:['’-]\p{Lu}+)*$/u;
/** The forename in capitals after it, ending the name (not a third item of a list). */
const UPPER_FORENAME = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?(?![\p{L}\p{N}]|-\p{L}|, \p{Lu})/u;

/** Found from each comma before two capitals, the surname read backwards from it. */
export function upperCommaNames(text: string): Detection[] {
  const out: Detection[] = [];
  for (const comma of regexMatches(COMMA_THEN_CAPITALS, text)) {
    const at = comma.index;
    const surname = UPPER_SURNAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[0];
    const forename = surname && UPPER_FORENAME.exec(text.slice(at + 2, at + 42))?.[0];
    if (!surname || !forename) continue;
    const given = forename.toLowerCase();
    if (!isGivenName(given) || commonWords().has(given)) continue;
    const start = at - surname.length;
    if (!upperSurname(surname) || afterListItem(text, start)) continue;
    const end = at + 2 + forename.length;
    out.push(commaDetection(start, text.slice(start, end), KNOWN_COMMA_NAME_SCORE));
  }
  return out;
}

/**
 * A surname of two words before `SURNAME, First`: a name particle (`NÍ BHRIAIN, Siobhán`, `ap
 * GWYNEDD, Iestyn`) or a first UPPERCASE surname (`KAUR SANDHU, Harpreet`).
 */
/** Every place a COMMA_NAME_PATTERNS match can hold its comma (COMMA_THEN_NAME, scanning). */
const COMMA_ANCHOR = new RegExp(COMMA_THEN_NAME.source, 'gu');

/**
 * What `regexMatches(pattern, text)` returns for a pattern of COMMA_NAME_PATTERNS, tried only in
 * the word before each comma that can hold one. Such a match is one word (letters, apostrophes,
 * hyphens), then the comma of a COMMA_ANCHOR match; so it starts in the run of such characters
 * right before the anchor, and holds that anchor's comma. Each position of the run is tried with
 * the pattern's sticky twin: the pattern's own scan from the run on went on to the end of the text
 * when the word was no name (on UPPERCASE log text, stopping at every capital: several µs).
 */
export function commaAnchoredMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const sticky = stickyTwin(pattern);
  const out: RegExpExecArray[] = [];
  for (let from = 0; ;) {
    COMMA_ANCHOR.lastIndex = from;
    const anchor = COMMA_ANCHOR.exec(text);
    if (anchor === null) break;
    let start = anchor.index;
    while (start > from && !endsCommaWord(text.charCodeAt(start - 1))) start--;
    const m = matchInWord(sticky, text, start, anchor.index);
    if (m !== null) out.push(m);
    // A match is never empty: it holds the anchor's comma.
    from = m !== null ? m.index + m[0].length : anchor.index + 1;
  }
  COMMA_ANCHOR.lastIndex = 0;
  return out;
}

/**
 * The first sticky match at a position of `[start, end)` that can open one: a capital (ASCII
 * `A-Z`, or any code unit from 128 on, not the second half of a surrogate pair).
 */
function matchInWord(
  sticky: RegExp,
  text: string,
  start: number,
  end: number,
): RegExpExecArray | null {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c < 128 ? c < 65 || c > 90 : lowSurrogateInPair(text, p)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/** Whether `p` is the second code unit of a surrogate pair (no `u` scan starts there). */
function lowSurrogateInPair(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  const prev = text.charCodeAt(p - 1);
  return c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff;
}

/**
 * An ASCII character the word before the comma cannot hold: not a letter, apostrophe or hyphen.
 * Characters from 128 on never count (letters, marks, `’`), so no scan starts inside a surrogate
 * pair.
 */
function endsCommaWord(c: number): boolean {
  if (c >= 128) return false;
  return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45);
}

const SURNAME_PART_BEFORE =
  /(?:^|[^\p{L}\p{M}'’-])((?:ap|ab|Ó|O|NÍ|NI|Ní|Ni|NIC|Nic|MAC|Mac|DE|de|VAN|van|VON|von|DA|da|DI|di|DU|du|LE|le|AL|al|EL|el|BIN|bin)|\p{Lu}{2,}) $/u;

function withSurnameStart(text: string, d: Detection): Detection {
  const part = SURNAME_PART_BEFORE.exec(text.slice(Math.max(0, d.startUtf16 - 20), d.startUtf16));
  const word = part?.[1];
  const particle = word !== undefined && particles().has(word.toLowerCase());
  if (!word || (!particle && !upperSurname(word))) return d;
  const start = d.startUtf16 - word.length - 1;
  return { ...d, startUtf16: start, text: text.slice(start, d.endUtf16) };
}

/** Widens `SURNAME, First` over one more given name that ends the name field. */
function withMiddleName(text: string, d: Detection): Detection {
  const middle = MIDDLE_NAME.exec(text.slice(d.endUtf16, d.endUtf16 + 40));
  if (!middle || !firstName(middle[1]!)) return d;
  const end = d.endUtf16 + middle[0].length;
  return { ...d, endUtf16: end, text: text.slice(d.startUtf16, end) };
}

function found(m: RegExpMatchArray, score: number): Detection {
  return commaDetection(m.index!, m[0], score);
}

function commaDetection(start: number, name: string, score: number): Detection {
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + name.length,
    text: name,
    score,
    recognizer: 'person-comma',
  };
}
