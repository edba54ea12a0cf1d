/**
 * The log's turning points as a list beside the timeline: type, entry and evidence entries.
 * Hover or focus highlights the evidence on the axis; activating one selects its entry.
 */
import type { TurningPoint } from '@liaison/core';
import { turningPointLabel } from './timeline-marks.js';

export function TurningPointList(props: {
  points: TurningPoint[];
  onHighlight(evidence: number[] | null): void;
  onOpen(entry: number): void;
}) {
  const { points, onHighlight, onOpen } = props;
  return (
    <section className="turning-points" aria-labelledby="turning-points-heading">
      <h3 id="turning-points-heading">Turning points</h3>
      {points.length === 0 ? (
        <p className="muted">None found: the course of the incident did not turn.</p>
      ) : (
        <ol>
          {points.map((tp) => (
            <li key={`${tp.type}:${tp.entry}`}>
              <button
                type="button"
                className="link-button"
                data-turning-point={tp.type}
                onFocus={() => onHighlight(tp.evidence)}
                onBlur={() => onHighlight(null)}
                onMouseEnter={() => onHighlight(tp.evidence)}
                onMouseLeave={() => onHighlight(null)}
                onClick={() => onOpen(tp.entry)}
              >
                {turningPointLabel(tp)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
