/**
 * Splitting a code: name the new code, choose which of the code's codings (quote, source, coder)
 * move to it, and give the reason. The codings are read with the coded-segments query, so
 * while blind coding hides others' codings only one's own can be moved.
 */
import type { QuerySegment } from '@liaison/core';
import { useState } from 'react';
import { api, ApiRequestError } from '../api/client.js';
import { codebookApi } from '../api/codebook-api.js';
import { queriesApi } from '../api/queries-api.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { plural } from '../format.js';
import { OperationForm, type OperationProps } from './code-operations.js';
import { TextField } from './form-fields.js';

interface SplitData {
  segments: QuerySegment[];
  sourceNames: Map<string, string>;
}

async function loadCodings(codeId: string, signal: AbortSignal): Promise<SplitData> {
  const [{ segments }, { sources }] = await Promise.all([
    queriesApi.segments([codeId], signal),
    api.sources(signal),
  ]);
  return { segments, sourceNames: new Map(sources.map((s) => [s.id, s.name])) };
}

export function SplitForm({ code, onDone }: OperationProps) {
  const loaded = useApi(`split:${code.id}`, (signal) => loadCodings(code.id, signal));
  if (loaded.status === 'loading') return <Loading what="the code's codings" />;
  if (loaded.status === 'error')
    return (
      <ErrorNotice
        title="The codings could not be read"
        error={loaded.error}
        onRetry={loaded.retry}
      />
    );
  if (loaded.data.segments.length === 0)
    return (
      <p className="muted">{code.name} has no codings to move; add a new code under it instead.</p>
    );
  return <SplitFields codeId={code.id} codeName={code.name} data={loaded.data} onDone={onDone} />;
}

function SplitFields(props: {
  codeId: string;
  codeName: string;
  data: SplitData;
  onDone: () => void;
}) {
  const { codeId, codeName, data, onDone } = props;
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const split = (memo: string) => {
    if (chosen.size === 0) {
      const message = 'Choose at least one coding to move to the new code.';
      return Promise.reject(new ApiRequestError('validation_failed', message, 0));
    }
    const parts = [{ code: { name }, codingIds: [...chosen] }];
    return codebookApi.split(codeId, parts, memo);
  };
  return (
    <OperationForm label="Split" onSubmit={split} onDone={onDone}>
      <TextField label="Name of the new code" value={name} onChange={setName} />
      <CodingChoice
        segments={data.segments}
        sourceNames={data.sourceNames}
        chosen={chosen}
        onChange={setChosen}
      />
      <p className="muted" aria-live="polite">
        {plural(chosen.size, 'coding moves', 'codings move')} to the new code;{' '}
        {plural(data.segments.length - chosen.size, 'coding stays', 'codings stay')} with {codeName}
        .
      </p>
    </OperationForm>
  );
}

function CodingChoice(props: {
  segments: QuerySegment[];
  sourceNames: Map<string, string>;
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
}) {
  const { segments, sourceNames, chosen, onChange } = props;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="split-codings">
      <legend>Codings to move to the new code</legend>
      <div className="split-choose-all">
        <button type="button" onClick={() => onChange(new Set(segments.map((s) => s.codingId)))}>
          Choose all
        </button>
        <button type="button" onClick={() => onChange(new Set())}>
          Choose none
        </button>
      </div>
      <ul>
        {segments.map((s) => (
          <li key={s.codingId}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(s.codingId)}
                onChange={(e) => toggle(s.codingId, e.target.checked)}
              />
              <q className="split-quote">{s.exact}</q>{' '}
              <span className="muted">
                {sourceNames.get(s.sourceId) ?? s.sourceId}, {s.coder}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
