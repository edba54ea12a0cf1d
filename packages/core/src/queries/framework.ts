/**
 * Framework matrix (Ritchie & Spencer's Framework method; NVivo's "framework matrices"): cases as
 * rows, themes (codes) as columns; each cell links the case's segments coded with the theme and
 * holds the researcher's summary of them, written by hand.
 */
import type { Actor, Id, IsoInstant } from '../model/study.js';
import type { QueryContext } from './attributes.js';
import type { QuerySegment } from './segments.js';

/** The researcher's summary of one (case, theme) cell. */
export interface FrameworkSummary {
  caseId: Id;
  codeId: Id;
  text: string;
  updatedAt: IsoInstant;
  updatedBy: Actor;
}

export interface FrameworkCell<S extends QuerySegment = QuerySegment> {
  segments: S[];
  summary: FrameworkSummary | null;
}

export interface FrameworkMatrix<S extends QuerySegment = QuerySegment> {
  caseIds: Id[];
  codeIds: Id[];
  /** cells[case][theme], in `caseIds` × `codeIds` order. */
  cells: FrameworkCell<S>[][];
}

const key = (caseId: Id, codeId: Id) => `${caseId}\u0000${codeId}`;

/** Builds the matrix: a segment belongs to every case that lists its source. */
export function frameworkMatrix<S extends QuerySegment>(
  segments: readonly S[],
  caseIds: readonly Id[],
  codeIds: readonly Id[],
  summaries: readonly FrameworkSummary[],
  ctx: QueryContext,
): FrameworkMatrix<S> {
  const cells = new Map<string, FrameworkCell<S>>();
  for (const caseId of caseIds) {
    for (const codeId of codeIds) cells.set(key(caseId, codeId), { segments: [], summary: null });
  }
  for (const s of summaries) {
    const cell = cells.get(key(s.caseId, s.codeId));
    if (cell !== undefined) cell.summary = s;
  }
  for (const segment of segments) {
    for (const caseId of ctx.sources.get(segment.sourceId)?.caseIds ?? []) {
      cells.get(key(caseId, segment.codeId))?.segments.push(segment);
    }
  }
  return {
    caseIds: [...caseIds],
    codeIds: [...codeIds],
    cells: caseIds.map((c) => codeIds.map((t) => cells.get(key(c, t))!)),
  };
}
