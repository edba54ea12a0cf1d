/**
 * The disagreement review (docs/agreement.md): disputed spans are recomputed from the codings on
 * each source's current text version (core's findDisputes) and joined with their stored
 * resolutions (migration 0008). Like agreement, the review skips sources some compared coder
 * never coded: they are not double-coded, so nothing there is in dispute. While a blind round is unrevealed the review is refused, so no
 * coder learns the others' codings from it: discussion comes after the reveal.
 */
import {
  DEFAULT_CODING_SETTINGS,
  DISPUTE_OUTCOMES,
  describeAnchor,
  findDisputes,
  newId,
  type Actor,
  type Dispute,
  type DisputeResolution,
  type Id,
  type ReviewDispute,
} from '@liaison/core';
import { mutate, type Executor, type StoreContext, type Trx } from '../context.js';
import type { DisputeQuery, DisputeResolutionInput, StudyStore } from '../contract.js';
import { StoreError, notFound } from '../errors.js';
import { appendEvent, requireActor } from '../events.js';
import type { DisputeResolutionTable } from '../schema/tables.js';
import { requireOneOf, requireText } from '../validate.js';
import { refuseRetiredCodes } from './code-rows.js';
import { toCodingRow } from './coding-rows.js';
import { newCoding } from './codings.js';
import { currentVersion } from './text-versions.js';

const invalid = (message: string) => new StoreError('store.invalid_input', message);

async function refuseWhileBlind(db: Executor): Promise<void> {
  const row = await db.selectFrom('coding_settings').selectAll().executeTakeFirst();
  const blind = row ? row.blind === 1 : DEFAULT_CODING_SETTINGS.blind;
  const revealed = row ? row.revealed === 1 : DEFAULT_CODING_SETTINGS.revealed;
  if (blind && !revealed)
    throw new StoreError(
      'store.forbidden',
      'The blind coding round is not revealed yet: disputes can be reviewed once the coding lead reveals the codings.',
    );
}

function checkCoders(coders: unknown): string[] {
  if (!Array.isArray(coders)) throw invalid('Coders must be a list of at least two names.');
  const names = coders.map((c) => requireText(c, 'Coder'));
  if (new Set(names).size < 2 || names.length !== new Set(names).size)
    throw invalid('Give at least two different coders to compare.');
  if (names.some((n) => n.includes(','))) throw invalid('Coder names cannot hold a comma.');
  return names;
}

function toResolution(ctx: StoreContext, row: DisputeResolutionTable): DisputeResolution {
  return {
    id: row.id,
    sourceId: row.source_id,
    textVersionId: row.text_version_id,
    start: row.start_utf16,
    end: row.end_utf16,
    coders: row.coders.split(','),
    outcome: row.outcome as DisputeResolution['outcome'],
    codeIds: ctx.features.json.decode(row.code_ids) as string[],
    note: row.note,
    codingIds: ctx.features.json.decode(row.coding_ids) as string[],
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
  };
}

interface SourceDisputes {
  source: { id: Id; name: string };
  version: { id: Id; text: string };
  disputes: Dispute[];
  /** Every compared coder coded the version; only such sources are listed (as for agreement). */
  doubleCoded: boolean;
}

/** The disputes of one source's current text version. */
async function disputesOf(
  db: Executor,
  source: { id: Id; name: string },
  coders: string[],
  threshold?: number,
): Promise<SourceDisputes> {
  const version = await currentVersion(db, source.id);
  const rows = await db
    .selectFrom('codings')
    .select(['coder', 'code_id', 'start_utf16', 'end_utf16'])
    .where('text_version_id', '=', version.id)
    .where('status', '!=', 'orphaned')
    .where('coder', 'in', coders)
    .execute();
  const codings = rows.map((r) => ({
    document: source.id,
    coder: r.coder,
    code: r.code_id,
    start: r.start_utf16,
    end: r.end_utf16,
  }));
  const disputes = findDisputes({ codings, coders, ...(threshold ? { threshold } : {}) });
  const doubleCoded = coders.every((c) => rows.some((r) => r.coder === c));
  return { source, version, disputes, doubleCoded };
}

