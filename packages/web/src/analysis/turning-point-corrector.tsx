/**
 * Turning points at the selected entry, corrected by hand: each found or added one can be
 * removed, another type added; a turning point a researcher added or removed is marked and its
 * correction can be undone (back to what the detector finds). Part of the entry editor's panel.
 */
import type { Correction, CorrectionTarget, TurningPoint, TurningPointType } from '@liaison/core';
import { TURNING_POINT_TYPES } from '@liaison/core/vocabulary';
import { useId, useState } from 'react';
import { labelOf } from './palette.js';

const TYPES: readonly TurningPointType[] = TURNING_POINT_TYPES;

type TurningPointCorrection = Extract<Correction, { target: 'turning_point' }>;

export interface TurningPointCorrectorProps {
  index: number;
  points: TurningPoint[];
  corrections: Correction[];
  busy: boolean;
  onCorrect(correction: Correction): void;
  onUndo(target: CorrectionTarget): void;
}

export function TurningPointCorrector(props: TurningPointCorrectorProps) {
  const { index, busy } = props;
  const here = props.points.filter((p) => p.entry === index);
  const corrected = props.corrections.filter(
    (c): c is TurningPointCorrection => c.target === 'turning_point' && c.entry === index,
  );
  const addable = TYPES.filter((t) => !here.some((p) => p.type === t));
  const undo = (type: TurningPointType) =>
    props.onUndo({ target: 'turning_point', entry: index, type });
  const change = (type: TurningPointType, action: 'add' | 'remove') =>
    props.onCorrect({ target: 'turning_point', entry: index, type, action });
  return (
    <section className="tp-corrector" aria-label={`Turning points at entry ${index + 1}`}>
      <h3>Turning points here</h3>
      <ul>
        {here.map((p) => (
          <li key={p.type}>
            {labelOf(p.type)}
            {corrected.some((c) => c.type === p.type) && (
              <CorrectionUndo
                what={`${labelOf(p.type)} added`}
                onUndo={() => undo(p.type)}
                busy={busy}
              />
            )}{' '}
            <button type="button" disabled={busy} onClick={() => change(p.type, 'remove')}>
              Remove<span className="visually-hidden"> the {labelOf(p.type)} turning point</span>
            </button>
          </li>
        ))}
        {corrected
          .filter((c) => c.action === 'remove')
          .map((c) => (
            <li key={c.type}>
              <s>{labelOf(c.type)}</s>
              <CorrectionUndo
                what={`${labelOf(c.type)} removed`}
                onUndo={() => undo(c.type)}
                busy={busy}
              />
            </li>
          ))}
        {here.length === 0 && !corrected.some((c) => c.action === 'remove') && (
          <li className="muted">none</li>
        )}
      </ul>
      <AddTurningPoint types={addable} busy={busy} onAdd={(t) => change(t, 'add')} />
    </section>
  );
}

/** The mark of a researcher's turning-point correction, with Undo. */
function CorrectionUndo(props: { what: string; busy: boolean; onUndo(): void }) {
  return (
    <>
      <span className="corrected-mark" title={`Corrected: ${props.what} by a researcher`}>
        {props.what.endsWith('removed') ? 'removed' : 'added'}
      </span>{' '}
      <button
        type="button"
        className="undo-correction"
        disabled={props.busy}
        onClick={props.onUndo}
        aria-label={`Undo: ${props.what}`}
      >
        Undo
      </button>
    </>
  );
}

function AddTurningPoint(props: {
  types: TurningPointType[];
  busy: boolean;
  onAdd(type: TurningPointType): void;
}) {
  const [type, setType] = useState<TurningPointType | ''>('');
  const id = useId();
  if (props.types.length === 0) return null;
  const chosen =
    type !== '' && props.types.includes(type) ? type : (props.types[0] as TurningPointType);
  return (
    <div className="tp-add">
      <label htmlFor={id}>Add a turning point</label>
      <select id={id} value={chosen} onChange={(e) => setType(e.target.value as TurningPointType)}>
        {props.types.map((t) => (
          <option key={t} value={t}>
            {labelOf(t)}
          </option>
        ))}
      </select>
      <button type="button" disabled={props.busy} onClick={() => props.onAdd(chosen)}>
        Add
      </button>
    </div>
  );
}
