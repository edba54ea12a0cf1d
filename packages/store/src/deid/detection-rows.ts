/** Reading and writing `deid_detections` rows (offsets, type, score; never the text). */
import { ENTITY_TYPES, type EntityType, type Id } from '@liaison/core';
import type { Executor } from '../context.js';
import { StoreError } from '../errors.js';
import type { DeidDetectionTable } from '../schema/tables.js';
import type { DetectionStatus, StoredDetection } from './review-types.js';

export function toDetection(row: DeidDetectionTable): StoredDetection {
  return {
    id: row.id,
    sourceId: row.source_id,
    textVersionId: row.text_version_id,
    type: row.type as EntityType,
    startUtf16: row.start_utf16,
    endUtf16: row.end_utf16,
    score: row.score,
    recognizer: row.recognizer,
    origin: row.origin as StoredDetection['origin'],
    status: row.status as DetectionStatus,
    reviewer: row.reviewer,
    reviewedAt: row.reviewed_at,
  };
}

export function requireEntityType(value: unknown): EntityType {
  if (typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value)) {
    return value as EntityType;
  }
  throw new StoreError(
    'store.invalid_input',
    `Entity type must be one of ${ENTITY_TYPES.join(', ')} (got ${JSON.stringify(value)}).`,
  );
}

/** Detections of the given versions (the current ones), in text order. */
export async function detectionsOf(db: Executor, versionIds: Id[]): Promise<StoredDetection[]> {
  if (versionIds.length === 0) return [];
  const rows = await db
    .selectFrom('deid_detections')
    .selectAll()
    .where('text_version_id', 'in', versionIds)
    .orderBy('source_id')
    .orderBy('start_utf16')
    .orderBy('end_utf16')
    .execute();
  return rows.map(toDetection);
}

/** The current text version of every source (or of the given ones). */
export async function currentVersionIds(db: Executor, sourceIds?: Id[]): Promise<Map<Id, Id>> {
  let query = db
    .selectFrom('text_versions as tv')
    .select(['tv.source_id', 'tv.id'])
    .where('tv.number', '=', (eb) =>
      eb
        .selectFrom('text_versions as latest')
        .select((e) => e.fn.max('latest.number').as('n'))
        .whereRef('latest.source_id', '=', 'tv.source_id'),
    );
  if (sourceIds !== undefined) {
    if (sourceIds.length === 0) return new Map();
    query = query.where('tv.source_id', 'in', sourceIds);
  }
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.source_id, r.id]));
}
