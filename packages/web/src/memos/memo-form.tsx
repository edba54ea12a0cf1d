/**
 * The fields of a memo (a title and plain text, line breaks kept) as a form, used both to write
 * a new memo and to edit one. Enter in the title or Ctrl+Enter in the text saves; Escape
 * cancels an edit. The API's message is shown when saving fails (it says what to do).
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ApiRequestError } from '../api/client.js';
import type { MemoText } from '../api/memos-api.js';

export interface MemoFormLabels {
  form: string;
  title: string;
  body: string;
  submit: string;
}

export function MemoForm(props: {
  labels: MemoFormLabels;
  initial?: MemoText;
  onSave(text: MemoText): Promise<unknown>;
  onCancel?(): void;
  autoFocus?: boolean;
}) {
  const { labels, initial, onSave, onCancel, autoFocus } = props;
  const id = useId();
  const [text, setText] = useState<MemoText>(initial ?? { title: '', body: '' });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      await onSave(text);
      setError(null);
      if (!initial) setText({ title: '', body: '' });
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'The memo could not be saved.');
    } finally {
      setPending(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
  return (
    <form className="memo-form" aria-label={labels.form} onSubmit={submit} onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-title`}>{labels.title}</label>
      <input
        id={`${id}-title`}
        value={text.title}
        maxLength={200}
        required
        autoFocus={autoFocus}
        onChange={(e) => setText({ ...text, title: e.target.value })}
      />
      <label htmlFor={`${id}-body`}>{labels.body}</label>
      <textarea
        id={`${id}-body`}
        value={text.body}
        rows={3}
        onChange={(e) => setText({ ...text, body: e.target.value })}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="memo-form-actions">
        <button type="submit" disabled={pending}>
          {labels.submit}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <span className="muted memo-hint">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves
        </span>
      </div>
    </form>
  );
}
