/**
 * The operations on one code: redefine, rename, move, merge into another, retire. Each is a
 * small form with a labelled reason (memo) that is kept with the change and shown in the diff.
 */
import type { Code } from '@liaison/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { codebookApi } from '../api/codebook-api.js';
import { CodeSelect, ColourField, examplesOf, ReasonField, TextField } from './form-fields.js';
import { useSubmit, type Submit } from './use-submit.js';

export interface OperationProps {
  code: Code;
  codes: Code[];
  onDone: () => void;
}

/** A form named `label` whose submit button is `label`, with the reason field last. */
export function OperationForm(props: {
  label: string;
  onSubmit: (memo: string) => Promise<unknown>;
  onDone: () => void;
  children: ReactNode;
}) {
  const { label, onSubmit, onDone, children } = props;
  const [memo, setMemo] = useState('');
  const submit: Submit = useSubmit(onDone);
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submit.run(() => onSubmit(memo));
  };
  return (
    <form className="code-operation" aria-label={label} onSubmit={send}>
      {children}
      <ReasonField value={memo} onChange={setMemo} />
      {submit.error && (
        <p className="form-error" role="alert">
          {submit.error}
        </p>
      )}
      <button type="submit" disabled={submit.pending}>
        {label}
      </button>
    </form>
  );
}

/** Definition, notes, examples (one a line) and colour, sent together as one redefinition. */
export function RedefineForm({ code, onDone }: OperationProps) {
  const [draft, setDraft] = useState({ ...code, examples: code.examples.join('\n') });
  const set =
    (key: 'definition' | 'inclusion' | 'exclusion' | 'examples' | 'colour') => (value: string) =>
      setDraft({ ...draft, [key]: value });
  const save = (memo: string) => {
    const { definition, inclusion, exclusion, colour } = draft;
    const examples = examplesOf(draft.examples);
    return codebookApi.redefine(
      code.id,
      { definition, inclusion, exclusion, colour, examples },
      memo,
    );
  };
  return (
    <OperationForm label="Save definition" onSubmit={save} onDone={onDone}>
      <TextField
        label="Definition"
        value={draft.definition}
        onChange={set('definition')}
        multiline
      />
      <TextField label="Apply when" value={draft.inclusion} onChange={set('inclusion')} multiline />
      <TextField
        label="Do not apply when"
        value={draft.exclusion}
        onChange={set('exclusion')}
        multiline
      />
      <TextField
        label="Examples (one a line)"
        value={draft.examples}
        onChange={set('examples')}
        multiline
      />
      <ColourField value={draft.colour} onChange={set('colour')} />
    </OperationForm>
  );
}

export function RenameForm({ code, onDone }: OperationProps) {
  const [name, setName] = useState(code.name);
  return (
    <OperationForm
      label="Rename"
      onSubmit={(memo) => codebookApi.rename(code.id, name, memo)}
      onDone={onDone}
    >
      <TextField label="New name" value={name} onChange={setName} />
    </OperationForm>
  );
}

/** Codes `code` may go under: not itself nor one of its descendants (that would be a cycle). */
export function possibleParents(code: Code, codes: Code[]): Code[] {
  const below = new Set([code.id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of codes) {
      if (c.parentId !== null && below.has(c.parentId) && !below.has(c.id)) {
        below.add(c.id);
        grew = true;
      }
    }
  }
  return codes.filter((c) => !below.has(c.id));
}

export function MoveForm({ code, codes, onDone }: OperationProps) {
  const [parentId, setParentId] = useState(code.parentId);
  return (
    <OperationForm
      label="Move"
      onSubmit={(memo) => codebookApi.move(code.id, parentId, memo)}
      onDone={onDone}
    >
      <CodeSelect
        label="New parent"
        codes={possibleParents(code, codes)}
        value={parentId}
        onChange={setParentId}
      />
    </OperationForm>
  );
}

export function MergeForm({ code, codes, onDone }: OperationProps) {
  const targets = codes.filter((c) => c.id !== code.id && c.retiredAt === null);
  const [targetId, setTargetId] = useState<string | null>(null);
  if (targets.length === 0) return <p className="muted">There is no other code to merge into.</p>;
  const merge = (memo: string) => codebookApi.merge(code.id, targetId ?? '', memo);
  return (
    <OperationForm label="Merge" onSubmit={merge} onDone={onDone}>
      <CodeSelect
        label="Merge into"
        codes={targets}
        value={targetId}
        onChange={setTargetId}
        none="Choose the code that keeps the codings…"
        required
      />
      <p className="muted">
        Every coding of {code.name} moves to the chosen code; {code.name} is kept, retired, for the
        history.
      </p>
    </OperationForm>
  );
}

export function RetireForm({ code, onDone }: OperationProps) {
  return (
    <OperationForm
      label="Retire"
      onSubmit={(memo) => codebookApi.retire(code.id, memo)}
      onDone={onDone}
    >
      <p className="muted">
        A retired code keeps its codings and history but can no longer be applied.
      </p>
    </OperationForm>
  );
}
