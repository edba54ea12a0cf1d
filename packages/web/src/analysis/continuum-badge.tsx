/** A log's place on the continuum of joint working: level, label, rationale and evidence. */
import type { ContinuumPlacement } from '@liaison/core';
import { levelColour } from './palette.js';

export function ContinuumBadge({ continuum }: { continuum: ContinuumPlacement }) {
  const { level, label, rationale, evidence } = continuum;
  return (
    <section className="continuum-badge" aria-label="Continuum of joint working">
      <span
        className="continuum-level"
        style={{ background: levelColour(level), color: level >= 3 ? '#fff' : '#1d2327' }}
      >
        Level {level} · {label}
      </span>
      <p className="continuum-rationale">{numberedForPeople(rationale, evidence)}</p>
    </section>
  );
}

/**
 * The core writes the evidence into the rationale as 0-based entry indices (as the CLI's JSON
 * does); the reader numbers entries from 1, so the list is renumbered where it appears, and
 * added when a study's rationale does not name it.
 */
function numberedForPeople(rationale: string, evidence: number[]): string {
  if (evidence.length === 0) return rationale;
  const asIndices = evidence.join(', ');
  const asNumbers = evidence.map((i) => i + 1).join(', ');
  if (rationale.includes(asIndices)) return rationale.replace(asIndices, asNumbers);
  return `${rationale} Evidence: entries ${asNumbers}.`;
}
