/**
 * Checks that ids in a request body name existing records, so a typo answers a clear
 * `validation_failed` naming the field instead of a foreign-key failure from the database.
 */
import type { Id } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import { validationFailed } from '../errors.js';

async function requireExisting(
  lookup: (id: Id) => Promise<unknown>,
  id: Id,
  field: string,
  what: string,
): Promise<void> {
  if ((await lookup(id)) !== undefined) return;
  const message = `${field}: no ${what} has the id "${id}"`;
  throw validationFailed(message, { issues: [{ path: field, code: 'unknown_id', message }] });
}

export async function requireSite(store: StudyStore, siteId: Id | null | undefined): Promise<void> {
  if (siteId == null) return;
  await requireExisting((id) => store.sites.get(id), siteId, 'body.siteId', 'site');
}

export async function requireSources(
  store: StudyStore,
  sourceIds: Id[] | undefined,
): Promise<void> {
  for (const [i, sourceId] of (sourceIds ?? []).entries()) {
    await requireExisting((id) => store.sources.get(id), sourceId, `body.sourceIds.${i}`, 'source');
  }
}
