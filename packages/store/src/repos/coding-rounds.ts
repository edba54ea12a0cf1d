/**
 * Coding rounds: named snapshots of the codebook, each placed in the audit trail by the
 * sequence number of the last event before it. The diff between two rounds compares their
 * snapshots and reads the codebook operations recorded between them for the reasons.
 */
import {
  diffCodebooks,
  newId,
  operationOf,
  type Actor,
  type Code,
  type CodebookOperation,
  type Id,
} from '@liaison/core';
import { mutate, type Executor, type StoreContext } from '../context.js';
import type {
  CodebookDiff,
  CodingRound,
  CodingRoundInput,
  CodingRoundSummary,
  StudyStore,
} from '../contract.js';
import { notFound, StoreError } from '../errors.js';
import { appendEvent } from '../events.js';
import type { CodingRoundTable } from '../schema/tables.js';
import { requireText } from '../validate.js';
import { toCode } from './code-rows.js';

function toSummary(row: CodingRoundTable): CodingRoundSummary {
  return {
    id: row.id,
    name: row.name,
    datasetId: row.dataset_id,
    eventSeq: Number(row.event_seq),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function summaryOf(round: CodingRound): CodingRoundSummary {
  const { id, name, datasetId, eventSeq, createdAt, createdBy } = round;
  return { id, name, datasetId, eventSeq, createdAt, createdBy };
}

function toRound(ctx: StoreContext, row: CodingRoundTable): CodingRound {
  const codes = ctx.features.json.decode(row.codes);
  return { ...toSummary(row), codes: Array.isArray(codes) ? (codes as Code[]) : [] };
}

/** The codes a round of `datasetId` covers: that dataset's and the shared ones (all if null). */
async function codesFor(ctx: StoreContext, db: Executor, datasetId: Id | null): Promise<Code[]> {
  let query = db.selectFrom('codes').selectAll().orderBy('name').orderBy('id');
  if (datasetId !== null) {
    query = query.where((eb) =>
      eb.or([eb('dataset_id', '=', datasetId), eb('dataset_id', 'is', null)]),
    );
  }
  return (await query.execute()).map((row) => toCode(ctx, row));
}

async function lastSeq(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

function create(ctx: StoreContext, actor: Actor, input: CodingRoundInput): Promise<CodingRound> {
  return mutate(ctx, `Could not create coding round "${input.name}"`, async (trx) => {
    const name = requireText(input.name, 'Round name').trim();
    // Taken first so no event can slip in between the snapshot and its sequence number.
    await ctx.features.eventOrdering.serialise(trx);
    const datasetId = input.datasetId ?? null;
    const codes = await codesFor(ctx, trx, datasetId);
    const round: CodingRound = {
      id: newId(),
      name,
      datasetId,
      eventSeq: await lastSeq(trx),
      createdAt: ctx.now(),
      createdBy: actor,
      codes,
    };
    await trx.insertInto('coding_rounds').values(toRoundRow(ctx, round)).execute();
    await appendEvent(ctx, trx, {
      actor,
      action: 'coding_round.create',
      entityType: 'coding_round',
      entityId: round.id,
      before: null,
      after: { ...summaryOf(round), codeCount: codes.length },
    });
    return round;
  });
}

function toRoundRow(ctx: StoreContext, round: CodingRound): CodingRoundTable {
  return {
    id: round.id,
    name: round.name,
    dataset_id: round.datasetId,
    event_seq: round.eventSeq,
    codes: ctx.features.json.encode(round.codes),
    created_at: round.createdAt,
    created_by: round.createdBy,
  };
}

async function getRound(ctx: StoreContext, id: Id): Promise<CodingRound | undefined> {
  const row = await ctx.db
    .selectFrom('coding_rounds')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toRound(ctx, row);
}

/**
 * Codebook operations recorded after `afterSeq` up to `toSeq` (inclusive). Only `code` events
 * are read (by the SQL filter), so a study with a million coding events costs no more.
 */
async function operationsBetween(
  ctx: StoreContext,
  afterSeq: number,
  toSeq: number,
): Promise<CodebookOperation[]> {
  const rows = await ctx.db
    .selectFrom('events')
    .selectAll()
    .where('entity_type', '=', 'code')
    .where('seq', '>', afterSeq)
    .where('seq', '<=', toSeq)
    .orderBy('seq')
    .execute();
  const operations = rows.map((row) =>
    operationOf({
      seq: Number(row.seq),
      at: row.at,
      actor: row.actor,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: null,
      after: ctx.features.json.decode(row.after) ?? null,
    }),
  );
  return operations.filter((op): op is CodebookOperation => op !== null);
}

async function requireRound(ctx: StoreContext, id: Id): Promise<CodingRound> {
  const round = await getRound(ctx, id);
  if (round === undefined) throw notFound('coding round', id);
  return round;
}

async function diff(ctx: StoreContext, fromId: Id, toId: Id | 'current'): Promise<CodebookDiff> {
  const from = await requireRound(ctx, fromId);
  const to = toId === 'current' ? undefined : await requireRound(ctx, toId);
  const toSeq = to?.eventSeq ?? (await lastSeq(ctx.db));
  if (toSeq < from.eventSeq) {
    throw new StoreError(
      'store.invalid_input',
      `Round "${from.name}" was taken after round "${to?.name}": give the earlier round as "from".`,
    );
  }
  const toCodes = to?.codes ?? (await codesFor(ctx, ctx.db, from.datasetId));
  const operations = await operationsBetween(ctx, from.eventSeq, toSeq);
  const changes = diffCodebooks(from.codes, toCodes, operations);
  return { from: summaryOf(from), to: to === undefined ? 'current' : summaryOf(to), changes };
}

export function roundsRepo(ctx: StoreContext): StudyStore['rounds'] {
  return {
    create: (actor, input) => create(ctx, actor, input),
    list: async () =>
      (
        await ctx.db
          .selectFrom('coding_rounds')
          .selectAll()
          .orderBy('event_seq')
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      ).map(toSummary),
    get: (id) => getRound(ctx, id),
    diff: (fromId, toId) => diff(ctx, fromId, toId),
  };
}
