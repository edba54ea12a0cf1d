/**
 * PHONE, second pass: national numbers of other countries written without `+<country code>`
 * (`13812345678`, `425 882 9090`, `090-1234-5678`). A bare digit run is anything in a police log
 * (incident and crime numbers, NHS numbers, lists of times), so it is taken only when
 * - a phone word ends the text before it (`mobile`, `tel:`, `phone no`, `number is`); `call`,
 *   `ring` and `contact` are left out because a "call" is the incident itself in police logs
 *   (`call 1600 2040 2105` lists times), and `number is` does not count after an identifier's
 *   name (`crime number is`, `NHS number is`), and
 * - libphonenumber-js finds it *valid* (not merely possible) for one of `REGIONS`: the regions
 *   Presidio's PhoneRecognizer checks by default (NOTES.md §3: US, GB, FR, IL, IN, CA, BR) plus
 *   JP. DE and CN are left out: their variable-length plans make almost any 9–12 digit run valid
 *   (`120 420 530` is German, `20 14 05 12 0392` Chinese).
 * A trailing group that spoils validity (a time: `13812345678 2040`) is dropped, as in phone.ts.
 * Numbers the first pass (phone.ts) already found are skipped; the resolver still lets checksum
 * identifiers (NHS number, card) win over any overlap (resolve-detections.ts).
 */
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/min';
import type { Detection } from '../entity-types.js';
import type { MatchFinder } from './match-finder.js';
import { detection, digitsOf, textBefore } from './recognizer-helpers.js';

const REGIONS: readonly CountryCode[] = ['US', 'GB', 'FR', 'IL', 'IN', 'CA', 'BR', 'JP'];
/**
 * A phone word with the separators after it, ending right before a digit (`mobile `, `tel no: `,
 * `phone number is `), matched only where `ANCHOR` found the start of one: phone words are rare, so
 * a plain scan for them is several times faster than one regex with the whole phrase, and far
 * faster than checking the context of every digit run (logs are full of digit runs).
 */
export const PHONE_WORD_ANCHOR = /tel|phone|mob|cell|landline|number/gi;
/** Words `PHONE_WORD_ANCHOR` finds, for the merged scan's letter sites (text-sites.ts). */
export const PHONE_WORDS: readonly string[] = ['tel', 'phone', 'mob', 'cell', 'landline', 'number'];
const PHONE_WORD =
  /(?:(?:tel(?:ephone)?|phone|mob(?:ile)?|cell(?:phone)?|landline)(?:\s+(?:no\.?|number))?(?:\s+(?:is|was|on))?|number\s+(?:is|was))\s*[:#-]?\s*(?=\d)/iy;
/** Digit groups joined by single spaces or hyphens, not glued to a word, slash, decimal or time. */
const DIGIT_RUN = /\d+(?:[ -]\d+){0,4}(?![\w/:]|[.,]\d)/y;
/** `number` right before the digits belongs to an identifier, not a phone, after these words. */
const ID_NUMBER =
  /\b(?:crime|incident|log|cad|ref(?:erence)?|collar|warrant|shoulder|nhs|ni|insurance|pnc|cro|card|account|case|urn|job|occurrence|serial|badge|house|flat|room|door|bed|ward|reg(?:istration)?|index|policy|order|passport|licence)\s+(?:no\.?|number)(?:\s+(?:is|was))?\s*[:#-]?\s*$/i;
const SCORE = 0.5;
const MIN_DIGITS = 9;
const MAX_DIGITS = 15;

/** True when `candidate` is a valid national number of one of `REGIONS`. */
export function isValidNationalNumber(candidate: string): boolean {
  const digits = digitsOf(candidate).length;
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return false;
  return REGIONS.some((region) => isValidPhoneNumber(candidate, region));
}

/** The run itself or the run less one or two trailing groups, if that is a valid number. */
function validPrefix(run: string): string | null {
  let current = run;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (isValidNationalNumber(current)) return current;
    const cut = current.search(/[ -]\d+$/);
    if (cut <= 0) return null;
    current = current.slice(0, cut);
  }
  return null;
}

const LETTER = /\p{L}/u;

/** Where the phone word starting at `index` ends, or -1 (not a word start, or no digit after). */
function phoneWordEnd(text: string, index: number): number {
  if (index > 0 && LETTER.test(text[index - 1]!)) return -1;
  PHONE_WORD.lastIndex = index;
  return PHONE_WORD.test(text) ? PHONE_WORD.lastIndex : -1;
}

/**
 * National numbers of other countries after a phone word, skipping spans already in `found`
 * (ordered by start, as phone.ts emits them: one pointer walks it, so the pass stays linear).
 * `anchors` gives the matches of PHONE_WORD_ANCHOR. A match right after a letter is never used
 * (`phoneWordEnd`), so neither is one it hides: only anchors at the start of a letter run count.
 */
export function nationalPhones(
  text: string,
  found: readonly Detection[],
  anchors: MatchFinder,
): Detection[] {
  const extra: Detection[] = [];
  let next = 0;
  for (let a = anchors(0); a !== null; a = anchors(a.index + a[0].length)) {
    const start = phoneWordEnd(text, a.index);
    if (start < 0) continue;
    DIGIT_RUN.lastIndex = start;
    const run = DIGIT_RUN.exec(text)?.[0];
    while (next < found.length && found[next]!.endUtf16 <= start) next++;
    if (!run || (found[next]?.startUtf16 ?? Infinity) < start + run.length) continue;
    if (ID_NUMBER.test(textBefore(text, start, 40))) continue;
    const value = validPrefix(run);
    if (value) extra.push(detection('phone', 'PHONE', text, start, start + value.length, SCORE));
  }
  return extra;
}
