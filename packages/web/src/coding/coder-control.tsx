/**
 * "Coding as": who the reader acts as (sent as `x-liaison-actor`, kept in localStorage). A form,
 * so codings reload once when the name is switched, not at every keystroke.
 */
import { useState, type FormEvent } from 'react';
import { setActor, useActor } from '../api/actor.js';

export function CoderControl() {
  const actor = useActor();
  const [draft, setDraft] = useState(actor);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      setActor(draft);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="coder-control" onSubmit={submit}>
      <label>
        Coding as{' '}
        <input
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-describedby={error ? 'coder-error' : undefined}
          size={14}
        />
      </label>{' '}
      <button type="submit" disabled={draft.trim() === actor}>
        Switch
      </button>
      {error && (
        <span id="coder-error" role="alert" className="form-error">
          {error}
        </span>
      )}
    </form>
  );
}
