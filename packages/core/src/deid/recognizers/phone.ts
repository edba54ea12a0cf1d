/**
 * PHONE: telephone numbers as written: `07700 900123`, `+44 (0)7700 900123`, `(0113) 496 0000`,
 * `0044 113 496 0342`, `01632960000`, international `+1 415 555 0132`, an MSISDN `447700900233`,
 * and the second number of a split list `07700 900123 / 900456`. Extensions (`EXT 22`) are left out.
 *
 * Candidates are digit groups found by one linear scan; each is checked with libphonenumber-js
 * (`isPossiblePhoneNumber`, GB metadata): "possible" (a length check), not "valid", because the
 * Ofcom drama ranges used in test data (07700 900xxx, 01632 960xxx, 0113 496 0xxx …; Ofcom
 * National Telephone Numbering Plan) are marked invalid in libphonenumber's metadata. UK numbers
 * must start with `0`, `+` or `00` (national format is `0` + 9–10 digits), which keeps NHS numbers,
 * cards and references out; US numbers are taken only in the NANP layout `(415) 555-0132` and
 * only when valid (so a hyphenated NHS number `999-513-2532` is not a US phone).
 * Service codes (999, 111, 101, 112) are too short to be candidates. National numbers of other
 * countries (`13812345678`) are taken only after a phone word (phone-national.ts). A number right
 * after `property bag`, `seal` or `exhibit` is the item's number, not a phone.
 */
import { isPossiblePhoneNumber, isValidPhoneNumber } from 'libphonenumber-js/min';
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { atSites, stickyTwin, wholeText, type MatchFinder } from './match-finder.js';
import { nationalPhones, PHONE_WORD_ANCHOR, PHONE_WORDS } from './phone-national.js';
import { boosted, detection, digitsOf, textBefore } from './recognizer-helpers.js';
import { letterStartsOf, whenDigits, wordStarts, type SiteDetector } from './text-sites.js';
import { literalGate } from '../literal-gate.js';
import { regexMatches } from '../regex-matches.js';

const NAME = 'phone';
const GROUP = '(?:\\(0?\\d{1,5}\\)|\\d+)';
/**
 * A candidate starts with `+`, `(`, `0` or a NANP area code, checked before anything else so the
 * regex engine skips other positions quickly; the lookbehind then checks the character before it
 * (a dot only as the end of a print's dotted leader, `phone.......07700 900 196`).
 */
const FIRST = '(?:\\+|\\(|0|[2-9](?=\\d\\d-\\d{3}-\\d{4}))(?<=(?:^|[^\\w+/.£$€-]|\\.{3})[+(\\d])';
const FIRST_GROUP = '(?:(?<=\\+)\\d+|(?<=\\()0?\\d{1,5}\\)|(?<=\\d)\\d*)';
/**
 * Not glued to a decimal part or a thousands group (`2.5`, `1,500`); a comma then a short number
 * is the next cell of a CSV row (`01632 960 049,3 Almshouse Row`).
 */
const CANDIDATE = new RegExp(
  `${FIRST}${FIRST_GROUP}(?:[ -]?\\(0\\))?(?:(?:[ -]{1,2}|(?<=\\)))${GROUP}){0,5}(?![\\w/]|[.:]\\d|,\\d{3}(?!\\d))`,
  'g',
);
const NANP = /^(?:\(\d{3}\) ?|\d{3}-)\d{3}-\d{4}$/;
const SPLIT_CONTINUATION = /^ ?\/ ?(\d{3,8})(?![\w/])/;
const CONTEXT =
  /\b(?:tel|telephone|phone|mob|mobile|landline|contact|call(?:back|ed)?|ring|text|number)\b/i;
const SCORE = 0.6;
/**
 * Numbers police give to things, not lines: a property bag or seal number may be ten or eleven
 * digits starting with 0 (ANNOTATION.md: property bag numbers are not annotated).
 */
