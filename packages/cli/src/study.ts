/** Opening a study for one command and always closing it, with errors a user can act on. */
import { existsSync } from 'node:fs';
import { openStudy, type StoreLocation, type StudyStore } from '@liaison/store';
import { CliError } from './errors.js';
import { describeLocation, parseStudyLocation } from './location.js';
import type { CliContext } from './context.js';

export async function openForCommand(ctx: CliContext, studyArg: string): Promise<StudyStore> {
  const location = parseStudyLocation(studyArg, ctx.io.cwd);
  assertExists(location, studyArg);
  try {
    return await openStudy(location);
  } catch (error) {
    throw new CliError(
      `cannot open study ${describeLocation(location)}: ${(error as Error).message}`,
    );
  }
}

function assertExists(location: StoreLocation, studyArg: string): void {
  if (location.engine === 'sqlite' && !existsSync(location.path)) {
    throw new CliError(
      `no study at ${studyArg}. Create one with: liaison study init ${studyArg} --name "My study"`,
    );
  }
}

export async function withStudy<T>(
  ctx: CliContext,
  studyArg: string,
  fn: (store: StudyStore) => Promise<T>,
): Promise<T> {
  const store = await openForCommand(ctx, studyArg);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The item whose name matches case-insensitively, or an error listing the known names. */
export function findByName<T extends { id: string; name: string }>(
  items: T[],
  name: string,
  what: string,
): T {
  const found = items.find((i) => i.name.toLowerCase() === name.toLowerCase());
  if (!found)
    throw new CliError(
      `no ${what} named "${name}" (known: ${items.map((i) => i.name).join(', ') || 'none'})`,
    );
  return found;
}

/**
 * The item whose id is `ref`, else the one whose name matches it case-insensitively; several with
 * that name is an error asking for an id (sources may share a file name across datasets).
 */
export function findByIdOrName<T extends { id: string; name: string }>(
  items: T[],
  ref: string,
  what: string,
): T {
  const byId = items.find((i) => i.id === ref);
  if (byId) return byId;
  const named = items.filter((i) => i.name.toLowerCase() === ref.toLowerCase());
  if (named.length === 1) return named[0] as T;
  if (named.length > 1)
    throw new CliError(
      `several ${what}s are named "${ref}" (ids ${named.map((i) => i.id).join(', ')}); pass an id with --source`,
    );
  throw new CliError(
    `no ${what} "${ref}" in the study; list them with: liaison sources list --study <path>`,
  );
}

/** Id of the study's dataset called `name` (case-insensitive). */
export async function datasetIdByName(store: StudyStore, name: string): Promise<string> {
  return findByName(await store.datasets.list(), name, 'dataset').id;
}
