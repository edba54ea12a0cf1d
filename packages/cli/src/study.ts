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
