/**
 * Co-occurrence from the packs' typed columns (pack-columns.ts): the overlap sweep, or the
 * same-unit sweep over each version's log entries, turns or sections (kept in its pack).
 */
import {
  countOverlaps,
  countUnitCooccurrence,
  cooccurrenceMatrix,
  type CooccurrenceMatrix,
  type CooccurrenceMode,
} from '@liaison/core';
import type { StoreContext } from '../context.js';
import { decodeUnits } from './coding-pack-format.js';
import type { PackedColumns } from './pack-columns.js';

export function computeCooccurrence(
  { cols, packs }: PackedColumns,
  mode: CooccurrenceMode,
): CooccurrenceMatrix {
  if (mode === 'overlap') return cooccurrenceMatrix(mode, cols, countOverlaps(cols));
  const count = countUnitCooccurrence(cols, (v) => decodeUnits(packs[v]!.units));
  return cooccurrenceMatrix(mode, cols, count);
}

/** The sequence number of the study's last event: it changes with every stored change. */
export async function lastEventSeq(ctx: StoreContext): Promise<number> {
  const row = await ctx.db
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}
