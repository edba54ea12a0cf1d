/**
 * Each query's result as one flat table (header + rows) with names instead of ids, for CSV and
 * XLSX export. Offsets are UTF-16 code units, as everywhere in Liaison.
 */
import type {
  CodingMatrix,
  CooccurrenceMatrix,
  FrameworkMatrix,
  Id,
  QuerySegment,
} from '@liaison/core';
import type {
  CooccurrenceQuery,
  FrameworkQuery,
  MatrixQuery,
  SegmentQuery,
  StudyStore,
} from '../contract.js';

export type Cell = string | number;

export interface QueryTable {
  /** Short name, used as the XLSX sheet name. */
  name: string;
  header: string[];
  rows: Cell[][];
}

export type QuerySpec =
  | { kind: 'segments'; query?: SegmentQuery }
  | { kind: 'cooccurrence'; query?: CooccurrenceQuery }
  | { kind: 'matrix'; query: MatrixQuery }
  | { kind: 'framework'; query?: FrameworkQuery };

export const QUERY_KINDS = ['segments', 'cooccurrence', 'matrix', 'framework'] as const;

type Names = (id: Id) => string;

async function namesOf(store: StudyStore): Promise<{ code: Names; source: Names; kase: Names }> {
  const [codes, sources, cases] = await Promise.all([
    store.codes.list(),
    store.sources.list(),
    store.cases.list(),
  ]);
  const lookup = (rows: { id: Id; name: string }[]): Names => {
    const map = new Map(rows.map((r) => [r.id, r.name]));
    return (id) => map.get(id) ?? id;
  };
  return { code: lookup(codes), source: lookup(sources), kase: lookup(cases) };
}

function segmentsTable(segments: QuerySegment[], names: { code: Names; source: Names }) {
  return {
    name: 'Segments',
    header: ['Code', 'Source', 'Coder', 'Start (UTF-16)', 'End (UTF-16)', 'Text'],
    rows: segments.map((s) => [
      names.code(s.codeId),
      names.source(s.sourceId),
      s.coder,
      s.startUtf16,
      s.endUtf16,
      s.exact,
    ]),
  };
}

function cooccurrenceTable(m: CooccurrenceMatrix, code: Names): QueryTable {
  return {
    name: m.mode === 'overlap' ? 'Co-occurrence (overlap)' : 'Co-occurrence (unit)',
    header: ['Code', ...m.codeIds.map(code)],
    rows: m.codeIds.map((id, i) => [code(id), ...m.counts[i]!]),
  };
}

function matrixTable(m: CodingMatrix, code: Names): QueryTable {
  return {
    name: `Matrix by ${m.by}`,
    header: ['Code', ...m.values.map((v) => v.label)],
    rows: m.codeIds.map((id, i) => [code(id), ...m.cells[i]!.map((c) => c.count)]),
  };
}

/** A framework cell exports as its summary followed by how many segments it links. */
function frameworkTable(m: FrameworkMatrix, names: { code: Names; kase: Names }): QueryTable {
  return {
    name: 'Framework',
    header: ['Case', ...m.codeIds.map(names.code)],
    rows: m.caseIds.map((id, i) => [
      names.kase(id),
      ...m.cells[i]!.map((c) => {
        const count = `[${c.segments.length} segment${c.segments.length === 1 ? '' : 's'}]`;
        return c.summary === null ? count : `${c.summary.text} ${count}`;
      }),
    ]),
  };
}

/** Runs the query on the store and lays its result out as a table. */
export async function queryTable(store: StudyStore, spec: QuerySpec): Promise<QueryTable> {
  const names = await namesOf(store);
  switch (spec.kind) {
    case 'segments':
      return segmentsTable(await store.queries.segments(spec.query), names);
    case 'cooccurrence':
      return cooccurrenceTable(await store.queries.cooccurrence(spec.query), names.code);
    case 'matrix':
      return matrixTable(await store.queries.matrix(spec.query), names.code);
    case 'framework':
      return frameworkTable(await store.queries.framework(spec.query), names);
  }
}
