/**
 * Staff numbers that a log or a print writes beside the person rather than after a rank:
 * - a CAD line's bracketed operator tag after its time (`03:12:55 [6631 HAZE]`, `22:44 [RD 5512]`,
 *   `16:05 [Ruth (3312)]`, `16:20 [1169 Sgt Nwosu]`), as control-room exports mark who typed;
 * - a print's requester (`REQUESTED BY : 2715 / TOBIN / WL`, `Enquiry by: 6230`);
 * - a number right after a name found (`Transcribed by: C. Maddox 70218`, `"DUNPHY Lorcan 4306"`,
 *   `chatting with Priya (5518)`).
 * The names beside those numbers are people too (`HAZE`, `TOBIN`), as are a tag's rank and name
 * (`[PCSO Tamsin Vale]`) and a PNC search name before a date of birth (`TOLOSA/GEMECHU DOB …`).
 * ANNOTATION.md annotates every number that identifies an officer or staff member, operator and
 * call-handler numbers included, digits only. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { regexMatches } from '../regex-matches.js';
import {
  casedAlternation,
  STRONG_STREET_TYPES,
  WEAK_STREET_TYPES,
} from '../places/street-patterns.js';
import { isGivenName } from './given-names.js';
import { NUMBERED_ROLES, RANKS, titles } from './name-context.js';
import { echoable } from './name-echoes.js';
import { OFFICER_NUMBER_SCORE, clockTime, officerNumber } from './officer-numbers.js';
import { personDetection } from './person-detection.js';
import { foldedLiteralGate, hasColon, hasSquareBracket } from '../literal-gate.js';

/** A time opening a line (after an optional date), then a bracketed tag on the same line. */
const TIMED_TAG =
  /^[ \t]*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ T]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t]+\[([^\]\n]{2,40})\]/gm;
/**
 * Digits standing alone in a tag, beside at least one letter (a tag of digits alone is a time),
 * or before a slash and a name (`[5527/L.TURNER]`); digits on either side of a slash are a date.
 */
