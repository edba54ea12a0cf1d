/**
 * Creating and opening studies: pick the engine from the location, check the location holds
 * (or may receive) a study, run pending migrations, then hand out the store.
 */
import type { Actor } from '@liaison/core';
import type { StoreLocation, StudyStore } from './contract.js';
import type { EngineHandle } from './engine/engine-handle.js';
import { createPostgresStudy, openPostgresStudy } from './engine/postgres.js';
import { createSqliteStudy, openSqliteStudy } from './engine/sqlite.js';
import { requireActor } from './events.js';
import { migrateToLatest } from './schema/migrations.js';
import { buildStore, contextOf } from './store.js';
import { insertStudy, readStudy } from './study.js';
import { requireText } from './validate.js';

/** Closes the connection if `use` fails, so a refused location leaves no open handle behind. */
async function closingOnError<T>(handle: EngineHandle, use: () => Promise<T>): Promise<T> {
  try {
    return await use();
  } catch (error) {
    await handle.db.destroy();
    throw error;
  }
}

/** Makes a new study at `location`; fails with store.study_exists if one is already there. */
export async function createStudy(
  location: StoreLocation,
  input: { name: string; description?: string },
  actor: Actor,
): Promise<StudyStore> {
  requireText(input.name, 'Study name');
  requireActor(actor);
  const handle =
    location.engine === 'sqlite'
      ? createSqliteStudy(location.path)
      : await createPostgresStudy(location.connectionString, location.schema);
  return closingOnError(handle, async () => {
    await migrateToLatest(handle);
    await insertStudy(contextOf(handle), actor, input);
    return buildStore(handle);
  });
}

/** Opens the study at `location`, bringing its tables up to date; store.not_a_study otherwise. */
export async function openStudy(location: StoreLocation): Promise<StudyStore> {
  const handle =
    location.engine === 'sqlite'
      ? openSqliteStudy(location.path)
      : await openPostgresStudy(location.connectionString, location.schema);
  return closingOnError(handle, async () => {
    await migrateToLatest(handle);
    await readStudy(handle.db, handle.label);
    return buildStore(handle);
  });
}
