/**
 * Coded segments read for queries: only the columns a segment shows, and the speakers of each
 * transcript segment (from the text version's structure and the source's linked participants).
 */
import {
  participantsBySpeaker,
  speakersAt,
  type Actor,
  type Id,
  type QuerySegment,
  type Structure,
} from '@liaison/core';
import type { StoreContext } from '../context.js';
import type { LoadedContext } from './query-context.js';

/** Codes per `IN (…)` list: far below SQLite's 32,766-parameter limit. */
const CHUNK = 1000;

type Row = Omit<QuerySegment, 'participantIds'>;

async function readRows(
  ctx: StoreContext,
  codeIds: readonly Id[],
  coder: Actor | undefined,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < codeIds.length; i += CHUNK) {
    let query = ctx.db
      .selectFrom('codings')
      .select([
        'id as codingId',
        'code_id as codeId',
        'source_id as sourceId',
        'text_version_id as textVersionId',
        'coder',
        'start_utf16 as startUtf16',
        'end_utf16 as endUtf16',
        'exact',
      ])
      .where('code_id', 'in', codeIds.slice(i, i + CHUNK));
    if (coder !== undefined) query = query.where('coder', '=', coder);
    rows.push(...(await query.execute()));
  }
  return rows;
}

/** Structures of the given versions, read in chunks. */
export async function structuresOf(
  ctx: StoreContext,
  versionIds: readonly Id[],
): Promise<Map<Id, Structure>> {
  const out = new Map<Id, Structure>();
  for (let i = 0; i < versionIds.length; i += CHUNK) {
    const rows = await ctx.db
      .selectFrom('structures')
      .select(['text_version_id', 'structure'])
      .where('text_version_id', 'in', versionIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows)
      out.set(r.text_version_id, ctx.features.json.decode(r.structure) as Structure);
  }
  return out;
}

/** Adds each segment's speaking participants; only sources with linked participants need it. */
async function withSpeakers(
  ctx: StoreContext,
  rows: Row[],
  qc: LoadedContext,
): Promise<QuerySegment[]> {
  const spoken = rows.filter((r) => qc.peopleOf(r.sourceId).length > 0);
  const structures = await structuresOf(ctx, [...new Set(spoken.map((r) => r.textVersionId))]);
  const linkers = new Map<Id, (labels: readonly string[]) => Id[]>();
  return rows.map((row) => {
    const structure = structures.get(row.textVersionId);
    if (structure === undefined) return { ...row, participantIds: [] };
    let link = linkers.get(row.sourceId);
    if (link === undefined) {
      link = participantsBySpeaker(qc.peopleOf(row.sourceId));
      linkers.set(row.sourceId, link);
    }
    return { ...row, participantIds: link(speakersAt(structure, row.startUtf16, row.endUtf16)) };
  });
}

export async function readSegments(
  ctx: StoreContext,
  codeIds: readonly Id[],
  qc: LoadedContext,
  coder?: Actor,
): Promise<QuerySegment[]> {
  return withSpeakers(ctx, await readRows(ctx, codeIds, coder), qc);
}