async function sourcesFor(db: Executor, sourceId: Id | undefined) {
  let query = db.selectFrom('sources').select(['id', 'name']).orderBy('name').orderBy('id');
  if (sourceId !== undefined) query = query.where('id', '=', sourceId);
  const rows = await query.execute();
  if (sourceId !== undefined && rows.length === 0) throw notFound('source', sourceId);
  return rows;
}

async function list(ctx: StoreContext, query: DisputeQuery): Promise<ReviewDispute[]> {
  await refuseWhileBlind(ctx.db);
  const coders = checkCoders(query.coders);
  const names = new Map(
    (await ctx.db.selectFrom('codes').select(['id', 'name']).execute()).map((c) => [c.id, c.name]),
  );
  const out: ReviewDispute[] = [];
  for (const source of await sourcesFor(ctx.db, query.sourceId)) {
    const found = await disputesOf(ctx.db, source, coders, query.threshold);
    if (found.disputes.length === 0 || !found.doubleCoded) continue;
    const resolutions = await resolutionsOf(ctx, found.version.id, coders);
    out.push(...found.disputes.map((d) => toReview(found, d, coders, names, resolutions)));
  }
  return out;
}

async function resolutionsOf(ctx: StoreContext, versionId: Id, coders: string[]) {
  const rows = await ctx.db
    .selectFrom('dispute_resolutions')
    .selectAll()
    .where('text_version_id', '=', versionId)
    .where('coders', '=', coders.join(','))
    .execute();
  return new Map(rows.map((r) => [`${r.start_utf16}:${r.end_utf16}`, toResolution(ctx, r)]));
}

function toReview(
  found: SourceDisputes,
  d: Dispute,
  coders: string[],
  names: Map<string, string>,
  resolutions: Map<string, DisputeResolution>,
): ReviewDispute {
  return {
    sourceId: found.source.id,
    sourceName: found.source.name,
    textVersionId: found.version.id,
    start: d.start,
    end: d.end,
    coders,
    kind: d.kind,
    text: found.version.text.slice(d.start, d.end),
    sides: d.sides.map((s) => ({
      coder: s.coder,
      segments: s.segments.map(({ code, start, end }) => ({
        codeId: code,
        codeName: names.get(code) ?? code,
        start,
        end,
      })),
    })),
    resolution: resolutions.get(`${d.start}:${d.end}`) ?? null,
  };
}

/** The outcome must agree with the codes: none for `neither`, at least one otherwise. */
function checkOutcome(input: DisputeResolutionInput): void {
  requireOneOf(input.outcome, DISPUTE_OUTCOMES, 'Outcome');
  if (!Array.isArray(input.codeIds) || input.codeIds.some((c) => typeof c !== 'string'))
    throw invalid('Code ids must be a list of code ids.');
  if (input.outcome === 'neither' && input.codeIds.length > 0)
    throw invalid('Outcome "neither" applies no code; leave the codes empty.');
  if (input.outcome !== 'neither' && input.codeIds.length === 0)
    throw invalid(`Outcome "${input.outcome}" needs the codes that apply.`);
  if (typeof (input.note ?? '') !== 'string') throw invalid('The note must be text.');
}

/** The current dispute the input names, or not_found when the codings no longer dispute it. */
async function requireDispute(db: Executor, input: DisputeResolutionInput, coders: string[]) {
  const source = (await sourcesFor(db, input.sourceId))[0] as { id: Id; name: string };
  const found = await disputesOf(db, source, coders);
  const match = found.disputes.find((d) => d.start === input.start && d.end === input.end);
  if (found.version.id !== input.textVersionId || match === undefined || !found.doubleCoded)
    throw notFound('dispute', `${input.sourceId} ${input.start}–${input.end}`);
  return found.version;
}

