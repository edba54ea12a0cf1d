import { createHash } from 'node:crypto';
import type { DatasetKind, Id, Provenance, SourceFormat } from '@liaison/core';
import type { Executor, StoreContext } from '../context.js';
import type { SourceFilter, SourceSummary, StudyStore } from '../contract.js';
import { mutate } from '../context.js';
import { StoreError, notFound } from '../errors.js';
import { appendEvent } from '../events.js';

/** Sources joined with dataset, site, blob size, current version and its unit count. */
function summaries(db: Executor) {
  return db
    .selectFrom('sources as s')
    .innerJoin('datasets as d', 'd.id', 's.dataset_id')
    .leftJoin('sites as si', 'si.id', 's.site_id')
    .innerJoin('blobs as b', 'b.sha256', 's.sha256')
    .innerJoin('text_versions as tv', (join) =>
      join.onRef('tv.source_id', '=', 's.id').on('tv.number', '=', (eb) =>
        eb
          .selectFrom('text_versions as latest')
          .select((e) => e.fn.max('latest.number').as('n'))
          .whereRef('latest.source_id', '=', 's.id'),
      ),
    )
    .selectAll('s')
    .select((eb) => [
      'd.name as dataset_name',
      'd.kind as dataset_kind',
      'si.name as site_name',
      'b.byte_length',
      'tv.number as current_version',
      'tv.length_utf16',
      eb
        .selectFrom('search_units as u')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('u.source_id', '=', 's.id')
        .as('unit_count'),
    ])
    .orderBy('s.name')
    .orderBy('s.id');
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

/** Above this many sources, read every link rather than bind one parameter per source. */
const MAX_IN_LIST = 500;

/** Speaker links per source (transcripts), read in one query. */
async function participantIdsOf(db: Executor, sourceIds: Id[]): Promise<Map<Id, Id[]>> {
  const bySource = new Map<Id, Id[]>(sourceIds.map((id) => [id, []]));
  if (sourceIds.length === 0) return bySource;
  let query = db.selectFrom('source_participants').selectAll().orderBy('participant_id');
  if (sourceIds.length <= MAX_IN_LIST) query = query.where('source_id', 'in', sourceIds);
  const rows = await query.execute();
  for (const row of rows) bySource.get(row.source_id)?.push(row.participant_id);
  return bySource;
}

function toSummary(ctx: StoreContext, row: SummaryRow, participantIds: Id[]): SourceSummary {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    siteId: row.site_id,
    caseId: row.case_id,
    name: row.name,
    format: row.format as SourceFormat,
    mediaType: row.media_type,
    sha256: row.sha256,
    byteLength: row.byte_length,
    provenance: ctx.features.json.decode(row.provenance) as Provenance,
    participantIds,
    datasetName: row.dataset_name,
    datasetKind: row.dataset_kind as DatasetKind,
    siteName: row.site_name,
    currentVersion: row.current_version,
    unitCount: Number(row.unit_count ?? 0),
    lengthUtf16: row.length_utf16,
  };
}

export async function listSources(
  ctx: StoreContext,
  db: Executor,
  filter: SourceFilter & { ids?: Id[] } = {},
): Promise<SourceSummary[]> {
  let query = summaries(db);
  if (filter.datasetId !== undefined) query = query.where('s.dataset_id', '=', filter.datasetId);
  if (filter.siteId !== undefined) query = query.where('s.site_id', '=', filter.siteId);
  if (filter.ids !== undefined) query = query.where('s.id', 'in', filter.ids);
  const rows = await query.execute();
  const links = await participantIdsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toSummary(ctx, row, links.get(row.id) ?? []));
}

async function getSource(ctx: StoreContext, db: Executor, id: Id) {
  return (await listSources(ctx, db, { ids: [id] }))[0];
}

/** The bytes as stored, refused if they no longer hash to the SHA-256 they are filed under. */
async function originalBytes(ctx: StoreContext, id: Id): Promise<Uint8Array> {
  const row = await ctx.db
    .selectFrom('sources as s')
    .innerJoin('blobs as b', 'b.sha256', 's.sha256')
    .select(['b.sha256', 'b.bytes'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (row === undefined) throw notFound('source', id);
  const bytes = new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
  if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
    throw new StoreError(
      'store.integrity',
      `The original bytes of source ${id} no longer match their SHA-256 ${row.sha256}: the ` +
        'study file was changed outside Liaison. Restore it from a backup.',
    );
  }
  return bytes;
}

/** Replaces the source's speaker links (ids deduplicated; unknown ids fail the foreign key). */
export async function writeParticipantLinks(db: Executor, sourceId: Id, ids: Id[]): Promise<void> {
  await db.deleteFrom('source_participants').where('source_id', '=', sourceId).execute();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const values = unique.map((participant_id) => ({ source_id: sourceId, participant_id }));
  await db.insertInto('source_participants').values(values).execute();
}

function setParticipants(ctx: StoreContext, actor: string, id: Id, ids: Id[]): Promise<void> {
  return mutate(ctx, `Could not link participants to source ${id}`, async (trx) => {
    const before = await getSource(ctx, trx, id);
    if (before === undefined) throw notFound('source', id);
    await writeParticipantLinks(trx, id, ids);
    await appendEvent(ctx, trx, {
      actor,
      action: 'source.set_participants',
      entityType: 'source',
      entityId: id,
      before: { participantIds: before.participantIds },
      after: { participantIds: [...new Set(ids)].sort() },
    });
  });
}

export function sourcesRepo(ctx: StoreContext): StudyStore['sources'] {
  return {
    list: (filter) => listSources(ctx, ctx.db, filter),
    get: (id) => getSource(ctx, ctx.db, id),
    originalBytes: (id) => originalBytes(ctx, id),
    setParticipants: (actor, id, ids) => setParticipants(ctx, actor, id, ids),
  };
}
