/**
 * Stores one parsed file inside the caller's transaction: dataset and site (made by name if
 * missing), blob (once per SHA-256), source, text version 1, structure, search units, speaker
 * links and the `source.import` event.
 */
import {
  newId,
  type Actor,
  type Dataset,
  type Id,
  type Provenance,
  type Site,
  type SourceFormat,
  type Structure,
  type TextVersion,
} from '@liaison/core';
import type { Executor, StoreContext, Trx } from '../context.js';
import type { ImportTarget } from '../contract.js';
import { appendEvent } from '../events.js';
import { datasetByName, datasetSpec, newDataset } from '../repos/datasets.js';
import { allParticipants } from '../repos/participants.js';
import { writeParticipantLinks } from '../repos/sources.js';
import { newSite, siteByName, siteSpec } from '../repos/sites.js';
import { writeVersion } from '../repos/write-version.js';
import { speakerParticipantIds } from './link-speakers.js';

/** A file that decoded and parsed without errors, ready to store. */
export interface ParsedFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  mediaType: string;
  format: SourceFormat;
  text: string;
  structure: Structure;
  tool: string;
}

async function ensureDataset(
  ctx: StoreContext,
  trx: Trx,
  actor: Actor,
  t: ImportTarget,
): Promise<Dataset> {
  const found = await datasetByName(trx, t.dataset);
  if (found !== undefined) return found;
  const dataset = newDataset({ name: t.dataset, kind: t.kind });
  await datasetSpec.insert(trx, dataset);
  await appendEvent(ctx, trx, created('dataset', actor, dataset));
  return dataset;
}

async function ensureSite(
  ctx: StoreContext,
  trx: Trx,
  actor: Actor,
  name?: string,
): Promise<Site | null> {
  if (name === undefined) return null;
  const found = await siteByName(trx, name);
  if (found !== undefined) return found;
  const site = newSite({ name });
  await siteSpec.insert(trx, site);
  await appendEvent(ctx, trx, created('site', actor, site));
  return site;
}

function created(kind: string, actor: Actor, entity: { id: Id }) {
  return {
    actor,
    action: `${kind}.create`,
    entityType: kind,
    entityId: entity.id,
    before: null,
    after: entity,
  };
}

/** The source already imported from the same bytes into this dataset, if any. */
export async function duplicateOf(
  trx: Executor,
  datasetName: string,
  sha256: string,
): Promise<Id | undefined> {
  const row = await trx
    .selectFrom('sources as s')
    .innerJoin('datasets as d', 'd.id', 's.dataset_id')
    .select('s.id')
    .where('d.name', '=', datasetName)
    .where('s.sha256', '=', sha256)
    .executeTakeFirst();
  return row?.id;
}

/** Content-addressed: the same bytes are kept once however often they are imported. */
async function storeBlob(trx: Trx, file: ParsedFile): Promise<void> {
  await trx
    .insertInto('blobs')
    .values({
      sha256: file.sha256,
      byte_length: file.bytes.byteLength,
      bytes: Buffer.from(file.bytes),
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

function firstVersion(sourceId: Id, text: string, actor: Actor, now: string): TextVersion {
  return {
    id: newId(),
    sourceId,
    number: 1,
    parentId: null,
    reason: 'import',
    text,
    lengthUtf16: text.length,
    createdAt: now,
    createdBy: actor,
  };
}

export async function storeSource(
  ctx: StoreContext,
  trx: Trx,
  actor: Actor,
  file: ParsedFile,
  target: ImportTarget,
): Promise<Id> {
  const dataset = await ensureDataset(ctx, trx, actor, target);
  const site = await ensureSite(ctx, trx, actor, target.site);
  await storeBlob(trx, file);
  const now = ctx.now();
  const provenance: Provenance = {
    fileName: file.fileName,
    importedBy: actor,
    importedAt: now,
    tool: file.tool,
  };
  const source = {
    id: newId(),
    dataset_id: dataset.id,
    site_id: site?.id ?? null,
    case_id: null,
    name: file.fileName,
    format: file.format,
    media_type: file.mediaType,
    sha256: file.sha256,
    provenance: ctx.features.json.encode(provenance),
    created_at: now,
  };
  await trx.insertInto('sources').values(source).execute();
  const version = firstVersion(source.id, file.text, actor, now);
  await writeVersion(ctx, trx, version, file.structure);
  const participantIds = speakerParticipantIds(
    dataset.kind,
    file.structure,
    await allParticipants(ctx, trx),
  );
  await writeParticipantLinks(trx, source.id, participantIds);
  await appendEvent(ctx, trx, {
    actor,
    action: 'source.import',
    entityType: 'source',
    entityId: source.id,
    before: null,
    after: {
      ...source,
      provenance,
      byteLength: file.bytes.byteLength,
      textVersionId: version.id,
      participantIds,
    },
  });
  return source.id;
}
