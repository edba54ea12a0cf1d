/**
 * Blind coding at the API edge: which codings the acting person may see or change. The rule is
 * core's `canSeeCoding` (docs/coding.md): while blind mode hides others' codings, everyone, the
 * lead included, sees only their own.
 */
import { canSeeCoding, type Actor, type Coding, type Id } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import { ApiError, found } from '../errors.js';

export function blindForbidden(): ApiError {
  return new ApiError(
    'forbidden',
    'Blind mode is on: only its coder may see or change this coding until the coding lead reveals the codings.',
  );
}

/** The coding, if `actor` may see it; `not_found` or `forbidden` otherwise. */
export async function visibleCoding(store: StudyStore, actor: Actor, id: Id): Promise<Coding> {
  const coding = await found(store.codings.get(id), 'coding', id);
  if (!canSeeCoding(await store.codingSettings.get(), actor, coding)) throw blindForbidden();
  return coding;
}

/** Ids of codings among `ids` that `actor` may see (missing codings are left out). */
export async function visibleCodingIds(
  store: StudyStore,
  actor: Actor,
  ids: Iterable<Id>,
): Promise<Set<Id>> {
  const settings = await store.codingSettings.get();
  const visible = new Set<Id>();
  for (const id of new Set(ids)) {
    const coding = await store.codings.get(id);
    if (coding && canSeeCoding(settings, actor, coding)) visible.add(id);
  }
  return visible;
}
