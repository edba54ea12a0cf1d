/**
 * Types of the disagreement review as the store, server, CLI and web app share them: a disputed
 * span of a source's current text version (disputes.ts computes them) with its resolution, if
 * any. Offsets are UTF-16 code units into the text version, spans half-open.
 */
import type { DisputeKind } from './disputes.js';

/** What the coders agreed: keep the first coder's codes, the second's, both, none, or others. */
export const DISPUTE_OUTCOMES = ['keep_a', 'keep_b', 'both', 'neither', 'other'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** Identifies one disputed span; a resolution is stored under it. */
export interface DisputeKey {
  sourceId: string;
  textVersionId: string;
  start: number;
  end: number;
  /** The coders compared, in the order given. */
  coders: string[];
}

export interface DisputeResolution extends DisputeKey {
  id: string;
  outcome: DisputeOutcome;
  /** The codes that apply to the span after discussion (none for `neither`). */
  codeIds: string[];
  note: string;
  /** Codings created for the agreed codes, coded by the resolver (empty when none were made). */
  codingIds: string[];
  resolvedBy: string;
  resolvedAt: string;
}

export interface ReviewSide {
  coder: string;
  segments: { codeId: string; codeName: string; start: number; end: number }[];
}

export interface ReviewDispute extends DisputeKey {
  sourceName: string;
  kind: DisputeKind;
  /** The disputed text (the span of the text version). */
  text: string;
  sides: ReviewSide[];
  resolution: DisputeResolution | null;
}
