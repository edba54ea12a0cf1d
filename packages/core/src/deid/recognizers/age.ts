/**
 * AGE: a person's age in years. Only the number is the span (`aged [34]`), as annotated in the
 * development set. Forms: `aged 34`, `age: 34`, `34 years old`, `34-year-old`, `34 yrs`, `34yo`,
 * `34 y/o`, and `(34)` right after a name (`Jean SMITH (34)`). Durations are not ages: `34 yrs`
 * after `for`, `over`, `served` … is skipped, and `years` needs `old`. Ages above 120 are not ages.
 * Further forms without an age word are listed at EXTRA_FORMS.
 */
import type { Detection, DeidSettings, Recognizer } from '../entity-types.js';
import { detection, textBefore } from './recognizer-helpers.js';

const NAME = 'age';
const NOT_A_DURATION =
  '(?![\\d:/.,]\\d|\\d|\\s*(?:[Mm]ins?|MINS?|[Mm]inutes|[Hh]ours?|HOURS?|[Hh]rs|HRS|[Dd]ays?|DAYS?|[Ww]eeks?|WEEKS?|[Mm]onths?|MONTHS?)\\b)';
/**
 * `aged 34` (group `aged`), or a number first (group `num`, checked in code so the regex starts on a
 * digit) followed by `years old` (`old`), `yrs`/`yo`/`y/o` (`short`) or a closing bracket (`paren`).
 */
