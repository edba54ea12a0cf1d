/**
 * Stored police-log analyses (one per text version) and the corrections in force per source.
 * Reads apply the corrections over the classifier's result with core's `applyCorrections`, so
 * corrections always win and survive re-analysis. Corrections are keyed by source, not by text
 * version: after an edit that renumbers entries, a correction of a missing entry is ignored.
 * The "reviewed" mark is keyed by text version (log-reviews.ts): a new version is unchecked text.
 */
import {
  applyCorrections,
  type Actor,
  type ContinuumScale,
  type Correction,
  type CorrectionTarget,
  type Id,
  type LogAnalysis,
} from '@liaison/core';
import { mutate, type Executor, type StoreContext, type Trx } from '../context.js';
import type { LogReview, StoredAnalysis, StudyStore } from '../contract.js';
import { StoreError } from '../errors.js';
import { appendEvent, requireActor } from '../events.js';
import type { LogAnalysisTable } from '../schema/tables.js';
import { latestScale } from './continuum-scales.js';
import { latestLexicon } from './lexicons.js';
import {
  checkCorrection,
  checkTarget,
  knownAgencies,
  mergeCorrection,
  targetKey,
  valueAt,
  withoutTarget,
} from './log-corrections.js';
import { removeReview, reviewOf, saveReview } from './log-reviews.js';
import { currentVersion } from './text-versions.js';

async function correctionsOf(ctx: StoreContext, db: Executor, sourceId: Id) {
  const rows = await db
    .selectFrom('log_corrections')
    .select(['target', 'position', 'correction'])
    .where('source_id', '=', sourceId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    target: r.target,
    position: r.position,
    correction: ctx.features.json.decode(r.correction) as Correction,
  }));
}

/** What a read adds to the stored row: the corrections, the study's scale, the review mark. */
interface AnalysisState {
  corrections: Correction[];
  scale: ContinuumScale;
  reviewed: LogReview | null;
}

/** The stored analysis as the study reports it: corrections applied, placed on the scale. */
function present(row: LogAnalysisTable, computed: LogAnalysis, state: AnalysisState) {
  const { corrections, scale, reviewed } = state;
  return {
    sourceId: row.source_id,
    textVersionId: row.text_version_id,
    lexiconVersion: row.lexicon_version,
    scaleVersion: scale.version,
    analysis: applyCorrections(computed, corrections, scale),
    computed,
    corrections,
    reviewed,
    storedAt: row.created_at,
    storedBy: row.created_by,
  } satisfies StoredAnalysis;
}

async function stateOf(ctx: StoreContext, db: Executor, row: LogAnalysisTable) {
  return {
    corrections: (await correctionsOf(ctx, db, row.source_id)).map((c) => c.correction),
    scale: (await latestScale(ctx, db)).scale,
    reviewed: await reviewOf(db, row.source_id, row.text_version_id),
  } satisfies AnalysisState;
}

