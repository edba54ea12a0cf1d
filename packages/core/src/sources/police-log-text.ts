/**
 * Narrative police logs as text (DOMAIN.md "Input formats to accept"; ANNOTATING-LOGS.md §1):
 * `Key: Value` header lines, then entries. An entry starts at a line that begins (column 1) with
 * a timestamp, then an optional `[AUTHOR]`, then free text; every other non-blank line continues
 * the previous entry, whatever it starts with (`KEY:`, `(1)`, a name, a date without a time).
 * Blank lines are ignored. Each text line is trimmed at both ends (indented continuation lines in
 * exports are layout, not content) and lines are joined with `\n`. Offsets are UTF-16 over the
 * text as given (CR kept).
 */
import type { LogEntry, LogStructure } from '../model/source.js';
import { FILE_START, reporter, type Reporter } from './diagnostic-builder.js';
import type { ParseOutcome } from './diagnostics.js';
import { isBlankLine, skipSpaces, splitLines, type SourceLine } from './lines.js';
import { LogClock, type ClockReading } from './log-clock.js';
import {
  readHeaderLine,
  summariseHeader,
  type HeaderLine,
  type HeaderSummary,
} from './police-log-header.js';
import { matchStamp, type StampMatch } from './timestamps.js';

/** What an entry must start with, for hints. */
export const ENTRY_START_HINT =
  'Each entry must start at the beginning of a line with a timestamp such as 14/03/2015 21:05, ' +
  '14/03/15 21:05:30 or 2015-03-14 21:05 (or a bare 21:05 once a date is known), optionally ' +
  'followed by the author in square brackets, e.g. "14/03/2015 21:05 [OPERATOR 1234] CALL RECEIVED".';

/** An author tag longer than this is not looked for: keeps a 1 MB line starting `21:05 [` linear. */
const MAX_AUTHOR_UTF16 = 120;

interface DraftEntry {
  line: number;
  start: number;
  time: string | null;
  author: string | null;
  /** End of the first line's content: where a text-less entry ends. */
  headEnd: number;
  /** [start, end) of each text piece: the first line's text, then each continuation line. */
  segments: Array<[number, number]>;
}

export function parsePoliceLogText(text: string, file: string): ParseOutcome<LogStructure> {
  const reader = new LogTextReader(text, reporter(file));
  for (const line of splitLines(text)) reader.consume(line);
  return reader.finish();
}

class LogTextReader {
  private readonly headerLines: HeaderLine[] = [];
  private readonly preamble: SourceLine[] = [];
  private readonly entries: LogEntry[] = [];
  private readonly clock = new LogClock();
  private summary: HeaderSummary | null = null;
  private draft: DraftEntry | null = null;
  private warnedDateless = false;

  constructor(
    private readonly text: string,
    private readonly rep: Reporter,
  ) {}

  consume(line: SourceLine): void {
    if (isBlankLine(this.text, line)) return;
    const stamp = matchStamp(this.text, line.start);
    if (stamp) this.startEntry(line, stamp);
    else if (this.draft)
      this.draft.segments.push([
        skipSpaces(this.text, line.start, line.contentEnd),
        line.contentEnd,
      ]);
    else this.readPreambleLine(line);
  }

  finish(): ParseOutcome<LogStructure> {
    this.flush();
    if (!this.summary || this.entries.length === 0) return this.noEntries();
    const { header, incident, site, openingCode, closingCode, opened } = this.summary;
    const entries = this.entries;
    const structure: LogStructure = {
      kind: 'police_log',
      header,
      incident,
      site,
      openingCode,
      closingCode,
      opened,
      entries,
    };
    return { ok: true, structure, diagnostics: this.rep.diagnostics };
  }

  private readPreambleLine(line: SourceLine): void {
    const header = readHeaderLine(this.text, line);
    if (header) this.headerLines.push(header);
    else this.preamble.push(line);
  }

  /** Called at the first entry: the header is complete, so the clock can start from `Opened:`. */
  private beginEntries(): HeaderSummary {
    const summary = summariseHeader(this.headerLines, this.rep);
    if (summary.origin) this.clock.setOrigin(summary.origin.date, summary.origin.time);
    warnPreamble(this.rep, this.preamble);
    this.summary = summary;
    return summary;
  }

