/** The timeline's key: agency colours, framing colours and event codes, all in words. */
import {
  AGENCIES,
  agencyColour,
  EVENT_CODES,
  EVENT_TYPES,
  FRAMING_COLOURS,
  FRAMINGS,
  labelOf,
  NO_AGENCY_COLOUR,
} from './palette.js';

function Swatches({ title, items }: { title: string; items: [string, string][] }) {
  return (
    <div className="legend-group">
      <h4>{title}</h4>
      <ul>
        {items.map(([label, colour]) => (
          <li key={label}>
            <span className="swatch" style={{ background: colour }} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TimelineLegend() {
  const agencies: [string, string][] = AGENCIES.map((a) => [labelOf(a), agencyColour(a)]);
  agencies.push(['No agency', NO_AGENCY_COLOUR]);
  return (
    <details className="timeline-legend" open>
      <summary>Key</summary>
      <Swatches title="Acting agency (dot; a ring is a second agency)" items={agencies} />
      <Swatches
        title="Framing (band under the axis)"
        items={FRAMINGS.map((f) => [labelOf(f), FRAMING_COLOURS[f]])}
      />
      <div className="legend-group">
        <h4>Event (code beside the dot)</h4>
        <ul className="event-codes">
          {EVENT_TYPES.map((e) => (
            <li key={e}>
              <b>{EVENT_CODES[e]}</b> {labelOf(e)}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