const NOT_A_LINE_BEFORE =
  /\b(?:property bag|bag|seal|exhibit|tag)(?:\s+(?:no|number|ref))?\.?\s*[:#]?\s*$/i;
const MIN_DIGITS = 9;
const MAX_DIGITS = 15;

/**
 * libphonenumber-js takes tens of microseconds a call, and a study repeats the same numbers, so
 * answers are memoised (bounded: cleared when full, so memory stays flat on any input).
 */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 10_000;

/** True when the candidate as written is a possible phone number (see the module comment). */
export function isPhoneNumberShape(candidate: string): boolean {
  if (candidate.length < MIN_DIGITS) return false;
  const known = memo.get(candidate);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const answer = checkPhoneNumberShape(candidate);
  memo.set(candidate, answer);
  return answer;
}

function checkPhoneNumberShape(candidate: string): boolean {
  const digits = digitsOf(candidate).length;
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return false;
  if (NANP.test(candidate)) return isValidPhoneNumber(candidate, 'US');
  if (!/^(?:\+|00|0|\(0)/.test(candidate)) return false;
  const international = candidate.startsWith('00') ? `+${candidate.slice(2)}` : candidate;
  return isPossiblePhoneNumber(international, 'GB');
}

/** The longest leading run of groups that is a phone number (a time or count may follow it). */
function longestPhonePrefix(candidate: string): string | null {
  let current = candidate;
  for (let attempt = 0; attempt < 4; attempt++) {
    if (isPhoneNumberShape(current)) return current;
    const cut = current.search(/[ -]+[^ -]*$/);
    if (cut <= 0) return null;
    current = current.slice(0, cut);
  }
  return null;
}

function phoneAt(text: string, start: number, value: string): Detection {
  const context = CONTEXT.test(textBefore(text, start, 30));
  return detection(NAME, 'PHONE', text, start, start + value.length, boosted(SCORE, context));
}

/** `… 900123 / 900456`: the second number shares the first's prefix and repeats its last group. */
function splitListNumber(text: string, phone: Detection): Detection | null {
  const m = SPLIT_CONTINUATION.exec(text.slice(phone.endUtf16, phone.endUtf16 + 16));
  const lastGroup = /\d+$/.exec(phone.text)?.[0] ?? '';
  if (!m || (m[1] ?? '').length !== lastGroup.length) return null;
  return phoneAt(text, phone.endUtf16 + m[0].length - lastGroup.length, lastGroup);
}

/** Matches of CANDIDATE, and of the phone-word anchor of phone-national.ts. */
interface PhoneFinders {
  candidates: MatchFinder;
  anchors: MatchFinder;
}

/**
 * A UK number as an MSISDN, the international form without `+` that SMS gateways and telecoms
 * exports write (`447700900233`): 44, then a mobile (7 + 9 digits) or geographic (1 or 2 + 8–9
 * digits) national number without its trunk `0` (Ofcom numbering plan). Exactly that many digits,
 * not inside a longer number or reference; possible as `+44…` by libphonenumber's GB metadata.
 */
// A comma then a three-digit group continues a number (`447,700,…`); a comma then a longer run is
// the next cell of a CSV row (`…,447700900459,447700900038,SMS`).
const MSISDN = /(?<![\w+/.£$€-])44(?:7\d{9}|[12]\d{8,9})(?![\w/]|[.:]\d|,\d{3}(?!\d))/g;

function msisdnPhones(text: string, out: Detection[]): void {
  if (!text.includes('44')) return;
  for (const m of regexMatches(MSISDN, text))
    if (isPhoneNumberShape(`+${m[0]}`)) out.push(phoneAt(text, m.index, m[0]));
}

/**
 * A number whose groups an HTML email or page joins with non-breaking spaces written as the entity
 * (`07700&nbsp;900&nbsp;459`), as pasted markup keeps them. The span is the number as written,
 * entities included; it is a phone when the same number with plain spaces is one.
 */
const NBSP_PHONE = /(?<![\w+])(?:\+44|0)\d{2,5}(?:(?:&nbsp;|[ -])\d{3,6}){1,2}(?![\w&])/g;

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldNbsp = literalGate(['&nbsp;']);

function nbspPhones(text: string, out: Detection[]): void {
  if (!mayHoldNbsp(text)) return;
  for (const m of regexMatches(NBSP_PHONE, text)) {
    if (!m[0].includes('&nbsp;')) continue;
    const plain = m[0].replace(/&nbsp;/g, ' ');
    if (longestPhonePrefix(plain) === plain) out.push(phoneAt(text, m.index, m[0]));
  }
}

function detectPhones(text: string, finders: PhoneFinders): Detection[] {
  const found: Detection[] = [];
  msisdnPhones(text, found);
  nbspPhones(text, found);
  for (let m = finders.candidates(0); m !== null;) {
    const value = longestPhonePrefix(m[0]);
    // Resume right after what was used, so a number glued to the next one is not lost.
    const resume = m.index + (value ? value.length : 1);
    if (value && !NOT_A_LINE_BEFORE.test(textBefore(text, m.index, 24))) {
      const phone = phoneAt(text, m.index, value);
      found.push(phone);
      const next = splitListNumber(text, phone);
      if (next) found.push(next);
    }
    m = finders.candidates(resume);
  }
  const national = nationalPhones(text, found, finders.anchors);
  const all = national.length === 0 ? found : [...found, ...national];
  return all.sort((a, b) => a.startUtf16 - b.startUtf16);
}

export const phoneRecognizer: Recognizer = {
  name: NAME,
  types: ['PHONE'],
  detect: (text: string, _settings: DeidSettings) =>
    detectPhones(text, {
      candidates: wholeText(CANDIDATE, text),
      anchors: wholeText(PHONE_WORD_ANCHOR, text),
    }),
};

const ANCHOR_AT_SITE = stickyTwin(PHONE_WORD_ANCHOR);
const PHONE_WORD_STARTS = wordStarts(PHONE_WORDS);

/**
 * Merged scan: CANDIDATE's own scan (cheap: it checks its first character first), on texts with a
 * digit only; a phone word starts a letter run.
 */
export const phonesAtSites: SiteDetector = (text, _settings, sites) =>
  detectPhones(text, {
    candidates: whenDigits(CANDIDATE, text, sites),
    anchors: atSites(ANCHOR_AT_SITE, text, letterStartsOf(sites, PHONE_WORD_STARTS)),
  });