  private startEntry(line: SourceLine, stamp: StampMatch): void {
    if (!this.summary) this.beginEntries();
    this.flush();
    const reading = this.clock.read(stamp);
    this.reportReading(reading, line, stamp);
    let textStart = skipSpaces(this.text, line.start + stamp.length, line.contentEnd);
    const author = readAuthor(this.text, textStart, line.contentEnd);
    if (author) textStart = skipSpaces(this.text, author.end, line.contentEnd);
    this.draft = {
      line: line.number,
      start: line.start,
      time: reading.time,
      author: author?.name ?? null,
      headEnd: line.contentEnd,
      segments: textStart < line.contentEnd ? [[textStart, line.contentEnd]] : [],
    };
  }

  private reportReading(reading: ClockReading, line: SourceLine, stamp: StampMatch): void {
    const at = { line: line.number, column: 1 };
    const written = this.text.slice(line.start, line.start + stamp.length);
    if (reading.kind === 'invalid') this.rep.warning(at, invalidTimestamp(written));
    if (reading.kind === 'dateless' && !this.warnedDateless) {
      this.warnedDateless = true;
      this.rep.warning(at, DATELESS);
    }
  }

  private flush(): void {
    const draft = this.draft;
    if (!draft) return;
    this.draft = null;
    const textStart = draft.segments[0]?.[0] ?? draft.headEnd;
    const textEnd = draft.segments.at(-1)?.[1] ?? draft.headEnd;
    this.entries.push({
      index: this.entries.length,
      time: draft.time,
      author: draft.author,
      text: draft.segments.map(([s, e]) => this.text.slice(s, e)).join('\n'),
      startUtf16: draft.start,
      endUtf16: Math.max(textEnd, draft.headEnd),
      textStartUtf16: textStart,
      textEndUtf16: textEnd,
      line: draft.line,
    });
  }

  private noEntries(): ParseOutcome<LogStructure> {
    this.rep.error(FILE_START, {
      code: 'log.no_timestamped_entry',
      message: 'No line starts with a timestamp, so the log has no entries.',
      hint: ENTRY_START_HINT,
    });
    return { ok: false, diagnostics: this.rep.diagnostics };
  }
}

/** `[OPERATOR 1234]` at `at`, on the same line and at most MAX_AUTHOR_UTF16 long; `[]` gives null. */
function readAuthor(
  text: string,
  at: number,
  lineEnd: number,
): { name: string | null; end: number } | null {
  if (text.charCodeAt(at) !== 0x5b /* [ */) return null;
  const close = text.slice(at + 1, Math.min(lineEnd, at + 1 + MAX_AUTHOR_UTF16)).indexOf(']');
  if (close === -1) return null;
  const name = text.slice(at + 1, at + 1 + close).trim();
  return { name: name === '' ? null : name, end: at + close + 2 };
}

function invalidTimestamp(written: string) {
  return {
    code: 'log.invalid_timestamp',
    message: `"${written}" starts an entry but is not a real date or time; the entry is kept with no time.`,
    hint: 'Correct the timestamp: day 1–31 (as the month allows), month 1–12, hours 00–23, minutes and seconds 00–59.',
  };
}

const DATELESS = {
  code: 'log.bare_time_without_date',
  message:
    'Entries start with a time but no date, and neither an earlier entry nor an Opened: header gives one; ' +
    'such entries have no time.',
  hint: 'Add an "Opened: DD/MM/YYYY HH:MM" header line, or give the first entry a full date and time.',
};

function warnPreamble(rep: Reporter, preamble: SourceLine[]): void {
  const first = preamble[0];
  if (!first) return;
  const others = preamble.length - 1;
  rep.warning(
    { line: first.number, column: 1 },
    {
      code: 'log.unrecognised_preamble',
      message:
        `Line ${first.number}${others > 0 ? ` and ${others} other line(s)` : ''} before the first entry ` +
        'is neither a "Key: Value" header line nor an entry; it is not part of the log structure.',
      hint: 'Write header lines as "Key: Value" (e.g. "Site: North"), or start the line with a timestamp if it is an entry.',
    },
  );
}
