/**
 * What the study-backed `logs` subcommands share: the study's police-log sources, finding one by
 * id or name, reading its current structure, and turning store errors into messages for the user.
 */
import type { LogStructure, SourceFormat } from '@liaison/core';
import { StoreError, type SourceSummary, type StudyStore } from '@liaison/store';
import { CliError } from '../errors.js';
import { datasetIdByName, findByIdOrName } from '../study.js';

const LOG_FORMATS: readonly SourceFormat[] = ['police_log_text', 'police_log_csv'];

export async function policeLogs(store: StudyStore, dataset?: string): Promise<SourceSummary[]> {
  const filter = dataset ? { datasetId: await datasetIdByName(store, dataset) } : {};
  return (await store.sources.list(filter)).filter((s) => LOG_FORMATS.includes(s.format));
}

/** The police log whose id is `ref`, else whose name matches it case-insensitively. */
export async function findLog(store: StudyStore, ref: string): Promise<SourceSummary> {
  return findByIdOrName(await policeLogs(store), ref, 'police log');
}

export async function currentLog(
  store: StudyStore,
  sourceId: string,
): Promise<Pick<LogStructure, 'entries'>> {
  const version = await store.texts.current(sourceId);
  const structure = await store.texts.structure(version.id);
  // A police-log source always has a log structure; an empty one analyses to no entries.
  return structure.kind === 'police_log' ? (structure as LogStructure) : { entries: [] };
}

/** Runs a store call, showing a refused change (bad label, no analysis yet) as a user error. */
export async function userFacing<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message);
    throw error;
  }
}