const TAG_NUMBER = /(?<![\w/.:-])\d{3,6}(?![\w.:-]|\/[^\p{L}])/gu;
const REQUESTER =
  /\b(?:requested|enquiry|checked|authori[sz]ed) by[ \t]*:?[ \t]*(\d{3,6})(?=[ \t]*[/,(]|[ \t]+\p{Lu})(?:[ \t]*\/[ \t]*(\p{Lu}[\p{L}'’-]{2,}))?/giu;
/** A word of a tag that may be a name: capitalised, three letters or more. */
const TAG_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]{2,}(?![\p{L}\p{N}])/gu;
/** Control-room roles and systems that sign CAD lines in place of a person. */
const TAG_ROLES = new Set(
  'DISP DISPATCH DISPATCHER CTRL CONTROL OPS SUPV SUPERVISOR DUTY RADIO DESK SYSTEM AUTO CAD FCR FCC OCC'.split(
    ' ',
  ),
);
/**
 * `SURNAME/FORENAMES` as the PNC writes and is searched for a name (`TOLOSA/GEMECHU DOB …`,
 * `NAME.....SPENCELEY/CRAIG ANTHONY`, `BRIGGS/LEON - PNC …`): up to two more forenames after the
 * first, which `pncNames` keeps while they are given names.
 */
const PNC_NAME =
  /(?<![\p{L}/])\p{Lu}{2,}(?:['’-]\p{Lu}+)*\/(\p{Lu}{2,}(?:['’-]\p{Lu}+)*)((?: \p{Lu}{2,}(?:['’-]\p{Lu}+)*){0,2})(?![\p{L}\p{N}/])/gu;
/** A date of birth after a PNC name: it is a name searched on the PNC whatever its words. */
const DOB_AFTER = /^[ \t]+(?:DOB|D\.O\.B|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})/;
/**
 * A staff number then a surname with no rank before it (`"6407 SHARMA"` in a CSV cell, `0583
 * NOWAK-HILL WITH ME`): in the labelled sets, 482 of the 485 such pairs (four to six digits, then a
 * name-like word) were an officer's number and name. The other three are what the checks leave out:
 * a phone number's second group (`07700 900536 RINGING`), a role (`DISP`) and a time before a
 * team's three initials (`1433 CRT`), so UPPERCASE words need four letters. A house number before
 * a street (`1024 Ashdown Road`) and a year (`2019 Smith`) are not staff numbers.
 */
const NUMBER_THEN_SURNAME = new RegExp(
  String.raw`\d(?<![\w/.:£$-]\d|\d \d)\d{3,5} (\p{Lu}{4,}(?:-\p{Lu}{2,})?|\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’])(?! (?:${casedAlternation([...STRONG_STREET_TYPES, ...WEAK_STREET_TYPES])})(?![\p{L}]))`,
  'gu',
);
const YEAR = /^(?:19|20)\d\d$/;

/**
 * A number after a name: 4–6 digits after a blank or a signature line's gap (`Signed  J Preston
 * 0872     25/01/2035`), or 3–6 in brackets, then a quote, bracket, gap or line end.
 */
const NUMBER_AFTER =
  /^(?:(?: |[ \t]{2,3})(\d{4,6})(?=["'”)\]]|[ \t]{2}|[ \t]*\r?\n|[ \t]*$)| \((\d{3,6})\))/;

/** `/ by/i.test`, answered by the one literal pass per text (literal-gate.ts): same answers. */
const mayHoldBy = foldedLiteralGate([' by']);

export function operatorTags(text: string): Detection[] {
  const out: Detection[] = [];
  if (hasColon(text) && hasSquareBracket(text)) {
    for (const m of regexMatches(TIMED_TAG, text)) {
      const tag = m[1]!;
      if (!/\p{L}/u.test(tag)) continue;
      const base = m.index + m[0].length - 1 - tag.length;
      const numbers = regexMatches(TAG_NUMBER, tag);
      for (const n of numbers) out.push(officerNumber(base + n.index, n[0]));
      tagNames(tag, base, numbers.length > 0, out);
    }
  }
  if (mayHoldBy(text)) requesters(text, out);
  numberedSurnames(text, out);
  // Every PNC_NAME match holds two capitals, a slash and two capitals: most texts skip the scan.
  if (capitalsAroundSlash(text)) {
    for (const d of pncNames(text)) out.push(d);
  }
  return out;
}

/** Two capitals, a slash and two capitals, tried at each slash (SLASH_CAPITALS). */
const SLASH_CAPITALS = /(?<=\p{Lu}{2})\/\p{Lu}{2}/uy;

/**
 * `/\p{Lu}{2}\/\p{Lu}{2}/u.test(text)`, tried at each slash: the regex opens with a class the
 * engine cannot look for quickly, so on a long document with slashes (dates) it was tried at every
 * position (1.5% of the detection time on the eval documents).
 */
export function capitalsAroundSlash(text: string): boolean {
  for (let at = text.indexOf('/'); at !== -1; at = text.indexOf('/', at + 1)) {
    SLASH_CAPITALS.lastIndex = at;
    if (SLASH_CAPITALS.test(text)) return true;
  }
  return false;
}

/**
 * A log whose lines open with a four-digit time (`1205 BRIEFING COMPLETE.`, `1251 THISTLEWOOD
 * ARRIVED …`), three lines at least: there a clock time at a line's start is the entry's time, not
 * a staff number, whatever word follows it.
 */
const TIME_LED_LINE = /^[ \t]*([0-2]\d[0-5]\d)[ \t]/gm;
const TIME_LED_LINES = 3;

function timeLedLog(text: string): boolean {
  let n = 0;
  for (const m of text.matchAll(TIME_LED_LINE))
    if (clockTime(m[1]!) && ++n >= TIME_LED_LINES) return true;
  return false;
}

function atLineStart(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, at));
}

/** The staff numbers and surnames of NUMBER_THEN_SURNAME, into `out`. */
function numberedSurnames(text: string, out: Detection[]): void {
  let timeLed: boolean | null = null;
  for (const m of regexMatches(NUMBER_THEN_SURNAME, text)) {
    const digits = m[0].slice(0, m[0].length - m[1]!.length - 1);
    if (YEAR.test(digits) || titleOrRole(m[1]!) || !echoable(m[1]!)) continue;
    if (clockTime(digits) && atLineStart(text, m.index) && (timeLed ??= timeLedLog(text))) continue;
    // After a rank (`DC 92027 Dylan MCALLISTER`) the rank rules read the whole name.
    if (rankBefore(text, m.index)) continue;
    out.push(officerNumber(m.index, digits));
    const at = m.index + digits.length + 1;
    out.push(personDetection(at, m[1]!, OFFICER_NUMBER_SCORE, 'person-officer-number'));
  }
}

/** The word before the number: a rank or a numbered role (`DO 4407`, `Op 3505`). */
const WORD_BEFORE = /([\p{L}]+)\.?[ \t]+$/u;

function rankBefore(text: string, at: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  return (
    word !== undefined &&
    (RANKS.has(word) || NUMBERED_ROLES.has(word.toUpperCase()) || /^op/i.test(word))
  );
}

/**
 * The PNC names of `text` (PNC_NAME): those with a date of birth after them, or whose first
 * forename is a given name (`BRIGGS/LEON`; not `STOP/SEARCH`, `LD/AUTISM`), with the forenames
 * after it that are given names too.
 */
function pncNames(text: string): Detection[] {
  const out: Detection[] = [];
  for (const m of regexMatches(PNC_NAME, text)) {
    const name = withGivenForenames(m[0], m[2]!);
    const dob = DOB_AFTER.test(text.slice(m.index + name.length, m.index + name.length + 20));
    if (dob || isGivenName(m[1]!.toLowerCase()))
      out.push(personDetection(m.index, name, OFFICER_NUMBER_SCORE, 'person-officer-number'));
  }
  return out;
}

/** A PNC name cut after its last forename in a row of given names (`more`: ` ANTHONY JONES`). */
function withGivenForenames(name: string, more: string): string {
  const words = more.split(' ').slice(1);
  const cut = words.findIndex((w) => !isGivenName(w.toLowerCase()));
  if (cut < 0) return name;
  return (
    name.slice(0, name.length - more.length) +
    words
      .slice(0, cut)
      .map((w) => ` ${w}`)
      .join('')
  );
}

/** The requester's number and the surname after it (`2715 / TOBIN`). */
function requesters(text: string, out: Detection[]): void {
  for (const m of regexMatches(REQUESTER, text)) {
    out.push(
      officerNumber(
        m.index + m[0].lastIndexOf(m[1]!, m[0].length - (m[2]?.length ?? 0) - 1),
        m[1]!,
      ),
    );
    const surname = m[2];
    if (surname && echoable(surname)) {
      out.push(
        personDetection(
          m.index + m[0].length - surname.length,
          surname,
          OFFICER_NUMBER_SCORE,
          'person-officer-number',
        ),
      );
    }
  }
}

/**
 * The name in a timed tag: its run of name words, when the tag also holds a staff number or a
 * rank, or the run has two words (`[6631 HAZE]`, `[PCSO Tamsin Vale]`, `[Ruth (3312)]`).
 */
function tagNames(tag: string, base: number, numbered: boolean, out: Detection[]): void {
  // A surname may be a place word (`Vale`, `Green`): one name-like word vouches for the run.
  const words = regexMatches(TAG_WORD, tag).filter((w) => !titleOrRole(w[0]));
  if (!words.some((w) => echoable(w[0]))) return;
  const ranked = tag.split(/[\s()]+/).some((w) => RANKS.has(w) || titles().has(w.toLowerCase()));
  if (!numbered && !ranked && words.length < 2) return;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const start = first.index - initialBefore(tag, first.index);
  const between = tag.slice(start, last.index + last[0].length);
  if (/[\d()[\]]/.test(between)) return;
  out.push(personDetection(base + start, between, OFFICER_NUMBER_SCORE, 'person-officer-number'));
}

/** The length of an initial written just before a tag's name (`L.TURNER`, `J. Preston`), or 0. */
function initialBefore(tag: string, at: number): number {
  return /(?<![\p{L}\p{N}])\p{Lu}\. ?$/u.exec(tag.slice(0, at))?.[0].length ?? 0;
}

function titleOrRole(word: string): boolean {
  return RANKS.has(word) || titles().has(word.toLowerCase()) || TAG_ROLES.has(word.toUpperCase());
}

/** Staff numbers right after the names found (NUMBER_AFTER); a year after a name is not one. */
export function numbersAfterNames(text: string, names: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  for (const d of names) {
    if (d.type !== 'PERSON') continue;
    const m = NUMBER_AFTER.exec(text.slice(d.endUtf16, d.endUtf16 + 16));
    const digits = m?.[1] ?? m?.[2];
    if (!m || !digits || (m[1] && /^(?:19|20)\d\d$/.test(digits))) continue;
    out.push(officerNumber(d.endUtf16 + m[0].indexOf(digits), digits));
  }
  return out;
}
