/** An entry's analysis labels in words, each agency with its colour swatch. */
import type { EntryAnalysis } from '@liaison/core';
import { agencyColour, FRAMING_COLOURS, labelOf } from './palette.js';

export function AgencyChips({ agencies }: { agencies: string[] }) {
  if (agencies.length === 0) return <span className="muted">none</span>;
  return (
    <ul className="agency-chips">
      {agencies.map((agency) => (
        <li key={agency}>
          <span
            className="swatch"
            style={{ background: agencyColour(agency) }}
            aria-hidden="true"
          />
          {labelOf(agency)}
        </li>
      ))}
    </ul>
  );
}

export function FramingLabel({ framing }: { framing: EntryAnalysis['framing'] }) {
  return (
    <span className="framing-label">
      <span
        className="swatch"
        style={{ background: FRAMING_COLOURS[framing] }}
        aria-hidden="true"
      />
      {labelOf(framing)}
    </span>
  );
}

/**
 * The words that triggered the labels, e.g. `"CRHT" → Mental health`; a word that triggered
 * one label several times is listed once.
 */
export function TriggerList({ entry }: { entry: EntryAnalysis }) {
  const { agencies, event, framing } = entry.triggers;
  const pairs = new Set(
    [...agencies, ...event, ...framing].map((t) => `${t.text}\u0000${t.label}`),
  );
  if (pairs.size === 0) return <span className="muted">no trigger words</span>;
  return (
    <ul className="trigger-list">
      {[...pairs].map((pair) => {
        const [text = '', label = ''] = pair.split('\u0000');
        return (
          <li key={pair}>
            <q>{text}</q> → {labelOf(label)}
          </li>
        );
      })}
    </ul>
  );
}
