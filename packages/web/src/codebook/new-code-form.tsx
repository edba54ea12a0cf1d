/** The form that adds a code: name, parent, colour, notes, examples (one a line) and a reason. */
import type { Code, Dataset } from '@liaison/core';
import { useId, useState, type FormEvent } from 'react';
import { codebookApi, type NewCode } from '../api/codebook-api.js';
import { CodeSelect, ColourField, examplesOf, ReasonField, TextField } from './form-fields.js';
import { useSubmit } from './use-submit.js';

/** The form's state: a new code with its examples still as typed text. */
type Draft = Omit<NewCode, 'examples'> & { examples: string; memo: string };

const EMPTY: Draft = {
  name: '',
  parentId: null,
  datasetId: null,
  definition: '',
  inclusion: '',
  exclusion: '',
  examples: '',
  colour: '#1f77b4',
  codable: true,
  memo: '',
};

function FolderField({ draft, set }: { draft: Draft; set: (patch: Partial<Draft>) => void }) {
  const id = useId();
  return (
    <p className="field field-inline">
      <input
        id={id}
        type="checkbox"
        checked={!draft.codable}
        onChange={(e) => set({ codable: !e.target.checked })}
      />
      <label htmlFor={id}>Folder only (not applied to text)</label>
    </p>
  );
}

function Notes({ draft, set }: { draft: Draft; set: (patch: Partial<Draft>) => void }) {
  return (
    <>
      <TextField
        label="Definition"
        value={draft.definition}
        onChange={(definition) => set({ definition })}
        multiline
      />
      <TextField
        label="Apply when"
        value={draft.inclusion}
        onChange={(inclusion) => set({ inclusion })}
        multiline
      />
      <TextField
        label="Do not apply when"
        value={draft.exclusion}
        onChange={(exclusion) => set({ exclusion })}
        multiline
      />
      <TextField
        label="Examples (one a line)"
        value={draft.examples}
        onChange={(examples) => set({ examples })}
        multiline
      />
    </>
  );
}

export function NewCodeForm(props: {
  codes: Code[];
  datasets: Dataset[];
  onCreated: (code: Code) => void;
}) {
  const [draft, setDraft] = useState(EMPTY);
  const submit = useSubmit(() => setDraft(EMPTY));
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submit.run(async () => {
      const made = await codebookApi.create({ ...draft, examples: examplesOf(draft.examples) });
      props.onCreated(made.code);
    });
  };
  return (
    <form className="panel new-code" aria-labelledby="new-code-heading" onSubmit={send}>
      <h2 id="new-code-heading">Add a code</h2>
      <TextField label="Name" value={draft.name} onChange={(name) => set({ name })} />
      <CodeSelect
        label="Parent"
        codes={props.codes.filter((c) => c.retiredAt === null)}
        value={draft.parentId}
        onChange={(parentId) => set({ parentId })}
      />
      <CodeSelect
        label="Codebook of dataset"
        codes={props.datasets}
        value={draft.datasetId}
        onChange={(datasetId) => set({ datasetId })}
        none="(shared by all datasets)"
      />
      <ColourField value={draft.colour} onChange={(colour) => set({ colour })} />
      <FolderField draft={draft} set={set} />
      <Notes draft={draft} set={set} />
      <ReasonField value={draft.memo} onChange={(memo) => set({ memo })} />
      {submit.error && (
        <p className="form-error" role="alert">
          {submit.error}
        </p>
      )}
      <button type="submit" disabled={submit.pending || draft.name.trim() === ''}>
        Add code
      </button>
    </form>
  );
}
