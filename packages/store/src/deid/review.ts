/**
 * The review of detections: `detect` stores core's detections of each current text as
 * suggestions; reviewers accept, reject or add spans; `remaining` counts what is left. Every
 * change writes one audit event holding ids, types and offsets only, never identifier text.
 */
import {
  detectIdentifiersBatch,
  newId,
  type Actor,
  type Detection,
  type EntityType,
  type Id,
  type TextVersion,
} from '@liaison/core';
import { mutate, type Executor, type StoreContext, type Trx } from '../context.js';
import { StoreError, notFound } from '../errors.js';
import { appendEvent, requireActor } from '../events.js';
import { currentVersion } from '../repos/text-versions.js';
import type { DeidDetectionTable } from '../schema/tables.js';
import { requireOneOf } from '../validate.js';
import { readDeidSettings } from './deid-settings.js';
import {
  currentVersionIds,
  detectionsOf,
  requireEntityType,
  toDetection,
} from './detection-rows.js';
import {
  REVIEW_STATUSES,
  type DetectionCounts,
  type DetectionSpan,
  type ReviewStatus,
  type SourceDetections,
  type StoredDetection,
} from './review-types.js';

/** Rows per INSERT: 12 parameters each stays below SQLite's 32,766-parameter limit. */
const CHUNK = 500;

function suggestionRow(sourceId: Id, versionId: Id, d: Detection): DeidDetectionTable {
  return {
    id: newId(),
    source_id: sourceId,
    text_version_id: versionId,
    type: d.type,
    start_utf16: d.startUtf16,
    end_utf16: d.endUtf16,
    score: d.score,
    recognizer: d.recognizer,
    origin: 'detector',
    status: 'suggested',
    reviewer: null,
    reviewed_at: null,
  };
}

const spanKey = (type: string, start: number, end: number) => `${type}:${start}:${end}`;

/**
 * Sources whose texts are detected together (`detectIdentifiersBatch`, faster than text by text;
 * core bounds its own groups by characters). Bounded so that a large study's texts are not all
 * held at once.
 */
const DETECT_SOURCES = 64;

/**
 * Replaces the open suggestions of each source with fresh ones, a few dozen sources at a time,
 * in order. Returns the number of suggestions stored for each.
 */
async function detectSources(ctx: StoreContext, trx: Trx, sourceIds: Id[]) {
  const settings = await readDeidSettings(ctx, trx);
  const out: { sourceId: Id; suggested: number }[] = [];
  for (let i = 0; i < sourceIds.length; i += DETECT_SOURCES) {
    const ids = sourceIds.slice(i, i + DETECT_SOURCES);
    const versions: TextVersion[] = [];
    for (const sourceId of ids) versions.push(await currentVersion(trx, sourceId));
    const detections = detectIdentifiersBatch(
      versions.map((v) => v.text),
      settings.detection,
    );
    for (let k = 0; k < ids.length; k++) {
      const suggested = await storeSuggestions(trx, ids[k]!, versions[k]!, detections[k]!);
      out.push({ sourceId: ids[k]!, suggested });
    }
  }
  return out;
}

/**
 * Replaces a source's open suggestions with its fresh detections. Decisions already made on the
 * current text are kept (a suggestion equal to one is not repeated); detections of older versions
 * (the text was edited since) are dropped, as their offsets no longer fit.
 */
async function storeSuggestions(
  trx: Trx,
  sourceId: Id,
  version: TextVersion,
  detections: readonly Detection[],
): Promise<number> {
  await trx
    .deleteFrom('deid_detections')
    .where('source_id', '=', sourceId)
    .where((eb) => eb.or([eb('text_version_id', '!=', version.id), eb('status', '=', 'suggested')]))
    .execute();
  const kept = await detectionsOf(trx, [version.id]);
  const decided = new Set(kept.map((d) => spanKey(d.type, d.startUtf16, d.endUtf16)));
  const rows = detections
    .filter((d) => !decided.has(spanKey(d.type, d.startUtf16, d.endUtf16)))
    .map((d) => suggestionRow(sourceId, version.id, d));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('deid_detections')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
  return rows.length;
}