const PATTERN = new RegExp(
  `\\b(?:[Aa]ged?|AGED?)\\s*:?\\s*(?<aged>\\d{1,3})${NOT_A_DURATION}` +
    '|(?<num>\\d{1,3})(?:(?<old>[ -]?(?:[Yy]ears?|YEARS?|[Yy]rs?|YRS?)[ -](?:old|OLD)\\b)' +
    '|(?<short> ?(?:[yY]\\/[oO]|yo|YO|yrs?|YRS?)(?![\\w/]))|(?<paren>(?<=\\(\\d{1,3})(?=\\))))',
  'g',
);
const NAME_AND_BRACKET = /\b([A-Z][A-Za-z'’-]+) ?\($/;
const DURATION_BEFORE =
  /\b(?:for|over|in|after|within|past|last|next|about|served|of|than|under|around|nearly|almost|some|to)\s+$/i;
/** Words that take a number in brackets without it being an age. */
const NOT_NAMES = new Set(
  'section s part schedule form item page exhibit flat room cell bag note code para paragraph clause question option line appendix annex table figure fig step stage level grade pc ps dc ds pcso sgt total count number no ref'.split(
    ' ',
  ),
);
const MAX_AGE = 120;

/** Score of a number-first match, or null when it is not an age (see the module comment). */
function numberFirstScore(m: RegExpExecArray, text: string): number | null {
  const groups = m.groups ?? {};
  if (m.index > 0 && /[\w.]/.test(text[m.index - 1] as string)) return null;
  if (groups.old !== undefined) return 0.85;
  const before = textBefore(text, m.index, 40);
  if (groups.short !== undefined) {
    return /yrs?$/i.test(m[0]) && DURATION_BEFORE.test(before) ? null : 0.7;
  }
  const name = NAME_AND_BRACKET.exec(before)?.[1];
  return name && !NOT_NAMES.has(name.toLowerCase()) ? 0.6 : null;
}

function ageSpan(
  m: RegExpExecArray,
  text: string,
): { start: number; end: number; score: number } | null {
  const aged = m.groups?.aged;
  if (aged !== undefined) {
    const end = m.index + m[0].length;
    return Number(aged) > MAX_AGE ? null : { start: end - aged.length, end, score: 0.85 };
  }
  const num = m.groups?.num ?? '';
  const score = Number(num) > MAX_AGE ? null : numberFirstScore(m, text);
  return score === null ? null : { start: m.index, end: m.index + num.length, score };
}

/**
 * Further forms, each with its number (or numbers) in group `n` (`d` flag: group offsets):
 * - a person noun then `of 77` (`a girl of 77`, `a lad of 15`): English "a man of fifty";
 * - a description's sex then the age (`IC1 male, 31,`): the order of police descriptions
 *   (ethnicity code, sex, age, height);
 * - a date of birth then the age in brackets (`b. 19/12/1988, 36)`, `DOB 02/09/1980 (44)`);
 * - children's ages as a list (`children 5 and 9`, `kids 3, 6 and 12`);
 * - a first name then the age between commas (`Partner Keeley, 24, email`).
 * Each regex starts on a literal or a digit and the word before is checked in code (`before`):
 * look-behinds made the scan ten times slower.
 */
const PERSON_NOUN_BEFORE =
  /\b(?:girl|boy|lad|lass|man|woman|child|fella|fellow|gentleman|lady|male|female|teenager|youth|pensioner)$/i;
const BIRTH_BEFORE = /(?:\b[Bb]\.|\bDOB|\bdob|\b[Bb]orn)\s*:?\s*$/;
const NAME_BEFORE = /(?:^|[^\w'’-])([A-Z][a-z'’-]+)$/;

interface ExtraForm {
  re: RegExp;
  score: number;
  list?: boolean;
  /** The text just before the match must pass this (the word the form needs). */
  before?: (text: string, index: number) => boolean;
}

const EXTRA_FORMS: readonly ExtraForm[] = [
  {
    re: / of (?<n>\d{1,3})\b(?![.:/]\d)/dg,
    score: 0.6,
    before: (text, i) => PERSON_NOUN_BEFORE.test(textBefore(text, i, 12)),
  },
  { re: /\b(?:male|female),\s*(?<n>\d{1,3})(?=\s*[,);])/dgi, score: 0.65 },
  {
    re: /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*(?:,\s*|\(\s*)(?<n>\d{1,3})\s*\)/dg,
    score: 0.7,
    before: (text, i) => BIRTH_BEFORE.test(textBefore(text, i, 12)),
  },
  {
    re: /(?:[Cc]hildren|CHILDREN|[Kk]ids|KIDS|[Ss]ons|[Dd]aughters|[Tt]wins|[Ss]iblings)\s+(?:aged\s+)?(?<n>\d{1,2}(?:,\s*\d{1,2})*\s+and\s+\d{1,2})\b(?![.:/]\d|\s*(?:hours|mins|minutes|days|weeks|months))/dg,
    score: 0.6,
    list: true,
  },
  {
    re: /, (?<n>\d{1,2}), /dg,
    score: 0.5,
    before: (text, i) => {
      const name = NAME_BEFORE.exec(textBefore(text, i, 30))?.[1];
      return name !== undefined && !NOT_NAMES.has(name.toLowerCase());
    },
  },
];

/** Each number of an `n` group (one, or every number of a list) as an AGE detection. */
function extraAges(text: string, found: Detection[]): void {
  for (const { re, score, list, before } of EXTRA_FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (before && !before(text, m.index)) continue;
      const [start] = m.indices?.groups?.n ?? [m.index];
      const value = m.groups?.n ?? '';
      const numbers = list ? [...value.matchAll(/\d+/g)] : [{ 0: value, index: 0 }];
      for (const n of numbers) {
        const at = start + (n.index ?? 0);
        if (Number(n[0]) > MAX_AGE) continue;
        found.push(detection(NAME, 'AGE', text, at, at + n[0].length, score));
      }
    }
  }
}

function detectAges(text: string, _settings: DeidSettings): Detection[] {
  const found: Detection[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) {
    const span = ageSpan(m, text);
    if (span) found.push(detection(NAME, 'AGE', text, span.start, span.end, span.score));
  }
  const before = found.length;
  extraAges(text, found);
  if (found.length === before) return found;
  // One span per number: a number two forms find is kept once, with the better score.
  const best = new Map<number, Detection>();
  for (const d of found) {
    const held = best.get(d.startUtf16);
    if (!held || d.score > held.score) best.set(d.startUtf16, d);
  }
  return [...best.values()].sort((a, b) => a.startUtf16 - b.startUtf16);
}

export const ageRecognizer: Recognizer = { name: NAME, types: ['AGE'], detect: detectAges };
