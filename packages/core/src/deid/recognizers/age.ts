/**
 * AGE: a person's age in years. Only the number is the span (`aged [34]`), as annotated in the
 * development set. Forms: `aged 34`, `age: 34`, `34 years old`, `34-year-old`, `34 yrs`, `34yo`,
 * `34 y/o`, and `(34)` right after a name (`Jean SMITH (34)`). Durations are not ages: `34 yrs`
 * after `for`, `over`, `served` … is skipped, and `years` needs `old`. Ages above 120 are not ages.
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

function detectAges(text: string, _settings: DeidSettings): Detection[] {
  const found: Detection[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) {
    const span = ageSpan(m, text);
    if (span) found.push(detection(NAME, 'AGE', text, span.start, span.end, span.score));
  }
  return found;
}

export const ageRecognizer: Recognizer = { name: NAME, types: ['AGE'], detect: detectAges };
