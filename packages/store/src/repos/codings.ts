import { ANCHOR_STATUSES, newId, type Actor, type Coding, type Id } from '@liaison/core';
import { mutate, type Executor, type StoreContext, type Trx } from '../context.js';
import type { CodingInput, StudyStore } from '../contract.js';
import { StoreError, notFound } from '../errors.js';
import { appendEvent, requireActor } from '../events.js';
import { requireOneOf, requireText } from '../validate.js';
import { refuseRetiredCodes } from './code-rows.js';
import { toCoding, toCodingRow } from './coding-rows.js';

/** Rows handed to the engine's bulk insert at once (bounds memory and statement size). */
const BULK_CHUNK = 10_000;

interface VersionText {
  id: Id;
  source_id: Id;
  text: string;
}

/** The text versions the inputs point at, read once per call. */
async function versionsOf(db: Executor, inputs: CodingInput[]): Promise<Map<Id, VersionText>> {
  const ids = [...new Set(inputs.map((i) => i.textVersionId))];
  const found = new Map<Id, VersionText>();
  for (let i = 0; i < ids.length; i += BULK_CHUNK) {
    const rows = await db
      .selectFrom('text_versions')
      .select(['id', 'source_id', 'text'])
      .where('id', 'in', ids.slice(i, i + BULK_CHUNK))
      .execute();
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

function invalid(message: string): StoreError {
  return new StoreError('store.invalid_input', message);
}

/** The anchor's position must lie in the text and its quote must be the text there. */
function checkAnchor(input: CodingInput, version: VersionText | undefined): void {
  if (version === undefined) throw notFound('text version', input.textVersionId);
  const { startUtf16: start, endUtf16: end } = input.anchor.position;
  const inside =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= version.text.length;
  if (!inside || start > end) {
    throw invalid(`Coding span ${start}–${end} lies outside text version ${version.id}.`);
  }
  if (version.text.slice(start, end) !== input.anchor.quote.exact) {
    throw invalid(
      `Coding quote does not match text version ${version.id} at ${start}–${end}: ` +
        'build the anchor from the version being coded.',
    );
  }
}

export function newCoding(
  input: CodingInput,
  version: VersionText | undefined,
  now: string,
): Coding {
  checkAnchor(input, version);
  requireText(input.coder, 'Coder');
  return {
    id: newId(),
    codeId: input.codeId,
    sourceId: (version as VersionText).source_id,
    textVersionId: input.textVersionId,
    coder: input.coder,
    anchor: {
      position: { ...input.anchor.position, type: 'TextPositionSelector' },
      quote: { ...input.anchor.quote, type: 'TextQuoteSelector' },
    },
    status: 'exact',
    score: 1,
    createdAt: now,
  };
}

function create(ctx: StoreContext, actor: Actor, input: CodingInput): Promise<Coding> {
  return mutate(ctx, `Could not code text version ${input.textVersionId}`, async (trx) => {
    const versions = await versionsOf(trx, [input]);
    await refuseRetiredCodes(trx, [input.codeId]);
    const coding = newCoding(input, versions.get(input.textVersionId), ctx.now());
    await trx.insertInto('codings').values(toCodingRow(coding)).execute();
    await appendEvent(ctx, trx, {
      actor,
      action: 'coding.create',
      entityType: 'coding',
      entityId: coding.id,
      before: null,
      after: coding,
    });
    return coding;
  });
}

/** Validates everything first, then inserts in chunks; one event describes the batch. */
async function createMany(ctx: StoreContext, actor: Actor, inputs: CodingInput[]): Promise<number> {
  requireActor(actor);
  if (inputs.length === 0) return 0;
  return mutate(ctx, `Could not store ${inputs.length} codings`, async (trx) => {
    const versions = await versionsOf(trx, inputs);
    await refuseRetiredCodes(
      trx,
      inputs.map((i) => i.codeId),
    );
    const now = ctx.now();
    const codings = inputs.map((i) => newCoding(i, versions.get(i.textVersionId), now));
    for (let i = 0; i < codings.length; i += BULK_CHUNK) {
      await ctx.features.bulk.codings(trx, codings.slice(i, i + BULK_CHUNK).map(toCodingRow));
    }
    await appendEvent(ctx, trx, batchEvent(actor, codings));
    return codings.length;
  });
}

/** Ids of a batch are not listed (a batch may hold a million); its codes and sources are. */
function batchEvent(actor: Actor, codings: Coding[]) {
  return {
    actor,
    action: 'coding.create_many',
    entityType: 'coding',
    entityId: null,
    before: null,
    after: {
      count: codings.length,
      codeIds: [...new Set(codings.map((c) => c.codeId))].sort(),
      sourceIds: [...new Set(codings.map((c) => c.sourceId))].sort(),
    },
  };
}

function remove(ctx: StoreContext, actor: Actor, id: Id): Promise<void> {
  return mutate(ctx, `Could not remove coding ${id}`, async (trx: Trx) => {
    const row = await trx.selectFrom('codings').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) throw notFound('coding', id);
    await trx.deleteFrom('codings').where('id', '=', id).execute();
    await appendEvent(ctx, trx, {
      actor,
      action: 'coding.remove',
      entityType: 'coding',
      entityId: id,
      before: toCoding(row),
      after: null,
    });
  });
}

export function codingsRepo(ctx: StoreContext): StudyStore['codings'] {
  const select = () => ctx.db.selectFrom('codings').selectAll();
  return {
    create: (actor, input) => create(ctx, actor, input),
    createMany: (actor, inputs) => createMany(ctx, actor, inputs),
    // Orders match the (code_id, source_id, start_utf16) and (source_id, start_utf16) indexes.
    byCode: async (codeId) =>
      (
        await select()
          .where('code_id', '=', codeId)
          .orderBy('source_id')
          .orderBy('start_utf16')
          .execute()
      ).map(toCoding),
    bySource: async (sourceId, filter = {}) => {
      let query = select().where('source_id', '=', sourceId);
      if (filter.coder !== undefined) query = query.where('coder', '=', filter.coder);
      // `id` breaks ties so codings that start together keep one order on both engines.
      return (await query.orderBy('start_utf16').orderBy('id').execute()).map(toCoding);
    },
    get: async (id) => {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row && toCoding(row);
    },
    byStatus: async (status) =>
      (
        await select()
          .where('status', '=', requireOneOf(status, ANCHOR_STATUSES, 'Anchor status'))
          .orderBy('source_id')
          .orderBy('start_utf16')
          .execute()
      ).map(toCoding),
    remove: (actor, id) => remove(ctx, actor, id),
  };
}
