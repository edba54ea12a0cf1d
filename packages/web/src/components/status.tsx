/** Loading, error and empty states: each says what is happening and what a person can do. */
import type { ReactNode } from 'react';
import type { ApiRequestError } from '../api/client.js';
import { href } from '../router.js';

export function Loading({ what }: { what: string }) {
  return (
    <div className="status status-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Loading {what}…
    </div>
  );
}

const NEXT_STEP: Record<string, string> = {
  not_found:
    'It may have been removed, or the link is wrong. Go back to the study home to pick another.',
  validation_failed: 'Check what you typed and try again.',
};

export function ErrorNotice(props: {
  title: string;
  error: ApiRequestError;
  onRetry?: () => void;
}) {
  const { title, error, onRetry } = props;
  return (
    <div className="status status-error" role="alert">
      <h2>{title}</h2>
      <p>{error.message}</p>
      {NEXT_STEP[error.id] && <p>{NEXT_STEP[error.id]}</p>}
      <p className="status-actions">
        {onRetry && error.id !== 'not_found' && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )}
        <a href={href.home()}>Study home</a>
      </p>
    </div>
  );
}

export function Empty({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="status status-empty">
      <h3>{title}</h3>
      {children}
    </div>
  );
}
