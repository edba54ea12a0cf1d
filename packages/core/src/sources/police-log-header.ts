import type { Reporter } from './diagnostic-builder.js';
import type { SourceLine } from './lines.js';
import { skipSpaces, trimEndOffset } from './lines.js';
import {
  formatLocalDateTime,
  isValidDate,
  matchDate,
  matchStamp,
  type CalendarDate,
  type ClockTime,
} from './timestamps.js';

/** A `Key: Value` line before a log's first entry. */
export interface HeaderLine {
  /** Lower-cased, trimmed, inner whitespace collapsed: `Opening  Code` → `opening code`. */
  key: string;
  value: string;
  line: number;
}

/** Keys start with a letter and hold letters, digits, spaces and a little punctuation; at most 60 chars. */
const HEADER_KEY = /^\p{L}[\p{L}\p{N} \t_\-./()#&'’]{0,59}$/u;
/** How far to look for the colon: a key is at most 60 characters, plus leading spaces. */
const KEY_SEARCH_UTF16 = 80;

/** Reads `Key: Value` from a line, or null when the line is not shaped that way. */
export function readHeaderLine(text: string, line: SourceLine): HeaderLine | null {
  const keyStart = skipSpaces(text, line.start, line.contentEnd);
  const colon = text
    .slice(keyStart, Math.min(line.contentEnd, keyStart + KEY_SEARCH_UTF16))
    .indexOf(':');
  if (colon <= 0) return null;
  const rawKey = text.slice(keyStart, trimEndOffset(text, keyStart, keyStart + colon));
  if (!HEADER_KEY.test(rawKey)) return null;
  const valueStart = skipSpaces(text, keyStart + colon + 1, line.contentEnd);
  return {
    key: normaliseHeaderKey(rawKey),
    value: text.slice(valueStart, line.contentEnd),
    line: line.number,
  };
}

export function normaliseHeaderKey(key: string): string {
  return key.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** `Opening code`, `opening_code` and `OpeningCode` all become `openingcode`. */
function canonicalKey(key: string): string {
  return key.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Header keys that fill LogStructure's named fields (compared in canonical form). */
const FIELD_KEYS = {
  incident: [
    'incident',
    'incidentid',
    'incidentno',
    'incidentnumber',
    'incidentref',
    'incidentreference',
    'lognumber',
    'logno',
    'logref',
    'logid',
  ],
  site: ['site', 'sitename', 'studysite'],
  openingCode: ['openingcode', 'opencode', 'initialcode'],
  closingCode: ['closingcode', 'closecode', 'finalcode'],
  opened: ['opened', 'openedat', 'dateopened', 'timeopened', 'logopened', 'opendate'],
  /** Not a LogStructure field: a `Date:` header dates bare times when `Opened:` is absent. */
  date: ['date', 'logdate', 'incidentdate'],
} as const;

type FieldName = keyof typeof FIELD_KEYS;

/** First header line whose key is one of the field's aliases, in alias order. */
function findField(lines: HeaderLine[], field: FieldName): HeaderLine | null {
  const aliases: readonly string[] = FIELD_KEYS[field];
  const matches = lines.filter((h) => aliases.includes(canonicalKey(h.key)));
  matches.sort(
    (a, b) => aliases.indexOf(canonicalKey(a.key)) - aliases.indexOf(canonicalKey(b.key)),
  );
  return matches[0] ?? null;
}

function valueOf(lines: HeaderLine[], field: FieldName): string | null {
  const value = findField(lines, field)?.value ?? '';
  return value === '' ? null : value;
}

export interface HeaderSummary {
  header: Record<string, string>;
  incident: string | null;
  site: string | null;
  openingCode: string | null;
  closingCode: string | null;
  opened: string | null;
  /** Date (and time, when given) that bare times start from. */
  origin: { date: CalendarDate; time: ClockTime | null } | null;
}

/** Collects header lines into LogStructure fields; a repeated key keeps its first value (warned). */
export function summariseHeader(lines: HeaderLine[], rep: Reporter): HeaderSummary {
  // Keys start with a letter (HEADER_KEY), so `__proto__` can never be one.
  const header: Record<string, string> = {};
  const first: HeaderLine[] = [];
  for (const h of lines) {
    if (Object.hasOwn(header, h.key)) {
      warnDuplicateKey(rep, h);
    } else {
      header[h.key] = h.value;
      first.push(h);
    }
  }
  const opened = readOpened(first, rep);
  return {
    header,
    incident: valueOf(first, 'incident'),
    site: valueOf(first, 'site'),
    openingCode: valueOf(first, 'openingCode'),
    closingCode: valueOf(first, 'closingCode'),
    opened: opened.opened,
    origin: opened.origin ?? readDateOrigin(first),
  };
}

function warnDuplicateKey(rep: Reporter, h: HeaderLine): void {
  rep.warning(
    { line: h.line, column: 1 },
    {
      code: 'log.duplicate_header_key',
      message: `The header key "${h.key}" appears more than once; the first value is used.`,
      hint: 'Remove or rename the repeated header line.',
    },
  );
}

/** `Opened:` in any log date format: a full date-time, or a date alone (time unknown). */
function readOpened(lines: HeaderLine[], rep: Reporter): Pick<HeaderSummary, 'opened' | 'origin'> {
  const h = findField(lines, 'opened');
  if (!h || h.value === '') return { opened: null, origin: null };
  const stamp = matchStamp(h.value, 0, false);
  if (stamp?.valid && stamp.date) {
    return {
      opened: formatLocalDateTime(stamp.date, stamp.time),
      origin: { date: stamp.date, time: stamp.time },
    };
  }
  const date = stamp ? null : matchDate(h.value, 0);
  if (date && isValidDate(date.date))
    return { opened: null, origin: { date: date.date, time: null } };
  rep.warning(
    { line: h.line, column: 1 },
    {
      code: 'log.invalid_opened',
      message: `The Opened header "${h.value.slice(0, 40)}" is not a date and time Liaison can read.`,
      hint: 'Write it as DD/MM/YYYY HH:MM, DD/MM/YY HH:MM or YYYY-MM-DD HH:MM[:SS].',
    },
  );
  return { opened: null, origin: null };
}

function readDateOrigin(lines: HeaderLine[]): HeaderSummary['origin'] {
  const h = findField(lines, 'date');
  const date = h ? matchDate(h.value, 0) : null;
  return date && isValidDate(date.date) ? { date: date.date, time: null } : null;
}
