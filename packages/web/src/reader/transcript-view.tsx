/**
 * A transcript as speaker turns: speaker label, timestamp (hh:mm:ss) when the turn has one, and
 * the text. Each speaker keeps one colour for the whole transcript.
 */
import type { TranscriptStructure, TranscriptTurn } from '@liaison/core';
import { useLayoutEffect } from 'react';
import { CodedText, CodingMargin } from '../coding/coded-text.js';
import { useCodingState } from '../coding/coding-context.js';
import { formatOffset, offsetDuration } from '../format.js';
import { rowProps } from './row-props.js';
import { useRowNavigation } from './use-row-navigation.js';
import { useVirtualRows } from './use-virtual-rows.js';

/** Number of distinct speaker colours in styles.css (`.speaker-0` … `.speaker-7`). */
const SPEAKER_COLOURS = 8;

function speakerClass(speakers: Map<string, number>, speaker: string): string {
  return `speaker-${(speakers.get(speaker) ?? 0) % SPEAKER_COLOURS}`;
}

export function SpeakerList({ transcript }: { transcript: TranscriptStructure }) {
  const order = new Map(transcript.speakers.map((s, i) => [s, i]));
  return (
    <p className="speaker-list">
      <span className="muted">Speakers: </span>
      {transcript.speakers.map((s) => (
        <span key={s} className={`speaker-label ${speakerClass(order, s)}`}>
          {s}
        </span>
      ))}
    </p>
  );
}

export function TranscriptView(props: {
  transcript: TranscriptStructure;
  pattern: RegExp | null;
  initial: number | null;
}) {
  const { transcript, pattern, initial } = props;
  const turns = transcript.turns;
  const order = new Map(transcript.speakers.map((s, i) => [s, i]));
  const rows = useVirtualRows({ count: turns.length, estimatePx: 96 });
  const nav = useRowNavigation(rows, turns.length, initial);
  const { setPane, items, before, after } = rows;
  const coding = useCodingState();
  const setCodingRow = coding?.setActiveRow;
  // The coding bar codes the focused turn ("code whole turn", key c without a selection).
  // A layout effect: its update renders before the row is focused (a passive effect), so a key
  // pressed on the newly focused row never meets the coding bar's previous row.
  useLayoutEffect(() => setCodingRow?.(nav.active), [setCodingRow, nav.active]);
  const coded = coding ? ' turn-coded' : '';
  return (
    <div
      className="reader-pane"
      ref={setPane}
      tabIndex={0}
      role="region"
      aria-label="Transcript turns"
    >
      <ol className="turn-list" style={{ paddingTop: before, paddingBottom: after }}>
        {items.map((item) => {
          const turn = turns[item.index] as TranscriptTurn;
          const props = rowProps(item, rows, nav.active, nav.setActive);
          return (
            <li
              key={item.key}
              {...props}
              className={`${props.className} turn${coded} ${speakerClass(order, turn.speaker)}`}
              data-turn=""
            >
              <TurnContent turn={turn} pattern={pattern} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function TurnContent({ turn, pattern }: { turn: TranscriptTurn; pattern: RegExp | null }) {
  return (
    <>
      <div className="turn-meta">
        <span className="turn-speaker">{turn.speaker}</span>
        {turn.timestampMs !== null && (
          <time className="turn-time" dateTime={offsetDuration(turn.timestampMs)}>
            {formatOffset(turn.timestampMs)}
          </time>
        )}
      </div>
      <CodedText
        className="turn-text"
        text={turn.text}
        textStartUtf16={turn.textStartUtf16}
        textEndUtf16={turn.textEndUtf16}
        pattern={pattern}
      />
      <CodingMargin startUtf16={turn.startUtf16} endUtf16={turn.endUtf16} />
    </>
  );
}
