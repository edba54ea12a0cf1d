/**
 * Which participants speak where a segment lies: the speakers of every transcript turn the span
 * overlaps, matched to participants by code (case-insensitive, as import links them).
 */
import type { Id, Participant } from '../model/study.js';
import type { Structure, TranscriptTurn } from '../model/source.js';

/** First index whose turn ends after `offset` (turns are in text order and do not overlap). */
function firstTurnEndingAfter(turns: readonly TranscriptTurn[], offset: number): number {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (turns[mid]!.endUtf16 <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Speaker labels of the turns a half-open span [start, end) overlaps. */
export function speakersAt(structure: Structure, startUtf16: number, endUtf16: number): string[] {
  if (structure.kind !== 'transcript') return [];
  const { turns } = structure;
  const labels = new Set<string>();
  for (let i = firstTurnEndingAfter(turns, startUtf16); i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.startUtf16 >= Math.max(endUtf16, startUtf16 + 1)) break;
    labels.add(turn.speaker);
  }
  return [...labels];
}

/** Maps speaker labels to the source's linked participants; unknown labels map to nothing. */
export function participantsBySpeaker(
  people: readonly Participant[],
): (labels: readonly string[]) => Id[] {
  const byCode = new Map(people.map((p) => [p.code.trim().toLowerCase(), p.id]));
  return (labels) =>
    labels.flatMap((l) => {
      const id = byCode.get(l.trim().toLowerCase());
      return id === undefined ? [] : [id];
    });
}
