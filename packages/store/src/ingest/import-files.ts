/**
 * `importFiles`: each file is hashed, decoded, detected and parsed outside any transaction, then
 * stored in a transaction of its own. A file with an error diagnostic (or one that throws)
 * stores nothing and the batch goes on.
 */
import { createHash } from 'node:crypto';
import { DATASET_KINDS, type Actor, type Diagnostic } from '@liaison/core';
import { mutate, type StoreContext } from '../context.js';
import type { ImportFile, ImportProgress, ImportResult, ImportTarget } from '../contract.js';
import { StoreError } from '../errors.js';
import { requireActor } from '../events.js';
import { datasetByName } from '../repos/datasets.js';
import { requireOneOf, requireText } from '../validate.js';
import { baseName, mediaTypeOf } from './file-names.js';
import { prepareFile } from './prepare-file.js';
import { duplicateOf, storeSource } from './store-source.js';

/** Recorded in provenance when the caller does not name its tool. */
export const DEFAULT_IMPORT_TOOL = 'liaison-store 0.1.0';

/** Imports into an existing dataset of another kind would mix formats: refuse the batch. */
async function checkTarget(ctx: StoreContext, target: ImportTarget): Promise<void> {
  requireText(target.dataset, 'Dataset name');
  requireOneOf(target.kind, DATASET_KINDS, 'Dataset kind');
  if (target.site !== undefined) requireText(target.site, 'Site name');
  const existing = await datasetByName(ctx.db, target.dataset);
  if (existing !== undefined && existing.kind !== target.kind) {
    throw new StoreError(
      'store.conflict',
      `Dataset "${target.dataset}" holds ${existing.kind}, not ${target.kind}: import into ` +
        'another dataset or pick its kind.',
    );
  }
}

function unexpected(file: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    code: 'import.failed',
    message: `Could not import this file: ${message}`,
    file,
    line: 1,
    column: 1,
    hint: 'Nothing was stored for this file; fix the problem and import it again.',
  };
}

async function importOne(
  ctx: StoreContext,
  actor: Actor,
  file: ImportFile,
  target: ImportTarget,
): Promise<ImportResult> {
  const fileName = baseName(file.name);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const duplicate = await duplicateOf(ctx.db, target.dataset, sha256);
  if (duplicate !== undefined) {
    return { file: file.name, status: 'duplicate', sourceId: duplicate, diagnostics: [] };
  }
  const prepared = await prepareFile(file.bytes, fileName, target);
  if (!prepared.ok) return { file: file.name, status: 'failed', diagnostics: prepared.diagnostics };
  const parsed = {
    ...prepared,
    fileName,
    bytes: file.bytes,
    sha256,
    mediaType: mediaTypeOf(fileName),
    tool: target.tool ?? DEFAULT_IMPORT_TOOL,
  };
  const sourceId = await mutate(ctx, `Could not import ${fileName}`, (trx) =>
    storeSource(ctx, trx, actor, parsed, target),
  );
  return { file: file.name, status: 'imported', sourceId, diagnostics: prepared.diagnostics };
}

export async function importFiles(
  ctx: StoreContext,
  actor: Actor,
  files: ImportFile[],
  target: ImportTarget,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult[]> {
  requireActor(actor);
  await checkTarget(ctx, target);
  const results: ImportResult[] = [];
  for (const [i, file] of files.entries()) {
    const result = await importOne(ctx, actor, file, target).catch(
      (error: unknown): ImportResult => ({
        file: file.name,
        status: 'failed',
        diagnostics: [unexpected(baseName(file.name), error)],
      }),
    );
    results.push(result);
    onProgress?.({ done: i + 1, total: files.length, file: file.name });
  }
  return results;
}
