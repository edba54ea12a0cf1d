/** What `autocode` and `suggest` share: a source by id or name, store errors as user errors. */
import { StoreError, type SourceSummary, type StudyStore } from '@liaison/store';
import { CliError } from '../errors.js';
import { findByIdOrName } from '../study.js';

/** The source whose id is `ref`, else whose name matches it case-insensitively (unique). */
export async function findSource(store: StudyStore, ref: string): Promise<SourceSummary> {
  return findByIdOrName(await store.sources.list(), ref, 'source');
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
