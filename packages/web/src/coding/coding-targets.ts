/** What a coding action codes: the selection, a whole row, or every turn of one speaker. */
import type { CodingSpan } from '../api/coding-api.js';
import type { PendingSelection } from './coding-context.js';
import type { CodingKind, CodingUnit } from './units.js';

export interface CodingTarget {
  /** Says what will be coded, in the picker's label and the status message. */
  label: string;
  spans: CodingSpan[];
}

const whole = (unit: CodingUnit): CodingSpan => ({
  startUtf16: unit.textStartUtf16,
  endUtf16: unit.textEndUtf16,
});

/** Characters of a selection quoted in labels; the rest is elided. */
const QUOTE_CHARS = 40;

export function selectionTarget(
  pending: PendingSelection | null,
): (CodingTarget & { quote: string }) | null {
  if (!pending) return null;
  const short = pending.quote.length > QUOTE_CHARS;
  const quote = `“${short ? `${pending.quote.slice(0, QUOTE_CHARS)}…` : pending.quote}”`;
  return { label: `the selection ${quote}`, quote, spans: [pending.span] };
}

export function rowTarget(kind: CodingKind, unit: CodingUnit | undefined): CodingTarget | null {
  if (!unit || unit.textEndUtf16 <= unit.textStartUtf16) return null;
  const noun = kind === 'police_log' ? 'entry' : 'turn';
  return { label: `${noun} ${unit.index + 1}`, spans: [whole(unit)] };
}

export function speakerTarget(units: CodingUnit[], unit: CodingUnit | undefined) {
  if (!unit?.speaker) return null;
  const turns = units.filter(
    (u) => u.speaker === unit.speaker && u.textEndUtf16 > u.textStartUtf16,
  );
  const label = `all ${turns.length} turns of ${unit.speaker}`;
  return { label, spans: turns.map(whole) } satisfies CodingTarget;
}
