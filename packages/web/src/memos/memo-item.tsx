/**
 * One memo: title, author, when it was written (and last edited), and its text with line breaks
 * kept. Its author may edit it in place; focus goes back to the Edit button afterwards.
 */
import type { Memo } from '@liaison/core';
import { useEffect, useRef, useState } from 'react';
import { memosApi } from '../api/memos-api.js';
import { formatInstant } from '../format.js';
import { MemoForm } from './memo-form.js';

function Written({ memo }: { memo: Memo }) {
  const edited = memo.updatedAt !== memo.createdAt;
  return (
    <span className="muted memo-meta">
      {memo.author}, <time dateTime={memo.createdAt}>{formatInstant(memo.createdAt)}</time>
      {edited && (
        <>
          {' '}
          (edited <time dateTime={memo.updatedAt}>{formatInstant(memo.updatedAt)}</time>)
        </>
      )}
    </span>
  );
}

export function MemoItem(props: { memo: Memo; canEdit: boolean; onSaved(message: string): void }) {
  const { memo, canEdit, onSaved } = props;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Set when an edit ends, so the Edit button, once rendered again, takes the focus back.
  const refocus = useRef(false);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const stopEditing = () => {
    refocus.current = true;
    setEditing(false);
  };
  const save = async (text: { title: string; body: string }) => {
    await memosApi.update(memo.id, text);
    stopEditing();
    onSaved(`Memo “${text.title}” saved.`);
  };
  return (
    <li className="memo" data-memo-id={memo.id}>
      {editing ? (
        <MemoForm
          labels={{
            form: `Edit memo “${memo.title}”`,
            title: 'Title',
            body: 'Text',
            submit: 'Save',
          }}
          initial={{ title: memo.title, body: memo.body }}
          onSave={save}
          onCancel={stopEditing}
          autoFocus
        />
      ) : (
        <>
          <div className="memo-head">
            <strong className="memo-title">{memo.title}</strong> <Written memo={memo} />
            {canEdit && (
              <button
                type="button"
                ref={editButton}
                className="memo-edit"
                aria-label={`Edit memo “${memo.title}”`}
                onClick={() => setEditing(true)}
              >
                Edit
              </button>
            )}
          </div>
          {memo.body && <p className="memo-body">{memo.body}</p>}
        </>
      )}
    </li>
  );
}
