/**
 * The timestamps police logs start entries with (DOMAIN.md "Input formats to accept"):
 * `DD/MM/YYYY HH:MM[:SS]`, `DD/MM/YY HH:MM[:SS]`, `YYYY-MM-DD HH:MM[:SS]` and a bare `HH:MM[:SS]`.
 * Also accepted, as the same shapes with other separators: `-` in day-first dates, `/` in
 * year-first dates, and `T` between date and time (ISO 8601 exports). Days, months and hours may
 * have one digit; minutes and seconds always have two. Dates are day-first (UK), never US order.
 *
 * Matching uses sticky regular expressions without nested quantifiers, so it is linear in the
 * match length and can run at any offset of a huge text without slicing it.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

export interface StampMatch {
  /** UTF-16 length of the matched timestamp. */
  length: number;
  /** Null for a bare time. */
  date: CalendarDate | null;
  time: ClockTime;
  /** False when the shape matched but the values are impossible (31/02/2015, 25:61). */
  valid: boolean;
}

const YMD = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})/y;
const DMY = /(\d{1,2})[-/](\d{1,2})[-/](\d{4}|\d{2})/y;
const DATE_TIME_SEPARATOR = /[ \t]+|T/y;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?/y;
/** What may follow a timestamp: anything but a letter, digit or colon (`21:05HRS`, `21:05:3` are no stamps). */
const STAMP_BOUNDARY = /[\p{L}\p{N}:]/u;

/**
 * Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (the POSIX `strptime` `%y` pivot).
 */
export function expandTwoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A calendar date at `at` (no time), with its UTF-16 length. Year-first is tried first. */
export function matchDate(text: string, at: number): { date: CalendarDate; length: number } | null {
  const ymd = execAt(YMD, text, at);
  if (ymd)
    return {
      date: { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) },
      length: ymd[0].length,
    };
  const dmy = execAt(DMY, text, at);
  if (!dmy) return null;
  const rawYear = dmy[3] as string;
  const year = rawYear.length === 2 ? expandTwoDigitYear(Number(rawYear)) : Number(rawYear);
  return { date: { year, month: Number(dmy[2]), day: Number(dmy[1]) }, length: dmy[0].length };
}

function matchTime(text: string, at: number): { time: ClockTime; length: number } | null {
  const m = execAt(TIME, text, at);
  if (!m) return null;
  return {
    time: { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] ?? 0) },
    length: m[0].length,
  };
}

function endsAtBoundary(text: string, end: number): boolean {
  return end >= text.length || !STAMP_BOUNDARY.test(text.charAt(end));
}

/**
 * A log timestamp starting exactly at `at` and followed by a boundary (end of text, space, `[`,
 * punctuation...). With `allowBare`, a time without a date also matches.
 */
export function matchStamp(text: string, at: number, allowBare = true): StampMatch | null {
  const dated = matchDate(text, at);
  if (dated) return matchDatedStamp(text, at, dated);
  if (!allowBare) return null;
  const bare = matchTime(text, at);
  if (!bare || !endsAtBoundary(text, at + bare.length)) return null;
  return { length: bare.length, date: null, time: bare.time, valid: isValidTime(bare.time) };
}

function matchDatedStamp(
  text: string,
  at: number,
  dated: { date: CalendarDate; length: number },
): StampMatch | null {
  const sep = execAt(DATE_TIME_SEPARATOR, text, at + dated.length);
  if (!sep) return null;
  const timeAt = at + dated.length + sep[0].length;
  const time = matchTime(text, timeAt);
  if (!time || !endsAtBoundary(text, timeAt + time.length)) return null;
  const valid = isValidDate(dated.date) && isValidTime(time.time);
  return { length: timeAt + time.length - at, date: dated.date, time: time.time, valid };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

export function isValidDate(d: CalendarDate): boolean {
  return (
    d.year >= 1 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** 00:00:00–23:59:59; no leap second and no 24:00. */
export function isValidTime(t: ClockTime): boolean {
  return t.hour <= 23 && t.minute <= 59 && t.second <= 59;
}

/** The following calendar day (Gregorian). */
export function nextDay(d: CalendarDate): CalendarDate {
  if (d.day < daysInMonth(d.year, d.month)) return { ...d, day: d.day + 1 };
  if (d.month < 12) return { year: d.year, month: d.month + 1, day: 1 };
  return { year: d.year + 1, month: 1, day: 1 };
}

/** Seconds since midnight. */
export function secondsOfDay(t: ClockTime): number {
  return t.hour * 3600 + t.minute * 60 + t.second;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 local date-time without zone, seconds always present: `2015-03-14T21:05:00`. */
export function formatLocalDateTime(d: CalendarDate, t: ClockTime): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}
