/**
 * A row's text with its codings marked (each coded run tinted with its code's colour, stacked
 * bars where codings overlap) and the row's coding margin. The text keeps exactly the row's
 * characters, so the selection offsets of selection.ts stay true.
 */
import type { Code, Coding } from '@liaison/core';
import { useMemo, type CSSProperties } from 'react';
import { Highlighted } from '../components/marked-text.js';
import { useCodingState, type CodingState } from './coding-context.js';
import { piecesOf, segmentsOf, toDisplay } from './row-offsets.js';

/** Colour for a coding whose code is unknown (deleted, or codes not loaded yet). */
const UNKNOWN_COLOUR = '#7a7a7a';
/** Overlap bars drawn under a run; more would hide the text's descenders. */
const MAX_BARS = 4;

export function codeColour(code: Code | undefined): string {
  return code?.colour || UNKNOWN_COLOUR;
}

/** Underline bars, one per covering coding, as stacked inset shadows (3 px each). */
function runStyle(codings: Coding[], state: CodingState): CSSProperties {
  const colours = codings.slice(0, MAX_BARS).map((c) => codeColour(state.codeById.get(c.codeId)));
  const bars = colours.map((colour, i) => `inset 0 -${3 * (i + 1)}px 0 ${colour}`);
  const tint = `color-mix(in srgb, ${colours[0]} 16%, transparent)`;
  return { boxShadow: bars.join(', '), backgroundColor: tint, paddingBottom: 3 * colours.length };
}

/** The row's codings and its text cut into runs by them (null when nothing is coded). */
function useRuns(text: string, start: number, end: number) {
  const state = useCodingState();
  // Depends on the codings and the text only, not on the selection or the focused row.
  const codingsIn = state?.codingsIn;
  const version = state?.version.text;
  const codings = useMemo(() => codingsIn?.(start, end) ?? [], [codingsIn, start, end]);
  const runs = useMemo(() => {
    if (version === undefined || codings.length === 0) return null;
    const pieces = piecesOf(text, version, start);
    // A row whose lines are not verbatim in the version is marked whole.
    if (!pieces)
      return segmentsOf(
        text.length,
        codings.map((_, i) => [0, text.length, i]),
      );
    const spans = codings.flatMap((c, i) =>
      toDisplay(pieces, c.anchor.position.startUtf16, c.anchor.position.endUtf16).map(
        ([s, e]): [number, number, number] => [s, e, i],
      ),
    );
    return segmentsOf(text.length, spans);
  }, [version, codings, text, start]);
  return { state, codings, runs };
}

export function CodedText(props: {
  text: string;
  textStartUtf16: number;
  textEndUtf16: number;
  pattern: RegExp | null;
  className: string;
}) {
  const { text, textStartUtf16: start, textEndUtf16: end, pattern, className } = props;
  const { state, codings, runs } = useRuns(text, start, end);
  const attributes = { className, 'data-text-start': start, 'data-text-end': end };
  if (!state || !runs)
    return (
      <p {...attributes}>
        <Highlighted text={text} pattern={pattern} />
      </p>
    );
  return (
    <p {...attributes}>
      {runs.map((run) => {
        const part = <Highlighted text={text.slice(run.start, run.end)} pattern={pattern} />;
        if (run.covering.length === 0) return <span key={run.start}>{part}</span>;
        const covering = run.covering.map((i) => codings[i] as Coding);
        return (
          <span key={run.start} className="coded" style={runStyle(covering, state)}>
            {part}
          </span>
        );
      })}
    </p>
  );
}

/** The codings touching one row, as buttons that select the coding (for unapply and memos). */
export function CodingMargin({ startUtf16, endUtf16 }: { startUtf16: number; endUtf16: number }) {
  const state = useCodingState();
  if (!state) return null;
  return (
    <ul className="coding-margin" aria-label="Codes on this row">
      {state.codingsIn(startUtf16, endUtf16).map((coding) => (
        <li key={coding.id}>
          <CodingChip
            state={state}
            coding={coding}
            continues={coding.anchor.position.startUtf16 < startUtf16}
          />
        </li>
      ))}
    </ul>
  );
}

function CodingChip(props: { state: CodingState; coding: Coding; continues: boolean }) {
  const { state, coding, continues } = props;
  const code = state.codeById.get(coding.codeId);
  const name = code?.name ?? 'Unknown code';
  const selected = state.selectedId === coding.id;
  return (
    <button
      type="button"
      className="coding-chip"
      aria-pressed={selected}
      style={{ borderLeftColor: codeColour(code) }}
      title={`${name} by ${coding.coder}: “${coding.anchor.quote.exact}”`}
      onClick={() => state.select(selected ? null : coding.id)}
    >
      {continues && <span aria-label="continued from above">↑ </span>}
      <span className="coding-chip-code">{name}</span>{' '}
      <span className="coding-chip-coder">{coding.coder}</span>
    </button>
  );
}
