/**
 * Coding rounds: take a named snapshot of the codebook, and compare two rounds (or a round and
 * the codebook now) to see what changed and the reason given for each change.
 */
import type { CodebookChange } from '@liaison/core';
import { useId, useState, type FormEvent } from 'react';
import { codebookApi, type RoundSummary } from '../api/codebook-api.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { formatInstant } from '../format.js';
import { useSubmit } from './use-submit.js';

const KIND_LABELS: Record<CodebookChange['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  renamed: 'Renamed',
  moved: 'Moved',
  merged: 'Merged',
  split: 'Split',
  retired: 'Retired',
  redefined: 'Redefined',
};

function TakeRound({ onTaken }: { onTaken: () => void }) {
  const [name, setName] = useState('');
  const submit = useSubmit(onTaken);
  const id = useId();
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submit.run(() => codebookApi.takeRound(name));
  };
  return (
    <form className="take-round" onSubmit={send} aria-label="Take a round">
      <label htmlFor={id}>Round name</label>{' '}
      <input id={id} value={name} onChange={(e) => setName(e.target.value)} />{' '}
      <button type="submit" disabled={submit.pending || name.trim() === ''}>
        Take a round
      </button>
      {submit.error && (
        <p className="form-error" role="alert">
          {submit.error}
        </p>
      )}
    </form>
  );
}

/** What changed, in words: old and new names, the fields redefined. */
function detailOf(change: CodebookChange, nameOf: (id: string) => string): string {
  if (change.kind === 'renamed') return `${change.before?.name} → ${change.after?.name}`;
  if (change.kind === 'redefined')
    return `${change.name}: ${Object.keys(change.after ?? {}).join(', ')}`;
  if (change.kind === 'merged')
    return `${change.name} into ${change.relatedIds.map(nameOf).join(', ')}`;
  if (change.kind === 'split')
    return `${change.name} into ${change.relatedIds.map(nameOf).join(', ')}`;
  return change.name;
}

function DiffView(props: { from: string; to: string; nameOf: (id: string) => string }) {
  const { from, to, nameOf } = props;
  const loaded = useApi(`diff:${from}:${to}`, (signal) => codebookApi.diff(from, to, signal));
  if (loaded.status === 'loading') return <Loading what="the changes" />;
  if (loaded.status === 'error')
    return <ErrorNotice title="The rounds could not be compared" error={loaded.error} />;
  const { changes } = loaded.data.diff;
  if (changes.length === 0) return <p className="muted">Nothing changed in the codebook.</p>;
  return (
    <ol className="codebook-diff" aria-label="Changes">
      {changes.map((change, i) => (
        <li key={i} data-change={change.kind}>
          <strong>{KIND_LABELS[change.kind]}</strong> {detailOf(change, nameOf)}
          {change.memos.map((memo, j) => (
            <p key={j} className="change-memo">
              Why: {memo}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}

function CompareRounds({
  rounds,
  nameOf,
}: {
  rounds: RoundSummary[];
  nameOf: (id: string) => string;
}) {
  const [from, setFrom] = useState(rounds[0]?.id ?? '');
  const [to, setTo] = useState('current');
  const ids = { from: useId(), to: useId() };
  return (
    <div className="compare-rounds">
      <p className="field field-inline">
        <label htmlFor={ids.from}>Compare from</label>
        <select id={ids.from} value={from} onChange={(e) => setFrom(e.target.value)}>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.to}>to</label>
        <select id={ids.to} value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="current">the codebook now</option>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </p>
      <DiffView from={from} to={to} nameOf={nameOf} />
    </div>
  );
}

export function RoundsPanel({
  nameOf,
  onTaken,
}: {
  nameOf: (id: string) => string;
  onTaken: () => void;
}) {
  const loaded = useApi('rounds', (signal) => codebookApi.rounds(signal));
  const taken = () => {
    loaded.retry();
    onTaken();
  };
  return (
    <section className="panel rounds" aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">Coding rounds</h2>
      <TakeRound onTaken={taken} />
      {loaded.status === 'loading' && <Loading what="the rounds" />}
      {loaded.status === 'error' && (
        <ErrorNotice
          title="The rounds could not be read"
          error={loaded.error}
          onRetry={loaded.retry}
        />
      )}
      {loaded.status === 'ready' && loaded.data.rounds.length === 0 && (
        <p className="muted">
          No rounds yet. Take one before changing the codebook to compare later.
        </p>
      )}
      {loaded.status === 'ready' && loaded.data.rounds.length > 0 && (
        <>
          <ul className="round-list">
            {loaded.data.rounds.map((r) => (
              <li key={r.id}>
                {r.name}{' '}
                <span className="muted">
                  taken {formatInstant(r.createdAt)} by {r.createdBy}
                </span>
              </li>
            ))}
          </ul>
          <CompareRounds rounds={loaded.data.rounds} nameOf={nameOf} />
        </>
      )}
    </section>
  );
}
