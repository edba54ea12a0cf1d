/**
 * Suggestions the coder dismissed, kept for the browser session (sessionStorage), per coder and
 * source: a dismissed suggestion stays hidden across reloads of the reader until the tab closes.
 */
import { useCallback, useState } from 'react';

const keyOf = (actor: string, sourceId: string) => `liaison.dismissed:${actor}:${sourceId}`;

function read(key: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((x) => typeof x === 'string') : []);
  } catch {
    return new Set(); // Storage disabled or damaged: nothing dismissed yet.
  }
}

/** `unitIndex:codeId` keys of the dismissed suggestions, and a function to dismiss one more. */
export function useDismissed(actor: string, sourceId: string) {
  const key = keyOf(actor, sourceId);
  const [state, setState] = useState(() => ({ key, ids: read(key) }));
  const ids = state.key === key ? state.ids : read(key);
  const dismiss = useCallback(
    (id: string) => {
      const next = new Set(ids).add(id);
      setState({ key, ids: next });
      try {
        sessionStorage.setItem(key, JSON.stringify([...next]));
      } catch {
        // Without storage the suggestion is still hidden until the page is left.
      }
    },
    [key, ids],
  );
  return { dismissed: ids, dismiss };
}
