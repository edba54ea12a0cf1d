/**
 * The autocode search: a phrase or a regular expression, what each hit codes (the match, its
 * sentence or the whole turn / entry) and an optional dataset. Submitting asks for a preview;
 * the server refuses unsafe regular expressions (docs/assisted-coding.md), shown by the page.
 */
import type { Dataset } from '@liaison/core';
import { useState, type FormEvent } from 'react';
import type { AutocodeQuery, AutocodeUnit } from '../api/assist-api.js';

type Mode = 'phrase' | 'regex';

const UNIT_LABELS: Record<AutocodeUnit, string> = {
  match: 'The matched text only',
  sentence: 'The sentence holding the match',
  turn: 'The whole turn or entry',
};

function buildQuery(mode: Mode, pattern: string, unit: AutocodeUnit, datasetId: string) {
  const query: AutocodeQuery = { unit, [mode]: pattern };
  if (datasetId) query.datasetId = datasetId;
  return query;
}

export function AutocodeQueryForm(props: {
  datasets: Dataset[];
  busy: boolean;
  onPreview(query: AutocodeQuery): void;
}) {
  const [mode, setMode] = useState<Mode>('phrase');
  const [pattern, setPattern] = useState('');
  const [unit, setUnit] = useState<AutocodeUnit>('sentence');
  const [datasetId, setDatasetId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pattern.trim()) props.onPreview(buildQuery(mode, pattern, unit, datasetId));
  };
  return (
    <form className="autocode-form" onSubmit={submit} aria-label="Search to autocode">
      <ModeChoice mode={mode} onChange={setMode} />
      <label>
        {mode === 'phrase' ? 'Phrase' : 'Regular expression'}
        <input
          value={pattern}
          onChange={(e) => setPattern(e.target.value)}
          maxLength={500}
          required
          spellCheck={mode === 'phrase'}
        />
      </label>
      <label>
        Each hit codes
        <select value={unit} onChange={(e) => setUnit(e.target.value as AutocodeUnit)}>
          {Object.entries(UNIT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <DatasetChoice datasets={props.datasets} value={datasetId} onChange={setDatasetId} />
      <button type="submit" disabled={props.busy || !pattern.trim()}>
        Preview hits
      </button>
    </form>
  );
}

function ModeChoice({ mode, onChange }: { mode: Mode; onChange(mode: Mode): void }) {
  return (
    <fieldset className="autocode-mode">
      <legend>Find</legend>
      <label>
        <input type="radio" checked={mode === 'phrase'} onChange={() => onChange('phrase')} />
        Phrase (literal words, case ignored)
      </label>
      <label>
        <input type="radio" checked={mode === 'regex'} onChange={() => onChange('regex')} />
        Regular expression
      </label>
    </fieldset>
  );
}

function DatasetChoice(props: { datasets: Dataset[]; value: string; onChange(id: string): void }) {
  return (
    <label>
      Dataset
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">All datasets</option>
        {props.datasets.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
}
