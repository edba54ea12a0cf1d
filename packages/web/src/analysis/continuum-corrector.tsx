/**
 * Overriding a log's continuum placement: "Override placement" opens a small form with the
 * level (from the study's continuum scale) and a required reason; an override in force is shown
 * with the computed level and can be undone. The reason is what the badge shows as rationale.
 */
import type { ContinuumPlacement } from '@liaison/core';
import { useId, useState, type FormEvent } from 'react';
import { analysisApi } from '../api/analysis-api.js';
import { useApi } from '../api/use-api.js';

export interface ContinuumCorrectorProps {
  continuum: ContinuumPlacement;
  busy: boolean;
  onOverride(level: number, reason: string): void;
  onUndo(): void;
}

export function ContinuumCorrector(props: ContinuumCorrectorProps) {
  const { continuum, busy } = props;
  const [open, setOpen] = useState(false);
  const { override } = continuum;
  return (
    <div className="continuum-corrector">
      {override && (
        <p className="continuum-override">
          <span className="corrected-mark">overridden</span> Computed: level {override.fromLevel}.{' '}
          <button type="button" disabled={busy} onClick={props.onUndo}>
            Undo override
          </button>
        </p>
      )}
      {!open && (
        <button type="button" aria-expanded={false} onClick={() => setOpen(true)}>
          Override placement
        </button>
      )}
      {open && (
        <OverrideForm
          current={continuum.level}
          busy={busy}
          onCancel={() => setOpen(false)}
          onSave={(level, reason) => {
            setOpen(false);
            props.onOverride(level, reason);
          }}
        />
      )}
    </div>
  );
}

function OverrideForm(props: {
  current: number;
  busy: boolean;
  onCancel(): void;
  onSave(level: number, reason: string): void;
}) {
  const scale = useApi('continuum-scale', (signal) => analysisApi.scale(signal));
  const [level, setLevel] = useState(props.current);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const ids = { level: useId(), reason: useId(), error: useId() };
  const levels =
    scale.status === 'ready'
      ? [...scale.data.scale.scale.levels].sort((a, b) => a.level - b.level)
      : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setError('Give the reason for the override.');
    props.onSave(level, reason.trim());
  };
  return (
    <form
      className="override-form"
      aria-label="Override the continuum placement"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <label htmlFor={ids.level}>Level</label>
      <select id={ids.level} value={level} onChange={(e) => setLevel(Number(e.target.value))}>
        {levels.map((l) => (
          <option key={l.level} value={l.level}>
            {l.level} · {l.label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.reason}>Reason (required)</label>
      <textarea
        id={ids.reason}
        value={reason}
        rows={2}
        required
        aria-invalid={error !== ''}
        aria-describedby={error ? ids.error : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      {error && (
        <p id={ids.error} className="form-error">
          {error}
        </p>
      )}
      {scale.status === 'error' && (
        <p className="form-error">The continuum scale could not be read: {scale.error.message}</p>
      )}
      <button type="submit" disabled={props.busy || levels.length === 0}>
        Save override
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
