/**
 * Runs one change against the API from a form: tracks that it is pending, keeps the API's
 * message when it fails (it says what to do), and calls `onDone` when it succeeds.
 */
import { useState } from 'react';
import { ApiRequestError } from '../api/client.js';

export interface Submit {
  pending: boolean;
  error: string | null;
  run: (work: () => Promise<unknown>) => Promise<void>;
}

export function useSubmit(onDone: () => void): Submit {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await work();
      onDone();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'The change could not be saved.');
    } finally {
      setPending(false);
    }
  };
  return { pending, error, run };
}
