/**
 * Interview and focus-group transcripts (DOMAIN.md "Input formats to accept"): a turn starts at
 * a line that opens with a speaker label (`Name:`, `[Name]`, `[Name]:`, `INT:`, `P1:`), with an
 * optional timestamp before or after the label (`[00:12:31]`, `[12:31]`, `(00:12:31)`); which
 * labels count as speakers is decided in transcript-labels.ts. A line holding only a timestamp
 * gives its time to the turn that starts on the next non-blank line. Every other non-blank line
 * continues the current turn (trimmed, joined with `\n`); blank lines are ignored. Text before
 * the first turn is not a turn: it is reported once as a warning.
 */
import type { TranscriptStructure, TranscriptTurn } from '../model/source.js';
import { FILE_START, reporter, type Reporter } from './diagnostic-builder.js';
import type { ParseOutcome } from './diagnostics.js';
import { isBlankLine, skipSpaces, splitLines, type SourceLine } from './lines.js';
import { isSpeaker, readLineStart, type LineStart } from './transcript-labels.js';

type LabelStart = Extract<LineStart, { kind: 'label' }>;

/** A line with what it starts with, after the speaker rule has been applied. */
interface ReadLine {
  line: SourceLine;
  /** Set when the line starts a turn. */
  turn: LabelStart | null;
  /** Set when the line holds only a timestamp. */
  timestampMs: number | null;
}

interface DraftTurn {
  speaker: string;
  timestampMs: number | null;
  start: number;
  line: number;
  headEnd: number;
  segments: Array<[number, number]>;
}

export function parseTranscript(text: string, file: string): ParseOutcome<TranscriptStructure> {
  const lines = readLines(
    text,
    splitLines(text).filter((l) => !isBlankLine(text, l)),
  );
  const builder = new TurnBuilder(text, reporter(file));
  lines.forEach((read, i) => builder.consume(read, lines[i + 1]));
  return builder.finish();
}

/** Two passes: count each label's occurrences, then judge every label with that count. */
function readLines(text: string, lines: SourceLine[]): ReadLine[] {
  const starts = lines.map((line) => readLineStart(text, line));
  const counts = new Map<string, number>();
  for (const s of starts) if (s?.kind === 'label') counts.set(s.key, (counts.get(s.key) ?? 0) + 1);
  return lines.map((line, i) => {
    const s = starts[i];
    const turn = s?.kind === 'label' && isSpeaker(s, counts.get(s.key) ?? 0) ? s : null;
    return { line, turn, timestampMs: s?.kind === 'timestamp_only' ? s.timestampMs : null };
  });
}

class TurnBuilder {
  private readonly turns: TranscriptTurn[] = [];
  private readonly preamble: SourceLine[] = [];
  private draft: DraftTurn | null = null;
  /** A timestamp-only line waiting for the turn on the next line. */
  private pending: { line: SourceLine; ms: number } | null = null;

  constructor(
    private readonly text: string,
    private readonly rep: Reporter,
  ) {}

  consume(read: ReadLine, next: ReadLine | undefined): void {
    if (read.turn) return this.startTurn(read.line, read.turn);
    if (read.timestampMs !== null && next?.turn && next.turn.timestampMs === null) {
      this.pending = { line: read.line, ms: read.timestampMs };
      return;
    }
    const segment: [number, number] = [
      skipSpaces(this.text, read.line.start, read.line.contentEnd),
      read.line.contentEnd,
    ];
    if (this.draft) this.draft.segments.push(segment);
    else this.preamble.push(read.line);
  }

  finish(): ParseOutcome<TranscriptStructure> {
    this.flush();
    if (this.turns.length === 0) return this.noTurns();
    warnPreamble(this.rep, this.preamble);
    const speakers = [...new Set(this.turns.map((t) => t.speaker))];
    return {
      ok: true,
      structure: { kind: 'transcript', speakers, turns: this.turns },
      diagnostics: this.rep.diagnostics,
    };
  }

  private startTurn(line: SourceLine, start: LabelStart): void {
    this.flush();
    const pending = this.pending;
    this.pending = null;
    this.draft = {
      speaker: start.label,
      timestampMs: start.timestampMs ?? pending?.ms ?? null,
      start: pending?.line.start ?? line.start,
      line: pending?.line.number ?? line.number,
      headEnd: line.contentEnd,
      segments: start.textStart < line.contentEnd ? [[start.textStart, line.contentEnd]] : [],
    };
  }

  private flush(): void {
    const d = this.draft;
    if (!d) return;
    this.draft = null;
    const textStart = d.segments[0]?.[0] ?? d.headEnd;
    const textEnd = d.segments.at(-1)?.[1] ?? d.headEnd;
    this.turns.push({
      index: this.turns.length,
      speaker: d.speaker,
      timestampMs: d.timestampMs,
      text: d.segments.map(([s, e]) => this.text.slice(s, e)).join('\n'),
      startUtf16: d.start,
      endUtf16: Math.max(textEnd, d.headEnd),
      textStartUtf16: textStart,
      textEndUtf16: textEnd,
      line: d.line,
    });
  }

  private noTurns(): ParseOutcome<TranscriptStructure> {
    this.rep.error(FILE_START, {
      code: 'transcript.no_turns',
      message: 'No line starts with a speaker label, so the transcript has no turns.',
      hint:
        'Start each turn on a new line with the speaker, e.g. "INT: ...", "P1: ...", "Dr Smith: ..." or ' +
        '"[Sarah] ...", optionally with a timestamp such as "[00:12:31] INT: ...".',
    });
    return { ok: false, diagnostics: this.rep.diagnostics };
  }
}

function warnPreamble(rep: Reporter, preamble: SourceLine[]): void {
  const first = preamble[0];
  if (!first) return;
  rep.warning(
    { line: first.number, column: 1 },
    {
      code: 'transcript.text_before_first_turn',
      message: `${preamble.length} line(s) before the first speaker turn belong to no turn.`,
      hint: 'If this text is speech, start it with the speaker\'s label (e.g. "INT: "); titles and notes can stay as they are.',
    },
  );
}
