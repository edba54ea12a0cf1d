/**
 * Maps a log CSV's header row to the columns DOMAIN.md names: `incident_id, timestamp, author,
 * text` (required) and `site, opening_code, closing_code` (optional), in any order.
 *
 * Header names are compared case-insensitively after trimming and dropping every character that is
 * not a letter or digit, so `incident_id`, `Incident ID`, `incident-id` and `IncidentID` are one
 * name. A few common synonyms are accepted too (docs/formats.md lists them). A timestamp may also
 * come as two columns, `date` and `time`, which are joined with a space.
 */
export const REQUIRED_COLUMNS = ['incident_id', 'timestamp', 'author', 'text'] as const;
export const OPTIONAL_COLUMNS = ['site', 'opening_code', 'closing_code'] as const;
export type LogColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** Accepted names per column, in canonical form, most specific first. */
export const COLUMN_ALIASES: Record<LogColumn, readonly string[]> = {
  incident_id: [
    'incidentid',
    'incident',
    'incidentno',
    'incidentnumber',
    'incidentref',
    'incidentreference',
    'logid',
    'lognumber',
    'logno',
    'logref',
  ],
  timestamp: [
    'timestamp',
    'datetime',
    'dateandtime',
    'entrytimestamp',
    'entrydatetime',
    'loggedat',
  ],
  author: [
    'author',
    'operator',
    'operatorid',
    'enteredby',
    'createdby',
    'loggedby',
    'officer',
    'user',
    'userid',
    'staff',
    'by',
  ],
  text: [
    'text',
    'entrytext',
    'entry',
    'narrative',
    'logtext',
    'details',
    'detail',
    'description',
    'remarks',
    'message',
    'notes',
    'note',
    'comments',
    'comment',
    'content',
  ],
  site: ['site', 'sitename', 'studysite'],
  opening_code: ['openingcode', 'opencode', 'initialcode'],
  closing_code: ['closingcode', 'closecode', 'finalcode'],
};
const DATE_ALIASES = ['date', 'entrydate', 'logdate'];
const TIME_ALIASES = ['time', 'entrytime', 'logtime'];

/** Where the timestamp comes from: one cell, or a date cell and a time cell. */
export type TimestampSource =
  { kind: 'single'; index: number } | { kind: 'pair'; date: number; time: number };

export interface ColumnMap {
  /** Cell index of each column found (timestamp excluded: see `timestamp`). */
  index: Partial<Record<LogColumn, number>>;
  timestamp: TimestampSource | null;
  /** Required columns not found. */
  missing: LogColumn[];
  /** Header names as written (trimmed), for messages. */
  found: string[];
  /** Header names ignored because an earlier column already gave the same field. */
  duplicates: string[];
}

export function canonicalColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Index of the first header name matching the aliases, trying aliases in order. */
function findColumn(canonical: string[], aliases: readonly string[]): number | undefined {
  for (const alias of aliases) {
    const i = canonical.indexOf(alias);
    if (i !== -1) return i;
  }
  return undefined;
}

function resolveTimestamp(canonical: string[]): TimestampSource | null {
  const direct = findColumn(canonical, COLUMN_ALIASES.timestamp);
  if (direct !== undefined) return { kind: 'single', index: direct };
  const date = findColumn(canonical, DATE_ALIASES);
  const time = findColumn(canonical, TIME_ALIASES);
  if (date !== undefined && time !== undefined) return { kind: 'pair', date, time };
  const one = time ?? date;
  return one === undefined ? null : { kind: 'single', index: one };
}

export function mapColumns(headerCells: string[]): ColumnMap {
  const canonical = headerCells.map(canonicalColumnName);
  const index: ColumnMap['index'] = {};
  for (const column of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) {
    if (column === 'timestamp') continue;
    const i = findColumn(canonical, COLUMN_ALIASES[column]);
    if (i !== undefined) index[column] = i;
  }
  const timestamp = resolveTimestamp(canonical);
  const missing = REQUIRED_COLUMNS.filter((c) =>
    c === 'timestamp' ? timestamp === null : index[c] === undefined,
  );
  const found = headerCells.map((h) => h.replace(/^\uFEFF/, '').trim());
  return {
    index,
    timestamp,
    missing,
    found,
    duplicates: findDuplicates(canonical, found, index, timestamp),
  };
}

/** Headers naming a field that an earlier column already gave (the earlier one wins). */
function findDuplicates(
  canonical: string[],
  found: string[],
  index: ColumnMap['index'],
  ts: TimestampSource | null,
): string[] {
  const used = new Set<number>(Object.values(index));
  if (ts?.kind === 'single') used.add(ts.index);
  if (ts?.kind === 'pair') [ts.date, ts.time].forEach((i) => used.add(i));
  const usedNames = new Set([...used].map((i) => canonical[i]));
  return found.filter((_, i) => !used.has(i) && usedNames.has(canonical[i]));
}
