/** The rows a reader codes: log entries or transcript turns, with their spans in the version. */
import type { Structure } from '@liaison/core';

export interface CodingUnit {
  index: number;
  /** The whole row, label or timestamp included (UTF-16 code units, end exclusive). */
  startUtf16: number;
  endUtf16: number;
  /** The row's text alone: what "code whole entry / turn" codes. */
  textStartUtf16: number;
  textEndUtf16: number;
  /** The transcript turn's speaker; null for a log entry. */
  speaker: string | null;
}

export type CodingKind = 'police_log' | 'transcript';

/** The structure's codable rows, or null for a kind the reader does not code (documents). */
export function codingUnits(structure: Structure): CodingUnit[] | null {
  if (structure.kind === 'police_log')
    return structure.entries.map((e) => ({ ...pick(e), speaker: null }));
  if (structure.kind === 'transcript')
    return structure.turns.map((t) => ({ ...pick(t), speaker: t.speaker }));
  return null;
}

function pick(row: Omit<CodingUnit, 'speaker'>): Omit<CodingUnit, 'speaker'> {
  const { index, startUtf16, endUtf16, textStartUtf16, textEndUtf16 } = row;
  return { index, startUtf16, endUtf16, textStartUtf16, textEndUtf16 };
}
