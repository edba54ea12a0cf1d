/**
 * How values read in the app: UK dates and times (en-GB), counts with thousands separators,
 * sizes in KB/MB, and the names of kinds and formats.
 */
import type { DatasetKind, IsoInstant, IsoLocalDateTime, SourceFormat } from '@liaison/core';

const numberFormat = new Intl.NumberFormat('en-GB');

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** `1 entry`, `2,400 entries`. */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Bytes in binary multiples (1 KB = 1,024 bytes), one decimal above 1 KB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte', 'bytes');
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

export interface LocalTimeParts {
  /** e.g. `Sat 14 Mar 2015`. */
  date: string;
  /** e.g. `21:05`, or `21:05:30` when the seconds are not zero. */
  time: string;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Splits a local date-time (no zone: police logs record local time) into UK date and time
 * text. The date is formatted as if in UTC so no time-zone shift can move it to another day.
 */
export function localTimeParts(value: IsoLocalDateTime): LocalTimeParts | null {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  const date = dayFormat.format(utc).replace(',', '');
  return { date, time: s === '00' ? `${h}:${mi}` : `${h}:${mi}:${s}` };
}

export function formatLocalDateTime(value: IsoLocalDateTime): string {
  const parts = localTimeParts(value);
  return parts ? `${parts.date}, ${parts.time}` : value;
}

const instantFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** An audit instant (UTC) in this computer's time zone, e.g. `26 Nov 2026, 07:00`. */
export function formatInstant(value: IsoInstant): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : instantFormat.format(ms);
}

/** Milliseconds from the recording start as `hh:mm:ss`. */
export function formatOffset(ms: number): string {
  const total = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/** The same offset as an ISO 8601 duration for `<time datetime>`, e.g. `PT0H12M31S`. */
export function offsetDuration(ms: number): string {
  const total = Math.floor(ms / 1000);
  return `PT${Math.floor(total / 3600)}H${Math.floor(total / 60) % 60}M${total % 60}S`;
}

export const DATASET_KIND_LABELS: Record<DatasetKind, string> = {
  police_logs: 'Police logs',
  interviews: 'Interviews',
  focus_groups: 'Focus groups',
  documents: 'Documents',
};

export const FORMAT_LABELS: Record<SourceFormat, string> = {
  police_log_text: 'Police log (text)',
  police_log_csv: 'Police log (CSV)',
  transcript: 'Transcript',
  document: 'Document',
};

/** What a source's units are called: entries of a log, turns of a transcript, sections. */
export function unitLabel(format: SourceFormat, n: number): string {
  if (format === 'transcript') return plural(n, 'turn', 'turns');
  if (format === 'document') return plural(n, 'section', 'sections');
  return plural(n, 'entry', 'entries');
}
