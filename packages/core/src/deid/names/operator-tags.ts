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
import { RANKS, titles } from './name-context.js';
import { echoable } from './name-echoes.js';
import { OFFICER_NUMBER_SCORE, officerNumber } from './officer-numbers.js';
import { personDetection } from './person-detection.js';

/** A time opening a line (after an optional date), then a bracketed tag on the same line. */
const TIMED_TAG =
  /^[ \t]*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ T]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t]+\[([^\]\n]{2,40})\]/gm;
/** Digits standing alone in a tag, beside at least one letter (a tag of digits alone is a time). */
const TAG_NUMBER = /(?<![\w/.:-])\d{3,6}(?![\w/.:-])/g;
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
/** `SURNAME/FORENAME` as the PNC is searched, before a date of birth. */
const PNC_NAME =
  /(?<![\p{L}/])(\p{Lu}{2,}(?:['’-]\p{Lu}+)*\/\p{Lu}{2,}(?:['’-]\p{Lu}+)*)(?=[ \t]+(?:DOB|D\.O\.B|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))/gu;
/** A number after a name: 4–6 digits, or 3–6 in brackets, then a quote, bracket, gap or line end. */
const NUMBER_AFTER = /^(?: (\d{4,6})(?=["'”)\]]|[ \t]{2}|[ \t]*\r?\n|[ \t]*$)| \((\d{3,6})\))/;

export function operatorTags(text: string): Detection[] {
  const out: Detection[] = [];
  if (text.includes(':') && text.includes('[')) {
    for (const m of regexMatches(TIMED_TAG, text)) {
      const tag = m[1]!;
      if (!/\p{L}/u.test(tag)) continue;
      const base = m.index + m[0].length - 1 - tag.length;
      const numbers = regexMatches(TAG_NUMBER, tag);
      for (const n of numbers) out.push(officerNumber(base + n.index, n[0]));
      tagNames(tag, base, numbers.length > 0, out);
    }
  }
  if (/ by/i.test(text)) requesters(text, out);
  // Every PNC_NAME match holds two capitals, a slash and two capitals: most texts skip the scan.
  // (The slash first: the regex opens with a class the engine cannot look for quickly.)
  if (text.includes('/') && /\p{Lu}{2}\/\p{Lu}{2}/u.test(text)) {
    for (const m of regexMatches(PNC_NAME, text)) {
      out.push(personDetection(m.index, m[1]!, OFFICER_NUMBER_SCORE, 'person-officer-number'));
    }
  }
  return out;
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
  const between = tag.slice(first.index, last.index + last[0].length);
  if (/[\d()[\]]/.test(between)) return;
  out.push(
    personDetection(base + first.index, between, OFFICER_NUMBER_SCORE, 'person-officer-number'),
  );
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
