/**
 * Matrix coding (NVivo's "matrix coding query"): codes as rows, the values of one attribute as
 * columns; each cell holds the segments of that code whose attribute takes that value, and their
 * count. A segment with several values (a span across two speakers) is in each of their cells.
 */
import type { Id } from '../model/study.js';
import {
  attributeValues,
  type AttributeValue,
  type QueryAttribute,
  type QueryContext,
} from './attributes.js';
import type { QuerySegment } from './segments.js';

export interface MatrixCell<S extends QuerySegment = QuerySegment> {
  count: number;
  segments: S[];
}

export interface CodingMatrix<S extends QuerySegment = QuerySegment> {
  by: QueryAttribute;
  codeIds: Id[];
  /** Columns in order of label (the no-value column last). */
  values: AttributeValue[];
  /** cells[row][column], rows in `codeIds` order. */
  cells: MatrixCell<S>[][];
}

function byLabel(a: AttributeValue, b: AttributeValue): number {
  if ((a.id === '') !== (b.id === '')) return a.id === '' ? 1 : -1;
  return a.label.localeCompare(b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Builds the matrix; segments of codes not in `codeIds` are left out. */
export function matrixCoding<S extends QuerySegment>(
  segments: readonly S[],
  codeIds: readonly Id[],
  by: QueryAttribute,
  ctx: QueryContext,
): CodingMatrix<S> {
  const rowOf = new Map(codeIds.map((id, i) => [id, i]));
  const placed: { row: number; value: AttributeValue; segment: S }[] = [];
  const values = new Map<string, AttributeValue>();
  for (const segment of segments) {
    const row = rowOf.get(segment.codeId);
    if (row === undefined) continue;
    for (const value of attributeValues(segment, by, ctx)) {
      values.set(value.id, value);
      placed.push({ row, value, segment });
    }
  }
  const columns = [...values.values()].sort(byLabel);
  const columnOf = new Map(columns.map((v, i) => [v.id, i]));
  const cells = codeIds.map(() => columns.map((): MatrixCell<S> => ({ count: 0, segments: [] })));
  for (const { row, value, segment } of placed) {
    const cell = cells[row]![columnOf.get(value.id)!]!;
    cell.count++;
    cell.segments.push(segment);
  }
  return { by, codeIds: [...codeIds], values: columns, cells };
}
