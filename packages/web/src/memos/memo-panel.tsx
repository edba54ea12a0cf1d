/**
 * Memos on one target (the study, a source, a code or a coding), newest first, each with its
 * author and time; a form to write a new one; and, for one's own memos, an Edit button. What
 * happened is announced in a live region. Plain text: line breaks are kept, nothing is parsed.
 */
import type { Memo, MemoTargetKind } from '@liaison/core';
import { useEffect, useState } from 'react';
import { useActor } from '../api/actor.js';
import { memosApi, type MemoTarget, type MemoText } from '../api/memos-api.js';
import { ApiRequestError } from '../api/client.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { MemoForm } from './memo-form.js';
import { MemoItem } from './memo-item.js';
import './memos.css';

/** Newest first; the id breaks ties between memos written in the same millisecond. */
function newestFirst(memos: Memo[]): Memo[] {
  return [...memos].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
}

interface MemosResult {
  scope: string;
  memos: Memo[] | null;
  error: ApiRequestError | null;
}

/**
 * The target's memos; while they are read again after a change the last list stays shown, so
 * the list does not blink and the focused Edit button stays in the page.
 */
function useMemos(kind: MemoTargetKind, id: string | null, actor: string, revision: number) {
  const scope = `${kind}:${id}:${actor}`;
  const [result, setResult] = useState<MemosResult | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    memosApi.list({ kind, id }, controller.signal).then(
      ({ memos }) => setResult({ scope, memos, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof ApiRequestError ? error : UNREADABLE;
        setResult((prev) => ({
          scope,
          memos: prev?.scope === scope ? prev.memos : null,
          error: failure,
        }));
      },
    );
    return () => controller.abort();
  }, [scope, kind, id, revision]);
  const current = result?.scope === scope ? result : null;
  return { memos: current?.memos ?? null, error: current?.error ?? null, loading: !current };
}

const UNREADABLE = new ApiRequestError(
  'bad_response',
  'The memos could not be read. Reload the page; if it persists, restart Liaison.',
  0,
);

export function MemoPanel(props: {
  target: MemoTarget;
  /** The panel's heading and accessible name, e.g. "Memos on this source". */
  title: string;
  /** Said when there is no memo yet. */
  empty: string;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const { target, title, empty, className = '', headingLevel = 2 } = props;
  const actor = useActor();
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState('');
  const loaded = useMemos(target.kind, target.id, actor, revision);
  const retry = () => setRevision((n) => n + 1);
  const saved = (message: string) => {
    setStatus(message);
    setRevision((n) => n + 1);
  };
  const create = async (text: MemoText) => {
    await memosApi.create(target, text);
    saved(`Memo “${text.title}” added.`);
  };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`memo-panel ${className}`} aria-label={title}>
      <Heading className="memo-panel-title">{title}</Heading>
      {loaded.loading && <Loading what="the memos" />}
      {loaded.error && (
        <ErrorNotice title="The memos could not be read" error={loaded.error} onRetry={retry} />
      )}
      {loaded.memos?.length === 0 && <p className="muted">{empty}</p>}
      {loaded.memos && loaded.memos.length > 0 && (
        <ul className="memo-list">
          {newestFirst(loaded.memos).map((memo) => (
            <MemoItem key={memo.id} memo={memo} canEdit={memo.author === actor} onSaved={saved} />
          ))}
        </ul>
      )}
      <MemoForm
        labels={{
          form: `New memo: ${title}`,
          title: 'Memo title',
          body: 'Memo',
          submit: 'Add memo',
        }}
        onSave={create}
      />
      <p className="memo-status" role="status">
        {status}
      </p>
    </section>
  );
}
