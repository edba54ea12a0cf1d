/**
 * Records the agreed outcome of one dispute: keep A's codes, B's, both, neither, or another code,
 * with a note; optionally codes the span with the agreed codes as the current coder. Radio
 * buttons and a submit button, so it works from the keyboard alone.
 */
import type { Code, DisputeOutcome, ReviewDispute } from '@liaison/core';
import { useId, useState, type FormEvent } from 'react';
import { disputesApi } from '../api/disputes-api.js';

const CHOICES: [DisputeOutcome, string][] = [
  ['keep_a', 'Keep A'],
  ['keep_b', 'Keep B'],
  ['both', 'Both'],
  ['neither', 'Neither'],
  ['other', 'Other code'],
];

/** The codes an outcome applies: a side's codes, their union, none, or the chosen one. */
function codesFor(d: ReviewDispute, outcome: DisputeOutcome, other: string): string[] {
  const of = (i: number) => (d.sides[i]?.segments ?? []).map((s) => s.codeId);
  const pick = {
    keep_a: of(0),
    keep_b: of(1),
    both: [...of(0), ...of(1)],
    neither: [],
    other: [other],
  };
  return [...new Set(pick[outcome].filter(Boolean))];
}

/** Starts on a choice that applies something: A's codes, else B's. */
function firstChoice(d: ReviewDispute): DisputeOutcome {
  return (d.sides[0]?.segments.length ?? 0) > 0 ? 'keep_a' : 'keep_b';
}

interface Props {
  dispute: ReviewDispute;
  codes: Code[];
  onResolved: () => void;
}

export function ResolutionForm({ dispute, codes, onResolved }: Props) {
  const id = useId();
  const [outcome, setOutcome] = useState<DisputeOutcome>(() => firstChoice(dispute));
  const [other, setOther] = useState(codes.find((c) => c.codable && !c.retiredAt)?.id ?? '');
  const [note, setNote] = useState('');
  const [apply, setApply] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeIds = codesFor(dispute, outcome, other);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await disputesApi.resolve({ dispute, outcome, codeIds, note, applyCodings: apply });
      onResolved();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <form className="resolution-form" onSubmit={submit} aria-label="Resolve this dispute">
      <fieldset>
        <legend>Agreed outcome</legend>
        {CHOICES.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-outcome`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      {outcome === 'other' && (
        <label>
          Code{' '}
          <select value={other} onChange={(e) => setOther(e.target.value)}>
            {codes
              .filter((c) => c.codable && !c.retiredAt)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
        </label>
      )}
      <label className="resolution-note">
        Note <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </label>
      <label>
        <input type="checkbox" checked={apply} onChange={(e) => setApply(e.target.checked)} /> Code
        the span with the agreed codes as me
      </label>
      {outcome !== 'neither' && codeIds.length === 0 && (
        <p className="muted">This choice has no code to apply; pick another.</p>
      )}
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={busy || (outcome !== 'neither' && codeIds.length === 0)}>
        Record resolution
      </button>
    </form>
  );
}
