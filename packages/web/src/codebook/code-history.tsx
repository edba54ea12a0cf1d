/**
 * A code's history from the audit trail: each operation with who made it, when, and the reason
 * given (the memo kept in the event's `after`, docs/codebook.md).
 */
import type { StudyEvent } from '@liaison/core';
import { codebookApi } from '../api/codebook-api.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { formatInstant } from '../format.js';

const VERB_LABELS: Record<string, string> = {
  'code.create': 'Created',
  'code.update': 'Redefined',
  'code.rename': 'Renamed',
  'code.move': 'Moved',
  'code.merge': 'Merged',
  'code.split': 'Split',
  'code.retire': 'Retired',
};

function memoOf(event: StudyEvent): string | null {
  const memo = (event.after as { memo?: unknown } | null)?.memo;
  return typeof memo === 'string' && memo !== '' ? memo : null;
}

export function CodeHistory({ codeId }: { codeId: string }) {
  const loaded = useApi(`history:${codeId}`, (signal) => codebookApi.history(codeId, signal));
  if (loaded.status === 'loading') return <Loading what="the code's history" />;
  if (loaded.status === 'error') {
    return (
      <ErrorNotice
        title="The history could not be read"
        error={loaded.error}
        onRetry={loaded.retry}
      />
    );
  }
  const events = loaded.data.events.filter((e) => e.action in VERB_LABELS);
  return (
    <section aria-labelledby="code-history-heading">
      <h3 id="code-history-heading">History</h3>
      <ol className="code-history">
        {events.map((event) => (
          <li key={event.seq} data-action={event.action}>
            <strong>{VERB_LABELS[event.action]}</strong>{' '}
            <span className="muted">
              {formatInstant(event.at)} by {event.actor}
            </span>
            {memoOf(event) && <p className="change-memo">Why: {memoOf(event)}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
