/**
 * Store-backed queries over codings (docs/queries.md): the store reads what each query needs and
 * core computes it. Co-occurrence results are cached per open store, keyed by the study's last
 * event sequence number, so an unchanged study answers a repeated query without a table scan.
 */
import {
  filterSegments,
  frameworkMatrix,
  matrixCoding,
  compareSegments,
  COOCCURRENCE_MODES,
  QUERY_ATTRIBUTES,
  type Actor,
  type CooccurrenceMatrix,
  type Id,
} from '@liaison/core';
import type { StoreContext } from '../context.js';
import type { StudyStore } from '../contract.js';
import { notFound } from '../errors.js';
import { casesRepo } from '../repos/cases.js';
import { requireOneOf } from '../validate.js';
import { computeCooccurrence, lastEventSeq } from './coding-spans.js';
import { currentPacks } from './coding-packs.js';
import { packColumns } from './pack-columns.js';
import { listSummaries, setSummary } from './framework-summaries.js';
import { loadQueryContext, queryCodes } from './query-context.js';
import { readSegments } from './segment-rows.js';

/** Distinct co-occurrence queries remembered per store (one per mode and code list is typical). */
const CACHE_SIZE = 8;

interface Cached {
  seq: number;
  matrix: CooccurrenceMatrix;
}

function cooccurrenceCache() {
  const entries = new Map<string, Cached>();
  return {
    get: (key: string, seq: number) => {
      const hit = entries.get(key);
      return hit?.seq === seq ? hit.matrix : undefined;
    },
    set: (key: string, value: Cached) => {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > CACHE_SIZE) entries.delete(entries.keys().next().value as string);
    },
  };
}

type Queries = StudyStore['queries'];

function cooccurrence(ctx: StoreContext): Queries['cooccurrence'] {
  const cache = cooccurrenceCache();
  return async (query = {}) => {
    const mode = requireOneOf(query.mode ?? 'overlap', COOCCURRENCE_MODES, 'Co-occurrence mode');
    const codes = await queryCodes(ctx, query.codeIds);
    const codeIds = codes.map((c) => c.id);
    const key = `${mode}:${query.coder ?? ''}:${codeIds.join(',')}`;
    const seq = await lastEventSeq(ctx);
    const hit = query.cache === false ? undefined : cache.get(key, seq);
    if (hit !== undefined) return hit;
    const cols = packColumns(await currentPacks(ctx), codeIds, query.coder);
    const matrix = computeCooccurrence(cols, mode);
    cache.set(key, { seq, matrix });
    return matrix;
  };
}

async function segmentsOf(ctx: StoreContext, query: { codeIds?: readonly Id[]; coder?: Actor }) {
  const [codes, qc] = await Promise.all([queryCodes(ctx, query.codeIds), loadQueryContext(ctx)]);
  const codeIds = codes.map((c) => c.id);
  const segments = await readSegments(ctx, codeIds, qc, query.coder);
  return { codes, qc, segments: segments.sort(compareSegments) };
}

export function queriesRepo(ctx: StoreContext): Queries {
  return {
    segments: async (query = {}) => {
      if (query.by !== undefined) requireOneOf(query.by, QUERY_ATTRIBUTES, 'Attribute');
      const { qc, segments } = await segmentsOf(ctx, query);
      return filterSegments(segments, query, qc);
    },
    cooccurrence: cooccurrence(ctx),
    matrix: async (query) => {
      const by = requireOneOf(query.by, QUERY_ATTRIBUTES, 'Attribute');
      const { codes, qc, segments } = await segmentsOf(ctx, query);
      return matrixCoding(
        segments,
        codes.map((c) => c.id),
        by,
        qc,
      );
    },
    framework: async (query = {}) => {
      const [{ codes, qc, segments }, cases, summaries] = await Promise.all([
        segmentsOf(ctx, query),
        casesRepo(ctx).list(),
        listSummaries(ctx),
      ]);
      const known = new Set(cases.map((c) => c.id));
      const missing = query.caseIds?.find((id) => !known.has(id));
      if (missing !== undefined) throw notFound('case', missing);
      const caseIds = query.caseIds?.length ? query.caseIds : cases.map((c) => c.id);
      return frameworkMatrix(
        segments,
        caseIds,
        codes.map((c) => c.id),
        summaries,
        qc,
      );
    },
    summarise: (actor, cell, text) => setSummary(ctx, actor, cell, text),
  };
}
