/**
 * `deid.apply`: replaces every accepted detection with its pseudonym and removes the
 * identifiers from everything else in the study, in one transaction (all sources or none), then
 * compacts the storage. What is rewritten, and why it cannot be undone, is in docs/deid.md
 * ("Applying").
 */
import { IdentifierScrubber, type Actor, type Id, type PseudonymTable } from '@liaison/core';
import { sql } from 'kysely';
import { mutate, type StoreContext, type Trx } from '../../context.js';
import { appendEvent, requireActor } from '../../events.js';
import { currentVersion } from '../../repos/text-versions.js';
import { currentVersionIds, detectionsOf } from '../detection-rows.js';
import type { DeidApplyOptions, DeidApplyResult } from '../review-types.js';
import { compactStorage } from './compact-storage.js';
import { planRedaction, type SourcePlan } from './plan-redaction.js';
import { redactSource } from './redact-source.js';
import { replaceOriginal } from './replace-original.js';
import { scrubOtherTables } from './scrub-tables.js';

/** Sources with accepted detections on their current text, each with those detections. */
async function plansOf(trx: Trx, sourceIds?: Id[]): Promise<SourcePlan[]> {
  const versions = await currentVersionIds(trx, sourceIds);
  const accepted = (await detectionsOf(trx, [...versions.values()])).filter(
    (d) => d.status === 'accepted',
  );
  const plans: SourcePlan[] = [];
  for (const sourceId of [...new Set(accepted.map((d) => d.sourceId))].sort()) {
    const version = await currentVersion(trx, sourceId);
    plans.push({ sourceId, version, accepted: accepted.filter((d) => d.sourceId === sourceId) });
  }
  return plans;
}

/**
 * SQLite's FTS5 index keeps deleted tokens in its segments until they are merged; `rebuild`
 * writes the index afresh from `search_units` (https://sqlite.org/fts5.html §6.11). PostgreSQL's
 * tsvector is a generated column of the row, rewritten with it.
 */
async function rebuildSearchIndex(ctx: StoreContext, trx: Trx): Promise<void> {
  if (ctx.features.engine !== 'sqlite') return;
  await sql`INSERT INTO search_units_fts(search_units_fts) VALUES ('rebuild')`.execute(trx);
}

async function applyInTransaction(
  ctx: StoreContext,
  trx: Trx,
  actor: Actor,
  table: PseudonymTable,
  options: DeidApplyOptions,
): Promise<DeidApplyResult> {
  const redacted = planRedaction(await plansOf(trx, options.sourceIds), table);
  const scrubber = new IdentifierScrubber(redacted.flatMap((r) => r.known));
  const result: DeidApplyResult = { sources: [], replaced: 0 };
  for (const source of redacted) {
    const { applied, firstText } = await redactSource(ctx, trx, actor, source, scrubber);
    await replaceOriginal(trx, source.sourceId, firstText);
    result.sources.push(applied);
    result.replaced += applied.replaced;
  }
  await scrubOtherTables(ctx, trx, scrubber);
  await rebuildSearchIndex(ctx, trx);
  // Counts and ids only: the event must not carry the identifiers it removed.
  await appendEvent(ctx, trx, {
    actor,
    action: 'deid.apply',
    entityType: 'study',
    entityId: null,
    before: null,
    after: result,
  });
  await options.beforeCommit?.();
  return result;
}

export async function applyDeid(
  ctx: StoreContext,
  actor: Actor,
  table: PseudonymTable,
  options: DeidApplyOptions = {},
): Promise<DeidApplyResult> {
  requireActor(actor);
  const result = await mutate(ctx, 'Could not apply the de-identification', (trx) =>
    applyInTransaction(ctx, trx, actor, table, options),
  );
  if (result.sources.length > 0) await compactStorage(ctx);
  return result;
}
