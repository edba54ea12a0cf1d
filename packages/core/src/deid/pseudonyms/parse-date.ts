/**
 * Reads a full calendar date as written in logs and transcripts into ISO 8601 (`YYYY-MM-DD`), so
 * `28.09.1997`, `28/9/97`, `1997-09-28` and `28 September 1997` share one canonical form.
 * Day-first, as in UK records (docs/deid.md, DATE); spoken dates return null and are replaced by a
 * placeholder instead of being shifted.
 */
const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/;
const DAY_MONTH_YEAR =
  /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+([a-z]{3,9})\.?[\s,-]+(\d{2}|\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

/** Two-digit years: 00–30 read as 2000–2030, the rest as 1931–1999 (a fixed, pure pivot). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n <= 30 ? 2000 + n : 1900 + n;
}

function monthNumber(word: string): number {
  const i = MONTHS.indexOf(word.slice(0, 3) as (typeof MONTHS)[number]);
  return i + 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` when the parts make a real day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date's ISO form, or null when it is not a full day-first, ISO or written date. */
export function parseDateToIso(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = ISO.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(t);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
    return isoDate(y, mo, d) ?? isoDate(y, d, mo);
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return isoDate(fullYear(m[3]!), monthNumber(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  return null;
}

/** Adds whole days to an ISO date (UTC calendar arithmetic, no time zones involved). */
export function shiftIsoDate(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d) + days * 86_400_000);
  const out = isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
  return out ?? iso;
}
