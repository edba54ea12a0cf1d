/** What `autocode` and `suggest` share: a source by id or name, store errors as user errors. */
import { StoreError, type SourceSummary, type StudyStore } from '@liaison/store';
import { CliError } from '../errors.js';

/** The source whose id is `ref`, else whose name matches it case-insensitively (unique). */
export async function findSource(store: StudyStore, ref: string): Promise<SourceSummary> {
  const sources = await store.sources.list();
  const byId = sources.find((s) => s.id === ref);
  if (byId) return byId;
  const named = sources.filter((s) => s.name.toLowerCase() === ref.toLowerCase());
  if (named.length === 1) return named[0] as SourceSummary;
  if (named.length > 1)
    throw new CliError(
      `several sources are named "${ref}" (ids ${named.map((s) => s.id).join(', ')}); pass an id with --source`,
    );
  throw new CliError(
    `no source "${ref}" in the study; list them with: liaison sources list --study <path>`,
  );
}

/** Runs store work, showing refused input (unknown code, retired code, bad hit number) plainly. */
export async function userFacing<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message);
    throw error;
  }
}
