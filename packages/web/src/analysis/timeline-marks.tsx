/**
 * The SVG marks of the log timeline: the time axis with ticks, the framing band, one mark per
 * entry (coloured by its first acting agency, ringed by a second, with its event code) and the
 * turning-point markers. Geometry comes from timeline-layout.ts; state lives in log-timeline.tsx.
 */
import type { EntryAnalysis, TurningPoint } from '@liaison/core';
import type { KeyboardEvent } from 'react';
import { agencyColour, EVENT_CODES, FRAMING_COLOURS, labelOf } from './palette.js';
import { tickLabel, type TimelineLayout } from './timeline-layout.js';

export interface TimelineGeometry {
  layout: TimelineLayout;
  width: number;
  axisY: number;
  laneY(lane: number): number;
}

const dayOf = (ms: number | undefined) =>
  ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10);

export function Axis({ geometry }: { geometry: TimelineGeometry }) {
  const { layout, axisY, width } = geometry;
  return (
    <g className="timeline-axis" aria-hidden="true">
      <line x1={0} x2={width} y1={axisY} y2={axisY} />
      {layout.ticks.map((tick, i) => {
        const label = tickLabel(
          tick.ms,
          i === 0 || dayOf(tick.ms) !== dayOf(layout.ticks[i - 1]?.ms),
        );
        return (
          <g key={tick.ms} transform={`translate(${tick.x},${axisY})`}>
            <line y1={0} y2={20} />
            <text y={34} textAnchor="middle">
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Framing of each entry, from its x to the next entry's (the last entry's runs 8 units). */
export function FramingBand({
  geometry,
  entries,
}: {
  geometry: TimelineGeometry;
  entries: EntryAnalysis[];
}) {
  const { points } = geometry.layout;
  return (
    <g className="framing-band">
      {entries.map((entry, i) => {
        const x = (points[i]?.x ?? 0) - 4;
        const next = points[i + 1]?.x ?? x + 12;
        return (
          <rect
            key={i}
            x={x}
            y={geometry.axisY + 4}
            width={Math.max(next - 4 - x, 2)}
            height={10}
            fill={FRAMING_COLOURS[entry.framing]}
          >
            <title>{`Entry ${i + 1}: ${labelOf(entry.framing)}`}</title>
          </rect>
        );
      })}
    </g>
  );
}

export interface EntryMarkProps {
  entry: EntryAnalysis;
  geometry: TimelineGeometry;
  active: boolean;
  evidence: boolean;
  label: string;
  onFocus(): void;
  onKeyDown(event: KeyboardEvent): void;
}

export function EntryMark({
  entry,
  geometry,
  active,
  evidence,
  label,
  onFocus,
  onKeyDown,
}: EntryMarkProps) {
  const point = geometry.layout.points[entry.index];
  if (!point) return null;
  const [first, second] = entry.agencies;
  const classes = ['timeline-entry', active && 'is-active', evidence && 'is-evidence'];
  return (
    <g
      className={classes.filter(Boolean).join(' ')}
      transform={`translate(${point.x},${geometry.laneY(point.lane)})`}
      tabIndex={active ? 0 : -1}
      role="button"
      aria-label={label}
      aria-pressed={active}
      data-entry={entry.index}
      onFocus={onFocus}
      onClick={onFocus}
      onKeyDown={onKeyDown}
    >
      <line className="timeline-stem" y1={0} y2={geometry.axisY - geometry.laneY(point.lane)} />
      {evidence && <circle className="evidence-halo" r={12} />}
      <circle
        r={7}
        fill={agencyColour(first)}
        stroke={second ? agencyColour(second) : '#fff'}
        strokeWidth={second ? 3 : 1.5}
      />
      <text x={10} y={4} className="event-code">
        {EVENT_CODES[entry.event]}
      </text>
    </g>
  );
}

export interface TurningPointMarkProps {
  point: TurningPoint;
  x: number;
  y: number;
  geometry: TimelineGeometry;
  onHighlight(evidence: number[] | null): void;
}

export function TurningPointMark({ point, x, y, geometry, onHighlight }: TurningPointMarkProps) {
  const show = () => onHighlight(point.evidence);
  const hide = () => onHighlight(null);
  return (
    <g
      className="turning-point-mark"
      data-turning-point={point.type}
      transform={`translate(${x},${y})`}
      tabIndex={0}
      role="img"
      aria-label={turningPointLabel(point)}
      onFocus={show}
      onBlur={hide}
      onMouseEnter={show}
      onMouseLeave={hide}
    >
      <line y1={4} y2={geometry.axisY - y} />
      <path d="M -6 -10 L 6 -10 L 0 0 Z" />
      <text x={8} y={-2}>
        {labelOf(point.type)}
      </text>
    </g>
  );
}

export function turningPointLabel(point: TurningPoint): string {
  const evidence = point.evidence.map((i) => i + 1).join(', ');
  return `${labelOf(point.type)} at entry ${point.entry + 1}; evidence: entries ${evidence}`;
}
