/**
 * One disputed span: its text, each coder's codes on it side by side, and either the recorded
 * resolution or the form to record one.
 */
import type { Code, ReviewDispute, ReviewSide } from '@liaison/core';
import { ResolutionForm } from './resolution-form.js';

const KIND_LABEL = {
  uncoded_by_some: 'Coded by one coder only',
  different_codes: 'Different codes',
  boundaries: 'Same codes, different boundaries',
} as const;

const OUTCOME_LABEL = {
  keep_a: 'kept coder A’s codes',
  keep_b: 'kept coder B’s codes',
  both: 'kept both coders’ codes',
  neither: 'applied no code',
  other: 'applied another code',
} as const;

interface Props {
  dispute: ReviewDispute;
  codes: Code[];
  onResolved: () => void;
}

export function DisputeCard({ dispute: d, codes, onResolved }: Props) {
  const title = `${KIND_LABEL[d.kind]}, characters ${d.start}–${d.end}`;
  return (
    <article
      className={`dispute-card${d.resolution ? ' resolved' : ''}`}
      aria-label={title}
      data-resolved={d.resolution ? 'true' : 'false'}
    >
      <h3>
        {title}
        {d.resolution && <span className="dispute-badge">Resolved</span>}
      </h3>
      <blockquote className="dispute-text">{d.text}</blockquote>
      <div className="dispute-sides">
        {d.sides.map((side, i) => (
          <Side key={side.coder} side={side} label={i === 0 ? 'A' : 'B'} />
        ))}
      </div>
      {d.resolution ? (
        <p className="dispute-resolution">
          {d.resolution.resolvedBy} {OUTCOME_LABEL[d.resolution.outcome]} (
          {d.resolution.codeIds
            .map((id) => codes.find((c) => c.id === id)?.name ?? id)
            .join(', ') || 'no code'}
          ){d.resolution.note && <>: {d.resolution.note}</>}
        </p>
      ) : (
        <ResolutionForm dispute={d} codes={codes} onResolved={onResolved} />
      )}
    </article>
  );
}

function Side({ side, label }: { side: ReviewSide; label: string }) {
  return (
    <div className="dispute-side">
      <h4>
        Coder {label}: {side.coder}
      </h4>
      {side.segments.length === 0 ? (
        <p className="muted">Not coded</p>
      ) : (
        <ul>
          {side.segments.map((s) => (
            <li key={`${s.codeId}:${s.start}:${s.end}`}>
              {s.codeName}{' '}
              <span className="muted">
                ({s.start}–{s.end})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