async function read(ctx: StoreContext, db: Executor, sourceId: Id) {
  const version = await currentVersion(db, sourceId);
  const row = await db
    .selectFrom('log_analyses')
    .selectAll()
    .where('text_version_id', '=', version.id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const computed = ctx.features.json.decode(row.analysis) as LogAnalysis;
  return present(row, computed, await stateOf(ctx, db, row));
}

/** What the audit trail keeps of an analysis: enough to see what changed, not every trigger. */
function summary(a: StoredAnalysis | undefined) {
  if (a === undefined) return null;
  const { lexiconVersion, analysis } = a;
  return {
    textVersionId: a.textVersionId,
    lexiconVersion,
    entries: analysis.entries.length,
    turningPoints: analysis.turningPoints.map((t) => `${t.entry}:${t.type}`),
    continuum: analysis.continuum.level,
  };
}

function requireAnalysisShape(analysis: LogAnalysis): void {
  const ok =
    typeof analysis === 'object' &&
    analysis !== null &&
    Array.isArray(analysis.entries) &&
    Array.isArray(analysis.turningPoints) &&
    typeof analysis.continuum?.level === 'number';
  if (!ok)
    throw new StoreError(
      'store.invalid_input',
      'An analysis to store must be the result of analyseLog (entries, turningPoints, continuum).',
    );
}

async function store(ctx: StoreContext, actor: Actor, sourceId: Id, analysis: LogAnalysis) {
  requireActor(actor);
  requireAnalysisShape(analysis);
  return mutate(ctx, `Could not store the analysis of source ${sourceId}`, (trx) =>
    storeIn(ctx, trx, actor, sourceId, analysis),
  );
}

function analysisRow(ctx: StoreContext, actor: Actor, versionId: Id, sourceId: Id, a: LogAnalysis) {
  return {
    text_version_id: versionId,
    source_id: sourceId,
    lexicon_version: a.lexiconVersion,
    analysis: ctx.features.json.encode(a),
    created_at: ctx.now(),
    created_by: actor,
  } satisfies LogAnalysisTable;
}

/** Stores (replacing) the analysis of the current text version inside `trx`, with its event. */
async function storeIn(
  ctx: StoreContext,
  trx: Trx,
  actor: Actor,
  sourceId: Id,
  analysis: LogAnalysis,
) {
  const version = await currentVersion(trx, sourceId);
  const before = await read(ctx, trx, sourceId);
  await trx.deleteFrom('log_analyses').where('text_version_id', '=', version.id).execute();
  const row = analysisRow(ctx, actor, version.id, sourceId, analysis);
  await trx.insertInto('log_analyses').values(row).execute();
  const after = present(row, analysis, await stateOf(ctx, trx, row));
  await appendEvent(ctx, trx, {
    actor,
    action: 'log_analysis.store',
    entityType: 'source',
    entityId: sourceId,
    before: summary(before),
    after: summary(after),
  });
  return after;
}

function noAnalysis(sourceId: Id, then = 'correct it'): StoreError {
  return new StoreError(
    'store.not_found',
    `Source ${sourceId} has no stored analysis of its current text; analyse it first ` +
      `(liaison logs analyse --study <path>), then ${then}.`,
  );
}

async function saveCorrection(
  ctx: StoreContext,
  trx: Executor,
  actor: Actor,
  sourceId: Id,
  next: Correction,
): Promise<Correction> {
  const existing = await correctionsOf(ctx, trx, sourceId);
  const key = targetKey(next);
  const merged = mergeCorrection(existing.find((c) => c.target === key)?.correction, next);
  const position = Math.max(0, ...existing.map((c) => c.position)) + 1;
  await trx
    .deleteFrom('log_corrections')
    .where('source_id', '=', sourceId)
    .where('target', '=', key)
    .execute();
  await trx
    .insertInto('log_corrections')
    .values({
      source_id: sourceId,
      target: key,
      position,
      correction: ctx.features.json.encode(merged),
      updated_at: ctx.now(),
      updated_by: actor,
    })
    .execute();
  return merged;
}

/** The stored analysis; without one, `analysisIfNone` is stored first (in the same transaction). */
async function readOrStore(
  ctx: StoreContext,
  trx: Trx,
  at: { actor: Actor; sourceId: Id; then?: string },
  analysisIfNone: LogAnalysis | undefined,
): Promise<StoredAnalysis> {
  const stored = await read(ctx, trx, at.sourceId);
  if (stored) return stored;
  if (analysisIfNone === undefined) throw noAnalysis(at.sourceId, at.then);
  requireAnalysisShape(analysisIfNone);
  return storeIn(ctx, trx, at.actor, at.sourceId, analysisIfNone);
}

async function correct(
  ctx: StoreContext,
  actor: Actor,
  sourceId: Id,
  correction: Correction,
  analysisIfNone?: LogAnalysis,
) {
  requireActor(actor);
  return mutate(ctx, `Could not correct the analysis of source ${sourceId}`, async (trx) => {
    const before = await readOrStore(ctx, trx, { actor, sourceId }, analysisIfNone);
    const { lexicon } = await latestLexicon(ctx, trx);
    const { scale } = await latestScale(ctx, trx);
    checkCorrection(correction, before.computed, knownAgencies(lexicon), scale);
    const previous = before.corrections.find((c) => targetKey(c) === targetKey(correction));
    const merged = await saveCorrection(ctx, trx, actor, sourceId, correction);
    const after = (await read(ctx, trx, sourceId)) as StoredAnalysis;
    await appendEvent(ctx, trx, {
      actor,
      action: 'log_analysis.correct',
      entityType: 'source',
      entityId: sourceId,
      before: { correction: previous ?? null, value: valueAt(before.analysis, merged) },
      after: { correction: merged, value: valueAt(after.analysis, merged) },
    });
    return after;
  });
}

function nothingToUndo(sourceId: Id, key: string): StoreError {
  return new StoreError(
    'store.not_found',
    `Source ${sourceId} has no correction of ${key.replace(/:/g, ' ')} to undo.`,
  );
}

/** Replaces (or, when nothing is left, deletes) the correction in force for one target. */
async function replaceCorrection(
  ctx: StoreContext,
  trx: Executor,
  at: { actor: Actor; sourceId: Id; key: string },
  left: Correction | undefined,
): Promise<void> {
  const { actor, sourceId, key } = at;
  if (left === undefined) {
    await trx
      .deleteFrom('log_corrections')
      .where('source_id', '=', sourceId)
      .where('target', '=', key)
      .execute();
    return;
  }
  await trx
    .updateTable('log_corrections')
    .set({ correction: ctx.features.json.encode(left), updated_at: ctx.now(), updated_by: actor })
    .where('source_id', '=', sourceId)
    .where('target', '=', key)
    .execute();
}

async function revert(ctx: StoreContext, actor: Actor, sourceId: Id, target: CorrectionTarget) {
  requireActor(actor);
  checkTarget(target);
  return mutate(ctx, `Could not undo a correction of source ${sourceId}`, async (trx) => {
    const before = await read(ctx, trx, sourceId);
    if (before === undefined) throw noAnalysis(sourceId);
    const key = targetKey(target);
    const previous = before.corrections.find((c) => targetKey(c) === key);
    if (previous === undefined) throw nothingToUndo(sourceId, key);
    const left = withoutTarget(previous, target);
    await replaceCorrection(ctx, trx, { actor, sourceId, key }, left);
    const after = (await read(ctx, trx, sourceId)) as StoredAnalysis;
    await appendEvent(ctx, trx, {
      actor,
      action: 'log_analysis.revert',
      entityType: 'source',
      entityId: sourceId,
      before: { correction: previous, value: valueAt(before.analysis, previous) },
      after: { correction: left ?? null, value: valueAt(after.analysis, previous) },
    });
    return after;
  });
}

/** What the audit trail keeps of a review mark: the text version it is of, who and when. */
const reviewSummary = (a: StoredAnalysis) =>
  a.reviewed && { textVersionId: a.textVersionId, at: a.reviewed.at, by: a.reviewed.by };

async function review(
  ctx: StoreContext,
  actor: Actor,
  sourceId: Id,
  reviewed: boolean,
  analysisIfNone?: LogAnalysis,
) {
  requireActor(actor);
  if (typeof reviewed !== 'boolean') throw notABoolean(reviewed);
  const verb = reviewed ? 'mark' : 'unmark';
  return mutate(ctx, `Could not ${verb} source ${sourceId} as reviewed`, async (trx) => {
    const at = { actor, sourceId, then: `${verb} it reviewed` };
    const before = await readOrStore(ctx, trx, at, reviewed ? analysisIfNone : undefined);
    // Marking a marked log or unmarking an unmarked one is not a change: no row, no event.
    if ((before.reviewed !== null) === reviewed) return before;
    if (reviewed) await saveReview(ctx, trx, { ...at, textVersionId: before.textVersionId });
    else await removeReview(trx, sourceId);
    const after = (await read(ctx, trx, sourceId)) as StoredAnalysis;
    await appendEvent(ctx, trx, {
      actor,
      action: reviewed ? 'log_analysis.review' : 'log_analysis.unreview',
      entityType: 'source',
      entityId: sourceId,
      before: reviewSummary(before),
      after: reviewSummary(after),
    });
    return after;
  });
}

function notABoolean(value: unknown): StoreError {
  return new StoreError(
    'store.invalid_input',
    `Whether the log is reviewed must be true or false, not ${JSON.stringify(value)}.`,
  );
}

export function analysesRepo(ctx: StoreContext): StudyStore['analyses'] {
  return {
    store: (actor, sourceId, analysis) => store(ctx, actor, sourceId, analysis),
    get: (sourceId) => read(ctx, ctx.db, sourceId),
    correct: (actor, sourceId, correction, options) =>
      correct(ctx, actor, sourceId, correction, options?.analysisIfNone),
    revert: (actor, sourceId, target) => revert(ctx, actor, sourceId, target),
    review: (actor, sourceId, reviewed, options) =>
      review(ctx, actor, sourceId, reviewed, options?.analysisIfNone),
  };
}
