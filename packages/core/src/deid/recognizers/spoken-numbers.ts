/**
 * PHONE and COLLAR_NUMBER read out digit by digit in a transcript, as interviewees and radio
 * operators say them: `it's oh seven seven oh oh, nine oh oh, three two six`, `I'm PC four one
 * nine six`, `on her shoulder (.) two seven three one`. A run of three or more digit words
 * (`oh`, `zero`, `nought`, `one` … `nine`, with `double` / `treble` before a digit) is read as its
 * digits: ten or eleven that make a possible UK number (phone.ts) are a phone number; three to five after a
 * rank or a shoulder / collar word are an officer's number. The span is the whole spoken run.
 * Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection, Recognizer } from '../entity-types.js';
import { literalGate } from '../literal-gate.js';
import { atSites, stickyTwin, wholeText, type MatchFinder } from './match-finder.js';
import { isPhoneNumberShape } from './phone.js';
import { detection, textBefore } from './recognizer-helpers.js';
import { letterStartsOf, sharedTextSites, wordStarts } from './text-sites.js';

const NAME = 'spoken-number';
const DIGITS: Readonly<Record<string, string>> = {
  oh: '0',
  zero: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  // `nine hundred` for the 900 of a mobile number's middle group (`double oh, nine hundred, …`).
  hundred: '00',
};
const WORD = '(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|hundred)';
const REPEAT = '(?:(?:double|treble|triple)[ -])?';
/** Three to fourteen digit words apart by blanks, commas or hyphens. */
export const SPOKEN_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}-])${REPEAT}${WORD}(?:[ ,-]{1,3}${REPEAT}${WORD}){2,14}(?![\\p{L}\\p{N}-])`,
  'giu',
);
/** A rank, or where a number is worn, just before an officer's spoken number. */
const OFFICER_BEFORE =
  /(?:\b(?:PC|PS|DC|DS|PCSO|Sgt|SGT|Sergeant|Constable|[Ss]houlder|[Cc]ollar(?: number)?|[Ee]paulette)\b)[ \t(.)]{0,8}$/;
/** Every spoken run holds one of these words (one of its first three). */
const mayHoldSpokenDigits = literalGate(
  Object.keys(DIGITS)
    .filter((w) => w !== 'oh')
    .flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]),
);

/** The digits a spoken run stands for (`double seven` → `77`). */
function digitsSpoken(run: string): string {
  let out = '';
  let times = 1;
  for (const word of run.toLowerCase().split(/[ ,-]+/)) {
    if (word === 'double') times = 2;
    else if (word === 'treble' || word === 'triple') times = 3;
    else {
      out += (DIGITS[word] ?? '').repeat(times);
      times = 1;
    }
  }
  return out;
}

function spokenNumber(text: string, start: number, run: string): Detection | null {
  const digits = digitsSpoken(run);
  const end = start + run.length;
  if ((digits.length === 10 || digits.length === 11) && digits.startsWith('0')) {
    return isPhoneNumberShape(digits) ? detection(NAME, 'PHONE', text, start, end, 0.6) : null;
  }
  if (
    digits.length >= 3 &&
    digits.length <= 5 &&
    OFFICER_BEFORE.test(textBefore(text, start, 24))
  ) {
    return detection(NAME, 'COLLAR_NUMBER', text, start, end, 0.6);
  }
  return null;
}

/**
 * A spoken run opens a run of letters (its look-behind allows no letter before), with one of these
 * words in any case: the merged scan's sites hold its possible starts.
 */
const SPOKEN_STARTS = wordStarts(['double', 'treble', 'triple', ...Object.keys(DIGITS)]);
const SPOKEN_AT = stickyTwin(SPOKEN_RUN);

/**
 * SPOKEN_RUN's matches, tried only at the letter runs that may begin a digit word: its scan tried
 * the look-behind at every position of the many texts the literal gate passes (`one` is in
 * `phone`). Under `iu` the long s `ſ` matches `s` (`ſix`), and runs of letters start at ASCII
 * letters only, so a text holding one is scanned whole, as is a text over the sites' limit.
 */
function spokenRuns(text: string): MatchFinder {
  const sites = text.includes('ſ') ? null : sharedTextSites(text);
  if (sites === null) return wholeText(SPOKEN_RUN, text);
  return atSites(SPOKEN_AT, text, letterStartsOf(sites, SPOKEN_STARTS));
}

/** For the property test of the spoken runs' sites (speed-gates-21.property.test.ts). */
export function spokenRunMatches(text: string): RegExpExecArray[] {
  const find = spokenRuns(text);
  const out: RegExpExecArray[] = [];
  for (let m = find(0); m !== null; m = find(m.index + m[0].length)) out.push(m);
  return out;
}

function detectSpokenNumbers(text: string): Detection[] {
  if (!mayHoldSpokenDigits(text)) return [];
  const out: Detection[] = [];
  for (const m of spokenRunMatches(text)) {
    const found = spokenNumber(text, m.index, m[0]);
    if (found) out.push(found);
  }
  return out;
}

export const spokenNumberRecognizer: Recognizer = {
  name: NAME,
  types: ['PHONE', 'COLLAR_NUMBER'],
  detect: (text) => detectSpokenNumbers(text),
};
