/**
 * Writes one source's redaction: a new text version (reason `redaction`) with its codings and
 * detections moved by the pseudonymisation's OffsetMap (exact, not a fuzzy search), and every
 * older version purged in place: its text scrubbed of the known identifiers, its structure
 * re-parsed, the codings still on it moved by that scrub's map and their quotes re-described.
 */
import {
  describeAnchor,
  type IdentifierScrubber,
  type Actor,
  type OffsetMap,
  type Structure,
  type TextVersion,
} from '@liaison/core';
import type { StoreContext, Trx } from '../../context.js';
import type { ReanchorSummary } from '../../contract.js';
import { nextVersion, parseOrRefuse, sourceFormat } from '../../repos/create-version.js';
import { toTextVersion } from '../../repos/text-versions.js';
import { writeVersion } from '../../repos/write-version.js';
import type { AppliedSource } from '../review-types.js';
import type { RedactedSource } from './plan-redaction.js';

/** Moves every coding of `fromVersionId` by `map` onto `toVersion`, quotes from its text. */
async function moveCodings(
  trx: Trx,
  fromVersionId: string,
  toVersion: { id: string; text: string },
  map: OffsetMap,
): Promise<ReanchorSummary> {
  const rows = await trx
    .selectFrom('codings')
    .select(['id', 'start_utf16', 'end_utf16', 'status'])
    .where('text_version_id', '=', fromVersionId)
    .execute();
  const summary: ReanchorSummary = { exact: 0, fuzzy: 0, orphaned: 0 };
  for (const row of rows) {
    const start = map.map(row.start_utf16, 'start');
    const end = Math.max(start, map.map(row.end_utf16, 'end'));
    const { exact, prefix, suffix } = describeAnchor(toVersion.text, start, end).quote;
    await trx
      .updateTable('codings')
      .set({
        text_version_id: toVersion.id,
        start_utf16: start,
        end_utf16: end,
        exact,
        prefix,
        suffix,
      })
      .where('id', '=', row.id)
      .execute();
    summary[row.status as keyof ReanchorSummary] += 1;
  }
  return summary;
}

/** Rows per INSERT: 12 parameters each stays below SQLite's 32,766-parameter limit. */
const CHUNK = 500;

/**
 * Detections move with the text; accepted ones are now applied. Rewritten as delete and chunked
 * insert, not one UPDATE per row: a log holds hundreds of detections. No text is stored.
 */
async function moveDetections(trx: Trx, source: RedactedSource, toVersionId: string) {
  const rows = await trx
    .selectFrom('deid_detections')
    .selectAll()
    .where('text_version_id', '=', source.version.id)
    .execute();
  const moved = rows.map((d) => {
    const start = source.offsetMap.map(d.start_utf16, 'start');
    const end = Math.max(start + 1, source.offsetMap.map(d.end_utf16, 'end'));
    const status = d.status === 'accepted' ? 'applied' : d.status;
    return { ...d, text_version_id: toVersionId, start_utf16: start, end_utf16: end, status };
  });
  await trx
    .deleteFrom('deid_detections')
    .where('text_version_id', '=', source.version.id)
    .execute();
  for (let i = 0; i < moved.length; i += CHUNK) {
    await trx
      .insertInto('deid_detections')
      .values(moved.slice(i, i + CHUNK))
      .execute();
  }
}

/** A re-parse of the purged text, or (if it no longer parses) the old structure scrubbed. */
function purgedStructure(
  ctx: StoreContext,
  source: { name: string; format: Parameters<typeof parseOrRefuse>[0]['format'] },
  text: string,
  old: unknown,
  scrubber: IdentifierScrubber,
): Structure {
  try {
    return parseOrRefuse(source, text);
  } catch {
    return scrubber.scrubJson(ctx.features.json.decode(old)) as Structure;
  }
}

async function purgedOf(
  ctx: StoreContext,
  trx: Trx,
  version: TextVersion,
  text: string,
  scrubber: IdentifierScrubber,
): Promise<Structure> {
  const source = await sourceFormat(trx, version.sourceId);
  const old = await trx
    .selectFrom('structures')
    .select('structure')
    .where('text_version_id', '=', version.id)
    .executeTakeFirst();
  return purgedStructure(ctx, source, text, old?.structure ?? null, scrubber);
}

/** Rewrites one older version in place; returns its new text. */
async function purgeVersion(
  ctx: StoreContext,
  trx: Trx,
  version: TextVersion,
  replacement: { text: string; map: OffsetMap; structure?: Structure },
  scrubber: IdentifierScrubber,
): Promise<string> {
  const { text, map } = replacement;
  const structure = replacement.structure ?? (await purgedOf(ctx, trx, version, text, scrubber));
  await trx
    .updateTable('text_versions')
    .set({ text, length_utf16: text.length })
    .where('id', '=', version.id)
    .execute();
  await trx
    .updateTable('structures')
    .set({ structure: ctx.features.json.encode(structure) })
    .where('text_version_id', '=', version.id)
    .execute();
  await moveCodings(trx, version.id, { id: version.id, text }, map);
  return text;
}

async function versionsOf(trx: Trx, sourceId: string): Promise<TextVersion[]> {
  const rows = await trx
    .selectFrom('text_versions')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('number')
    .execute();
  return rows.map(toTextVersion);
}

/**
 * Purges every version older than the new one: the version the detections were made on gets
 * the redacted text itself (its codings have already moved on); earlier ones are scrubbed.
 * Returns version 1's purged text, which replaces the source's original bytes.
 */
async function purgeOlderVersions(
  ctx: StoreContext,
  trx: Trx,
  source: RedactedSource,
  newVersion: { id: string; structure: Structure },
  scrubber: IdentifierScrubber,
): Promise<string> {
  let first = source.text;
  for (const version of await versionsOf(trx, source.sourceId)) {
    if (version.id === newVersion.id) continue;
    const replacement =
      version.id === source.version.id
        ? { text: source.text, map: source.offsetMap, structure: newVersion.structure }
        : (({ text, offsetMap }) => ({ text, map: offsetMap }))(scrubber.scrub(version.text));
    const text = await purgeVersion(ctx, trx, version, replacement, scrubber);
    if (version.number === 1) first = text;
  }
  return first;
}

export interface SourceRedaction {
  applied: AppliedSource;
  /** Version 1's text after purging: the source's new "original". */
  firstText: string;
}

export async function redactSource(
  ctx: StoreContext,
  trx: Trx,
  actor: Actor,
  source: RedactedSource,
  scrubber: IdentifierScrubber,
): Promise<SourceRedaction> {
  const structure = parseOrRefuse(await sourceFormat(trx, source.sourceId), source.text);
  const version = nextVersion(source.version, source.text, 'redaction', actor, ctx.now());
  await writeVersion(ctx, trx, version, structure);
  const reanchor = await moveCodings(trx, source.version.id, version, source.offsetMap);
  await moveDetections(trx, source, version.id);
  const newVersion = { id: version.id, structure };
  const firstText = await purgeOlderVersions(ctx, trx, source, newVersion, scrubber);
  const replaced = source.offsetMap.segments.length;
  return {
    applied: { sourceId: source.sourceId, textVersionId: version.id, replaced, reanchor },
    firstText,
  };
}