async function checkCodes(db: Executor, codeIds: string[]): Promise<void> {
  for (const id of new Set(codeIds)) {
    const row = await db.selectFrom('codes').select('id').where('id', '=', id).executeTakeFirst();
    if (row === undefined) throw notFound('code', id);
  }
  await refuseRetiredCodes(db, codeIds);
}

/** Codings of the agreed codes over the disputed span, coded by the resolver. */
async function applyCodings(
  ctx: StoreContext,
  trx: Trx,
  actor: Actor,
  input: DisputeResolutionInput,
  version: { id: Id; source_id: Id; text: string },
): Promise<Id[]> {
  const anchor = describeAnchor(version.text, input.start, input.end);
  const now = ctx.now();
  const codings = [...new Set(input.codeIds)].map((codeId) =>
    newCoding({ codeId, textVersionId: version.id, coder: actor, anchor }, version, now),
  );
  for (const coding of codings) {
    await trx.insertInto('codings').values(toCodingRow(coding)).execute();
    await appendEvent(ctx, trx, {
      actor,
      action: 'coding.create',
      entityType: 'coding',
      entityId: coding.id,
      before: null,
      after: coding,
    });
  }
  return codings.map((c) => c.id);
}

async function resolve(
  ctx: StoreContext,
  actor: Actor,
  input: DisputeResolutionInput,
): Promise<DisputeResolution> {
  requireActor(actor);
  const coders = checkCoders(input.coders);
  checkOutcome(input);
  return mutate(ctx, 'Could not resolve the dispute', async (trx) => {
    await refuseWhileBlind(trx);
    await checkCodes(trx, input.codeIds);
    const version = await requireDispute(trx, input, coders);
    const versionRow = { id: version.id, source_id: input.sourceId, text: version.text };
    const codingIds = input.applyCodings
      ? await applyCodings(ctx, trx, actor, input, versionRow)
      : [];
    return store(ctx, trx, actor, { ...input, coders, codingIds });
  });
}

async function store(
  ctx: StoreContext,
  trx: Trx,
  actor: Actor,
  input: DisputeResolutionInput & { coders: string[]; codingIds: Id[] },
): Promise<DisputeResolution> {
  const key = { version: input.textVersionId, coders: input.coders.join(',') };
  const old = await trx
    .selectFrom('dispute_resolutions')
    .selectAll()
    .where('text_version_id', '=', key.version)
    .where('start_utf16', '=', input.start)
    .where('end_utf16', '=', input.end)
    .where('coders', '=', key.coders)
    .executeTakeFirst();
  if (old) await trx.deleteFrom('dispute_resolutions').where('id', '=', old.id).execute();
  const row: DisputeResolutionTable = {
    id: newId(),
    source_id: input.sourceId,
    text_version_id: key.version,
    start_utf16: input.start,
    end_utf16: input.end,
    coders: key.coders,
    outcome: input.outcome,
    code_ids: ctx.features.json.encode([...new Set(input.codeIds)]),
    note: input.note ?? '',
    coding_ids: ctx.features.json.encode(input.codingIds),
    resolved_by: actor,
    resolved_at: ctx.now(),
  };
  await trx.insertInto('dispute_resolutions').values(row).execute();
  // Built from the values, not decoded from the row: PostgreSQL hands jsonb back parsed.
  const codes = { codeIds: [...new Set(input.codeIds)], codingIds: input.codingIds };
  const after = { ...toResolution(ctx, row), ...codes };
  await appendEvent(ctx, trx, {
    actor,
    action: 'dispute.resolve',
    entityType: 'dispute_resolution',
    entityId: after.id,
    before: old ? toResolution(ctx, old) : null,
    after,
  });
  return after;
}

export function disputesRepo(ctx: StoreContext): StudyStore['disputes'] {
  return {
    list: (query) => list(ctx, query),
    resolve: (actor, input) => resolve(ctx, actor, input),
  };
}
