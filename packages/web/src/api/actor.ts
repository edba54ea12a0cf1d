/**
 * Who is acting ("coding as"), until accounts arrive: a name kept in localStorage and sent as
 * `x-liaison-actor` with every API request (docs/coding.md). Components subscribe with
 * `useActor`, so switching identity reloads what depends on it (e.g. blind-mode codings).
 */
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'liaison.actor';
/** The server's default actor when no header is sent (packages/server/src/routes/parse.ts). */
export const DEFAULT_ACTOR = 'local-user';
/** What the server accepts and a header can carry: printable ASCII, 1–100 characters. */
export const ACTOR_PATTERN = /^[\x20-\x7e]{1,100}$/;

const listeners = new Set<() => void>();

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // Storage can be disabled; the default identity still works.
  }
}

export function currentActor(): string {
  const name = stored()?.trim();
  return name && ACTOR_PATTERN.test(name) ? name : DEFAULT_ACTOR;
}

/** Stores `name` (trimmed) as the acting person; refuses what a header cannot carry. */
export function setActor(name: string): void {
  const trimmed = name.trim();
  if (!ACTOR_PATTERN.test(trimmed))
    throw new Error('Use 1 to 100 plain letters, digits, spaces or punctuation (no accents).');
  localStorage.setItem(STORAGE_KEY, trimmed);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === STORAGE_KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useActor(): string {
  return useSyncExternalStore(subscribe, currentActor, () => DEFAULT_ACTOR);
}
