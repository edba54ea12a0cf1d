/**
 * DATE and DATE_OF_BIRTH: full calendar dates (day, month and year), read day-first as UK text is.
 *
 * What counts follows ../shared/deid/ANNOTATION.md: dates of birth and full dates of events are
 * identifiers; log entry timestamps (a date and time starting a line, DOMAIN.md's entry start),
 * the `Opened:` header, CSV timestamp cells and partial dates (`13/10`) are not.
 * A date is a DATE_OF_BIRTH when a birth marker comes just before it (`DOB`, `d.o.b.`, `born`,
 * `b.`, `date of birth`), when it follows `Name (` (`Jean SMITH (02/09/1980)`), or when it follows
 * `Name, ` shortly after a question about the date of birth (an interview answer).
 * A numeric date that is impossible day-first (`5/20/2021`) is read month-first, at a lower score.
 */
import type { Detection, DeidSettings, EntityType, Recognizer } from '../entity-types.js';
import { DATE_PATTERN } from './date-patterns.js';
import { detection, scan, textAfter, textBefore } from './recognizer-helpers.js';

const NAME = 'date';
const BIRTH_MARKER_BEFORE =
  /(?:\bdob|\bd\.o\.b\.?|date of birth|birth ?date|\bborn(?: on)?|\bb\.)[\s:(-]*$/i;
const BIRTH_QUESTION = /date of birth|\bdob\b|\bd\.o\.b|\bborn\b|\bbirthday\b/i;
const NAME_THEN_PAREN = /\b[A-Z][A-Za-z'’-]+\s*\(\s*$/;
const NAME_THEN_COMMA = /\b[A-Z][A-Za-z'’-]+,\s*$/;
const TIME_AFTER = /^[ T]\d{1,2}:\d{2}/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when day `d` of month `m` exists (29 February allowed: the year may be a leap year). */
export function isCalendarDay(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= (DAYS_IN_MONTH[m - 1] ?? 0);
}

/** Score of a numeric date: day-first 0.6, month-first only 0.4, impossible null. */
function numericScore(groups: Record<string, string | undefined>): number | null {
  const d = Number(groups.d);
  const m = Number(groups.m);
  if (isCalendarDay(d, m)) return 0.6;
  return isCalendarDay(m, d) ? 0.4 : null;
}

/** A log entry timestamp, the `Opened:` header or a CSV timestamp cell (not identifiers). */
function isLogTimestamp(text: string, start: number, end: number, value: string): boolean {
  // Only the 40 characters before the date are searched for the line start: linear time.
  const window = textBefore(text, start, 40);
  const lineStart = start - window.length + window.lastIndexOf('\n') + 1;
  const prefix = text.slice(Math.max(lineStart, start - 40), start);
  // The header may share its line with others (`CAD 0709-0463 | Opened: 07/09/2025 00:50`).
  if (/(?:^|[\s|;,])opened\s*:\s*$/i.test(prefix)) return true;
  const timed = TIME_AFTER.test(textAfter(text, end, 6)) || /T\d/.test(value);
  const entryStart = start - lineStart <= 40 && /^\s*\[?$/.test(prefix);
  return timed && (entryStart || /,"?$/.test(prefix));
}

function isBirthDate(text: string, start: number): boolean {
  const near = textBefore(text, start, 30);
  if (BIRTH_MARKER_BEFORE.test(near) || NAME_THEN_PAREN.test(near)) return true;
  return NAME_THEN_COMMA.test(near) && BIRTH_QUESTION.test(textBefore(text, start, 200));
}

function classify(m: RegExpExecArray, text: string): { type: EntityType; score: number } | null {
  const groups = m.groups ?? {};
  const base = groups.numeric ? numericScore(groups) : groups.iso ? 0.6 : 0.7;
  if (base === null) return null;
  const end = m.index + m[0].length;
  if (isLogTimestamp(text, m.index, end, m[0])) return null;
  return isBirthDate(text, m.index)
    ? { type: 'DATE_OF_BIRTH', score: 0.85 }
    : { type: 'DATE', score: base };
}

function detectDates(text: string, _settings: DeidSettings): Detection[] {
  return scan(DATE_PATTERN, text, (m) => {
    const found = classify(m, text);
    if (!found) return null;
    return detection(NAME, found.type, text, m.index, m.index + m[0].length, found.score);
  });
}

export const dateRecognizer: Recognizer = {
  name: NAME,
  types: ['DATE', 'DATE_OF_BIRTH'],
  detect: detectDates,
};
