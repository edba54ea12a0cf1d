/**
 * Co-occurrence from typed coding columns (read by span-columns.ts): the overlap sweep, or the
 * same-unit sweep over each version's log entries, turns or sections.
 */
import {
  countOverlaps,
  countUnitCooccurrence,
  cooccurrenceMatrix,
  unitSpansOf,
  type CodingColumns,
  type CooccurrenceMatrix,
  type CooccurrenceMode,
  type Id,
  type UnitSpans,
} from '@liaison/core';
import type { StoreContext } from '../context.js';
import { structuresOf } from './segment-rows.js';

async function unitsOfVersions(ctx: StoreContext, versionIds: readonly Id[]): Promise<UnitSpans[]> {
  const structures = await structuresOf(ctx, versionIds);
  const none: UnitSpans = { start: new Int32Array(0), end: new Int32Array(0) };
  return versionIds.map((id) => {
    const structure = structures.get(id);
    return structure === undefined ? none : unitSpansOf(structure);
  });
}

export async function computeCooccurrence(
  ctx: StoreContext,
  cols: CodingColumns,
  mode: CooccurrenceMode,
): Promise<CooccurrenceMatrix> {
  if (mode === 'overlap') return cooccurrenceMatrix(mode, cols, countOverlaps(cols));
  const units = await unitsOfVersions(ctx, cols.versionIds);
  return cooccurrenceMatrix(
    mode,
    cols,
    countUnitCooccurrence(cols, (v) => units[v]!),
  );
}

/** The sequence number of the study's last event: it changes with every stored change. */
export async function lastEventSeq(ctx: StoreContext): Promise<number> {
  const row = await ctx.db
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}
