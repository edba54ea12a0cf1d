/**
 * `texts.createVersion`: a new text version (edit or redaction), re-parsed with the source's
 * format, made the searchable text, with every coding re-anchored onto it, in one transaction.
 */
import {
  newId,
  parseSource,
  type Actor,
  type Id,
  type SourceFormat,
  type Structure,
  type TextVersion,
  type TextVersionReason,
} from '@liaison/core';
import { mutate, type StoreContext, type Trx } from '../context.js';
import type { ReanchorSummary } from '../contract.js';
import { StoreError, notFound } from '../errors.js';
import { appendEvent } from '../events.js';
import { requireOneOf } from '../validate.js';
import { reanchorCodings } from './reanchor-codings.js';
import { currentVersion } from './text-versions.js';
import { writeVersion } from './write-version.js';

/** Version 1 is the import; later versions are edits or redactions. */
const LATER_REASONS = ['edit', 'redaction'] as const;

export async function sourceFormat(
  trx: Trx,
  sourceId: Id,
): Promise<{ name: string; format: SourceFormat }> {
  const row = await trx
    .selectFrom('sources')
    .select(['name', 'format'])
    .where('id', '=', sourceId)
    .executeTakeFirst();
  if (row === undefined) throw notFound('source', sourceId);
  return { name: row.name, format: row.format as SourceFormat };
}

/** The new text must still parse in the source's format, or the version is refused. */
export function parseOrRefuse(
  source: { name: string; format: SourceFormat },
  text: string,
): Structure {
  const outcome = parseSource({ file: source.name, text, format: source.format });
  const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
  if (outcome.ok && errors.length === 0) return outcome.structure;
  const first = errors[0] ?? outcome.diagnostics[0];
  const where = first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : '';
  throw new StoreError(
    'store.invalid_input',
    `The new text of ${source.name} no longer reads as ${source.format}${where}.`,
  );
}

export function nextVersion(
  previous: TextVersion,
  text: string,
  reason: TextVersionReason,
  actor: Actor,
  now: string,
): TextVersion {
  return {
    id: newId(),
    sourceId: previous.sourceId,
    number: previous.number + 1,
    parentId: previous.id,
    reason,
    text,
    lengthUtf16: text.length,
    createdAt: now,
    createdBy: actor,
  };
}

export function createVersion(
  ctx: StoreContext,
  actor: Actor,
  sourceId: Id,
  text: string,
  reason: TextVersionReason,
): Promise<{ version: TextVersion; reanchor: ReanchorSummary }> {
  return mutate(ctx, `Could not add a text version to source ${sourceId}`, async (trx) => {
    requireOneOf(reason, LATER_REASONS, 'Version reason');
    if (typeof text !== 'string')
      throw new StoreError('store.invalid_input', 'Text must be a string.');
    const structure = parseOrRefuse(await sourceFormat(trx, sourceId), text);
    const previous = await currentVersion(trx, sourceId);
    const version = nextVersion(previous, text, reason, actor, ctx.now());
    await writeVersion(ctx, trx, version, structure);
    const outcome = await reanchorCodings(trx, sourceId, version);
    const brief = (v: TextVersion) => ({ id: v.id, number: v.number, reason: v.reason });
    await appendEvent(ctx, trx, {
      actor,
      action: 'text.create_version',
      entityType: 'source',
      entityId: sourceId,
      before: { version: brief(previous), codings: outcome.before },
      after: { version: brief(version), codings: outcome.after, reanchor: outcome.summary },
    });
    return { version, reanchor: outcome.summary };
  });
}
