/**
 * Regular-expression sources for UK dates: numeric day-first (`02/09/1980`, `28.09.1997`,
 * `16/7/81`), ISO 8601 (`2024-03-15`, with an optional time), written (`4 April 1970`,
 * `07-JUN-1961`, `May 1st, 1977`) and spoken (`the fourth of February nineteen eighty-nine`).
 * Every form needs a year: partial dates (`13/10`, `May 2021`) are not identifiers
 * (../shared/deid/ANNOTATION.md).
 */
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TWO_DIGITS = `(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|oh[- ](?:${UNITS}))`;
const SPOKEN_YEAR = `(?:(?:nineteen|twenty)[- ](?:hundred|${TWO_DIGITS})|two thousand(?:(?: and)? (?:${TWO_DIGITS}|${UNITS}))?|${TWO_DIGITS})`;
const ORDINAL_WORD =
  '(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD})`;
const YEAR = `(?:\\d{4}|'?\\d{2}|${SPOKEN_YEAR})`;

const ISO =
  '\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})?)?';
// A paper form's boxes come out of a scan or a typed copy as `11 / 02 / 1943`: a spaced slash.
const NUMERIC = '(?<d>\\d{1,2})(?<sep>[/.-]| / )(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})';
const DAY_MONTH_YEAR = `(?:the\\s+)?${DAY}(?:\\s+of\\s+|[ -])(?:${MONTH})\\.?(?:,?\\s+|-)${YEAR}`;
const MONTH_DAY_YEAR = `(?:${MONTH})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}`;

/**
 * Every word a date can start with (`the`, a day as a word, a month first), for the merged scan's
 * letter sites (text-sites.ts keys them by their first two letters): keep in step with `MONTH`,
 * `ORDINAL_WORD` and `DAY_MONTH_YEAR` above.
 */
export const DATE_START_WORDS: readonly string[] = [
  'the',
  ...['twenty', 'thirty', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'],
  ...['eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth'],
  ...['sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'],
  ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
];

/**
 * One pattern for every form; group `numeric` marks a numeric date whose parts need checking. A
 * colon may follow a date as punctuation (`on 10/10/2026: no answer`), not as part of a time. A
 * dot before a date makes it part of a number (`v1.2`) or a range (`..2027-06-02`), but a print's
 * dotted leader of three dots or more does not (`DOB..............21/12/1981`), nor a born's `b.`
 * (`b.17/03/2001`).
 */
export const DATE_PATTERN = new RegExp(
  `(?<![\\w/:-]|(?<!\\.\\.|\\b[Bb])\\.)(?:(?<iso>${ISO})|(?<numeric>${NUMERIC})|(?<written>${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}))(?![\\w]|[/.:-]\\d)`,
  'gi',
);
