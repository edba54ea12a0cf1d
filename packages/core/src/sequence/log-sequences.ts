/**
 * Police logs as state sequences (DOMAIN.md workflow 5: "each log becomes a timed sequence of
 * events"). The researcher chooses the state (the entry's event type, its framing, or the agency
 * that acted) and the clock: one position per entry, or one per time bin of fixed minutes. A bin
 * takes the state of the last entry before its end (an entry at the very end opens the next
 * bin): a state lasts until the next entry changes it, as TraMineR's `seqformat` turns timed
 * events into state sequences (STS).
 */
import type { EntryAnalysis } from '../logs/analysis-types.js';
import { AGENCIES, EVENT_TYPES, FRAMINGS } from '../logs/vocabulary.js';
import { sequenceSetFromRows, type SequenceSet } from './sequence-set.js';

export type LogStateKind = 'event' | 'framing' | 'agency';
export const LOG_STATE_KINDS: readonly LogStateKind[] = ['event', 'framing', 'agency'];

/** The state of an entry when it names no agency and its author tag names none. */
export const UNKNOWN_AGENCY = 'unknown';

/** One analysed log: entry times (ISO local, no zone, or null) and labels, in entry order. */
export interface AnalysedLog {
  id: string;
  times: (string | null)[];
  entries: Pick<EntryAnalysis, 'event' | 'framing' | 'agencies' | 'authorAgency'>[];
}

export interface LogSequenceOptions {
  state: LogStateKind;
  /** Minutes per position; omitted: one position per entry. */
  binMinutes?: number;
}

/** Longer sequences are refused: a log spanning years in minute bins is a wrong bin size. */
export const MAX_BINS = 10_000;

export class LogSequenceError extends RangeError {
  override name = 'LogSequenceError';
}

export function logSequences(logs: AnalysedLog[], options: LogSequenceOptions): SequenceSet {
  const { binMinutes } = options;
  if (binMinutes !== undefined && !(binMinutes > 0 && Number.isFinite(binMinutes)))
    throw new LogSequenceError(
      `the bin size must be a positive number of minutes, not ${binMinutes}`,
    );
  const rows = logs.map((log) => {
    const states = log.entries.map((e) => stateOf(e, options.state));
    return binMinutes === undefined ? states : binned(log, states, binMinutes);
  });
  return sequenceSetFromRows(
    logs.map((l) => l.id),
    rows,
    alphabetOf(rows, options.state),
  );
}

/** The agency that acted: the author's, else the first the entry names. */
function stateOf(entry: AnalysedLog['entries'][number], kind: LogStateKind): string {
  if (kind === 'event') return entry.event;
  if (kind === 'framing') return entry.framing;
  return entry.authorAgency ?? entry.agencies[0] ?? UNKNOWN_AGENCY;
}

/** Milliseconds of an ISO local date-time read as UTC (only differences are used); NaN if unreadable. */
function clock(time: string | null): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(time ?? '');
  if (!m) return Number.NaN;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
}

function binned(log: AnalysedLog, states: string[], minutes: number): string[] {
  const timed = states
    .map((state, i) => ({ state, at: clock(log.times[i] ?? null) }))
    .filter((e) => !Number.isNaN(e.at));
  if (timed.length === 0) return [];
  const start = Math.min(...timed.map((e) => e.at));
  const step = minutes * 60_000;
  const bins = Math.floor((Math.max(...timed.map((e) => e.at)) - start) / step) + 1;
  if (bins > MAX_BINS)
    throw new LogSequenceError(
      `log ${log.id} spans ${bins} bins of ${minutes} minutes, over ${MAX_BINS}: use larger bins`,
    );
  // Entries in time order (stable, so equal times keep entry order); the last one before a bin's end wins.
  const ordered = [...timed].sort((a, b) => a.at - b.at);
  const out: string[] = [];
  let next = 0;
  let current = ordered[0]?.state as string;
  for (let b = 0; b < bins; b++) {
    const end = start + (b + 1) * step;
    while (next < ordered.length && (ordered[next]?.at as number) < end)
      current = ordered[next++]?.state as string;
    out.push(current);
  }
  return out;
}

/**
 * The position of each entry in its log's sequence, so events such as turning points can be
 * drawn on it: the entry index per entry, or the bin holding the entry's time (null when the
 * entry has no readable time, since it is then not in the sequence).
 */
export function entryPositions(log: AnalysedLog, binMinutes?: number): (number | null)[] {
  if (binMinutes === undefined) return log.entries.map((_, i) => i);
  const at = log.entries.map((_, i) => clock(log.times[i] ?? null));
  const timed = at.filter((t) => !Number.isNaN(t));
  const start = Math.min(...timed);
  return at.map((t) => (Number.isNaN(t) ? null : Math.floor((t - start) / (binMinutes * 60_000))));
}

/** The states present, in the vocabulary's order (stable colours and tables across studies). */
function alphabetOf(rows: string[][], kind: LogStateKind): string[] {
  const present = new Set(rows.flat());
  const vocabulary: readonly string[] =
    kind === 'event' ? EVENT_TYPES : kind === 'framing' ? FRAMINGS : [...AGENCIES, UNKNOWN_AGENCY];
  const known = vocabulary.filter((s) => present.has(s));
  const other = [...present].filter((s) => !vocabulary.includes(s)).sort();
  return [...known, ...other];
}