async function allSourceIds(db: Executor): Promise<Id[]> {
  const rows = await db.selectFrom('sources').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

async function detect(ctx: StoreContext, actor: Actor, sourceIds?: Id[]) {
  requireActor(actor);
  return mutate(ctx, 'Could not detect identifiers', async (trx) => {
    const out = await detectSources(ctx, trx, sourceIds ?? (await allSourceIds(trx)));
    await appendEvent(ctx, trx, {
      actor,
      action: 'deid.detect',
      entityType: 'study',
      entityId: null,
      before: null,
      after: { sources: out },
    });
    return out;
  });
}

async function list(db: Executor, sourceId: Id): Promise<SourceDetections> {
  const version = await currentVersion(db, sourceId);
  return { sourceId, textVersionId: version.id, detections: await detectionsOf(db, [version.id]) };
}

async function byIds(db: Executor, ids: Id[]): Promise<StoredDetection[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('deid_detections').selectAll().where('id', 'in', ids).execute();
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw notFound('detection', missing);
  return rows.map(toDetection);
}

function requireReviewable(detections: StoredDetection[]): void {
  const applied = detections.find((d) => d.status === 'applied');
  if (applied !== undefined) {
    throw new StoreError(
      'store.conflict',
      `Detection ${applied.id} is already applied; the text no longer holds that identifier.`,
    );
  }
}

const brief = (d: StoredDetection) => ({
  id: d.id,
  type: d.type,
  startUtf16: d.startUtf16,
  endUtf16: d.endUtf16,
  status: d.status,
});

async function review(ctx: StoreContext, actor: Actor, ids: Id[], status: ReviewStatus) {
  requireActor(actor);
  requireOneOf(status, REVIEW_STATUSES, 'Review status');
  return mutate(ctx, 'Could not record the review', async (trx) => {
    const before = await byIds(trx, [...new Set(ids)]);
    requireReviewable(before);
    if (before.length === 0) return [];
    const reviewedAt = status === 'suggested' ? null : ctx.now();
    await trx
      .updateTable('deid_detections')
      .set({ status, reviewer: reviewedAt && actor, reviewed_at: reviewedAt })
      .where(
        'id',
        'in',
        before.map((d) => d.id),
      )
      .execute();
    const after = await byIds(
      trx,
      before.map((d) => d.id),
    );
    await appendEvent(ctx, trx, {
      actor,
      action: 'deid.review',
      entityType: 'source',
      entityId: before[0]!.sourceId,
      before: before.map(brief),
      after: after.map(brief),
    });
    return after;
  });
}

async function add(ctx: StoreContext, actor: Actor, sourceId: Id, span: DetectionSpan) {
  requireActor(actor);
  const type = requireEntityType(span?.type);
  return mutate(ctx, `Could not add a detection to source ${sourceId}`, async (trx) => {
    const version = await currentVersion(trx, sourceId);
    const { startUtf16: start, endUtf16: end } = span;
    const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end;
    if (!ok || end > version.lengthUtf16) {
      throw new StoreError(
        'store.invalid_input',
        `A span needs integer UTF-16 offsets with 0 <= start < end <= ${version.lengthUtf16} ` +
          `(got ${JSON.stringify([start, end])}).`,
      );
    }
    const row: DeidDetectionTable = {
      ...suggestionRow(sourceId, version.id, {
        type,
        startUtf16: start,
        endUtf16: end,
        text: '',
        score: 1,
        recognizer: 'reviewer',
      }),
      origin: 'reviewer',
      status: 'accepted',
      reviewer: actor,
      reviewed_at: ctx.now(),
    };
    await trx.insertInto('deid_detections').values(row).execute();
    const added = toDetection(row);
    await appendEvent(ctx, trx, {
      actor,
      action: 'deid.add',
      entityType: 'source',
      entityId: sourceId,
      before: null,
      after: brief(added),
    });
    return added;
  });
}

async function acceptType(ctx: StoreContext, actor: Actor, type: EntityType, sourceId?: Id) {
  requireActor(actor);
  requireEntityType(type);
  return mutate(ctx, `Could not accept the ${type} suggestions`, async (trx) => {
    const versions = await currentVersionIds(trx, sourceId === undefined ? undefined : [sourceId]);
    if (sourceId !== undefined && versions.size === 0) throw notFound('source', sourceId);
    const ids = (await detectionsOf(trx, [...versions.values()]))
      .filter((d) => d.type === type && d.status === 'suggested')
      .map((d) => d.id);
    for (let i = 0; i < ids.length; i += CHUNK) {
      await trx
        .updateTable('deid_detections')
        .set({ status: 'accepted', reviewer: actor, reviewed_at: ctx.now() })
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute();
    }
    await appendEvent(ctx, trx, {
      actor,
      action: 'deid.accept_type',
      entityType: sourceId === undefined ? 'study' : 'source',
      entityId: sourceId ?? null,
      before: null,
      after: { type, accepted: ids.length },
    });
    return ids.length;
  });
}

async function remaining(db: Executor, sourceId?: Id): Promise<DetectionCounts> {
  const versions = await currentVersionIds(db, sourceId === undefined ? undefined : [sourceId]);
  const counts: DetectionCounts = {
    suggested: 0,
    accepted: 0,
    rejected: 0,
    applied: 0,
    suggestedByType: {},
  };
  const ids = [...versions.values()];
  if (ids.length === 0) return counts;
  const rows = await db
    .selectFrom('deid_detections')
    .select(['status', 'type', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('text_version_id', 'in', ids)
    .groupBy(['status', 'type'])
    .execute();
  for (const row of rows) {
    const n = Number(row.n);
    counts[row.status as keyof Omit<DetectionCounts, 'suggestedByType'>] += n;
    if (row.status === 'suggested') counts.suggestedByType[row.type as EntityType] = n;
  }
  return counts;
}

export function reviewRepo(ctx: StoreContext) {
  return {
    detect: (actor: Actor, sourceIds?: Id[]) => detect(ctx, actor, sourceIds),
    list: (sourceId: Id) => list(ctx.db, sourceId),
    review: (actor: Actor, ids: Id[], status: ReviewStatus) => review(ctx, actor, ids, status),
    add: (actor: Actor, sourceId: Id, span: DetectionSpan) => add(ctx, actor, sourceId, span),
    acceptType: (actor: Actor, type: EntityType, sourceId?: Id) =>
      acceptType(ctx, actor, type, sourceId),
    remaining: (sourceId?: Id) => remaining(ctx.db, sourceId),
  };
}
