/**
 * The selected coding: its code, coder and quote, an Unapply button, and its memos with a form
 * to add one (a memo is its author's note on why the code fits, or a doubt to discuss).
 */
import type { Coding } from '@liaison/core';
import { useState, type FormEvent } from 'react';
import { codingApi } from '../api/coding-api.js';
import { useApi } from '../api/use-api.js';
import { useCodingState, type CodingState } from './coding-context.js';
import { codeColour } from './coded-text.js';

export function CodingDetails({ onStatus }: { onStatus(status: string): void }) {
  const state = useCodingState() as CodingState;
  const coding = state.codings.find((c) => c.id === state.selectedId);
  if (!coding) return null;
  const code = state.codeById.get(coding.codeId);
  const name = code?.name ?? 'Unknown code';
  const unapply = async () => {
    try {
      await codingApi.unapply(coding.id);
      state.select(null);
      onStatus(`Unapplied “${name}”.`);
    } catch (error) {
      onStatus(`Could not unapply “${name}”: ${(error as Error).message}`);
    }
    state.refresh();
  };
  return (
    <div className="coding-details" role="group" aria-label={`Coding: ${name}`}>
      <p>
        <span className="swatch" style={{ background: codeColour(code) }} aria-hidden="true" />
        <strong>{name}</strong> by {coding.coder}: <q>{coding.anchor.quote.exact}</q>
      </p>
      <div className="coding-details-actions">
        <button type="button" onClick={unapply}>
          Unapply
        </button>
        <button type="button" onClick={() => state.select(null)}>
          Close
        </button>
      </div>
      <CodingMemos coding={coding} />
    </div>
  );
}

function CodingMemos({ coding }: { coding: Coding }) {
  const [revision, setRevision] = useState(0);
  const memos = useApi(`memos:${coding.id}:${revision}`, (signal) =>
    codingApi.memos('coding', coding.id, signal),
  );
  return (
    <div className="coding-memos">
      <h2 className="coding-memos-title">Memos</h2>
      {memos.status === 'error' && <p className="form-error">{memos.error.message}</p>}
      {memos.status === 'ready' && memos.data.memos.length === 0 && (
        <p className="muted">No memo on this coding yet.</p>
      )}
      {memos.status === 'ready' && (
        <ul>
          {memos.data.memos.map((memo) => (
            <li key={memo.id}>
              <strong>{memo.title}</strong> ({memo.author}){memo.body && `: ${memo.body}`}
            </li>
          ))}
        </ul>
      )}
      <MemoForm codingId={coding.id} onSaved={() => setRevision((n) => n + 1)} />
    </div>
  );
}

function MemoForm({ codingId, onSaved }: { codingId: string; onSaved(): void }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await codingApi.addMemo('coding', codingId, title, body);
      setTitle('');
      setBody('');
      setError(null);
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="memo-form" onSubmit={submit}>
      <label>
        Memo title <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        Memo <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={2} />
      </label>
      <button type="submit">Add memo</button>
      {error && <p className="form-error">{error}</p>}
    </form>
  );
}
