/**
 * Loads data for a component and tracks loading, error and ready states. A request is keyed by
 * `key`: when the key changes the old request is aborted and the state is loading again.
 */
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiRequestError } from './client.js';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiRequestError }
  | { status: 'ready'; data: T };

type Settled<T> = Exclude<Loaded<T>, { status: 'loading' }>;

function asApiError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  const message = 'The data could not be read. Reload the page; if it persists, restart Liaison.';
  return new ApiRequestError('bad_response', message, 0);
}

export function useApi<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): Loaded<T> & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ key: string; state: Settled<T> } | null>(null);
  const requestKey = `${key}#${attempt}`;
  const run = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    const controller = new AbortController();
    const settle = (state: Settled<T>) => {
      if (!controller.signal.aborted) setSettled({ key: requestKey, state });
    };
    run(controller.signal).then(
      (data) => settle({ status: 'ready', data }),
      (error: unknown) => settle({ status: 'error', error: asApiError(error) }),
    );
    return () => controller.abort();
  }, [requestKey]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: Loaded<T> = settled?.key === requestKey ? settled.state : { status: 'loading' };
  return { ...state, retry };
}
