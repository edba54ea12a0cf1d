/**
 * Staff numbers that a log or a print writes beside the person rather than after a rank:
 * - a CAD line's bracketed operator tag after its time (`03:12:55 [6631 HAZE]`, `22:44 [RD 5512]`,
 *   `16:05 [Ruth (3312)]`, `16:20 [1169 Sgt Nwosu]`), as control-room exports mark who typed;
 * - a print's requester (`REQUESTED BY : 2715 / TOBIN / WL`, `Enquiry by: 6230`);
 * - a number right after a name found (`Transcribed by: C. Maddox 70218`, `"DUNPHY Lorcan 4306"`,
 *   `chatting with Priya (5518)`).
 * ANNOTATION.md annotates every number that identifies an officer or staff member, operator and
 * call-handler numbers included, digits only. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { regexMatches } from '../regex-matches.js';
import { OFFICER_NUMBER_SCORE } from './officer-numbers.js';

/** A time opening a line (after an optional date), then a bracketed tag on the same line. */
const TIMED_TAG =
  /^[ \t]*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ T]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t]+\[([^\]\n]{2,40})\]/gm;
/** Digits standing alone in a tag, beside at least one letter (a tag of digits alone is a time). */
const TAG_NUMBER = /(?<![\w/.:-])\d{3,6}(?![\w/.:-])/g;
const REQUESTER =
  /\b(?:requested|enquiry|checked|authori[sz]ed) by[ \t]*:?[ \t]*(\d{3,6})(?=[ \t]*[/,(]|[ \t]+\p{Lu})/giu;
/** A number after a name: 4–6 digits, or 3–6 in brackets, then a quote, bracket, gap or line end. */
const NUMBER_AFTER = /^(?: (\d{4,6})(?=["'”)\]]|[ \t]{2}|[ \t]*\r?\n|[ \t]*$)| \((\d{3,6})\))/;

export function operatorTags(text: string): Detection[] {
  const out: Detection[] = [];
  if (text.includes(':') && text.includes('[')) {
    for (const m of regexMatches(TIMED_TAG, text)) {
      const tag = m[1]!;
      if (!/\p{L}/u.test(tag)) continue;
      const base = m.index + m[0].length - 1 - tag.length;
      for (const n of regexMatches(TAG_NUMBER, tag)) out.push(collar(base + n.index, n[0]));
    }
  }
  if (/ by/i.test(text)) {
    for (const m of regexMatches(REQUESTER, text)) {
      out.push(collar(m.index + m[0].lastIndexOf(m[1]!), m[1]!));
    }
  }
  return out;
}

/** Staff numbers right after the names found (NUMBER_AFTER); a year after a name is not one. */
export function numbersAfterNames(text: string, names: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  for (const d of names) {
    if (d.type !== 'PERSON') continue;
    const m = NUMBER_AFTER.exec(text.slice(d.endUtf16, d.endUtf16 + 16));
    const digits = m?.[1] ?? m?.[2];
    if (!m || !digits || (m[1] && /^(?:19|20)\d\d$/.test(digits))) continue;
    out.push(collar(d.endUtf16 + m[0].indexOf(digits), digits));
  }
  return out;
}

function collar(start: number, digits: string): Detection {
  return {
    type: 'COLLAR_NUMBER',
    startUtf16: start,
    endUtf16: start + digits.length,
    text: digits,
    score: OFFICER_NUMBER_SCORE,
    recognizer: 'person-officer-number',
  };
}
