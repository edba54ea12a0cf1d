/**
 * A police log as a timeline: entries on a time axis (SVG), coloured by acting agency with their
 * event codes, the framing band along the axis and the turning points above it. One entry is
 * active (Tab reaches it; ← → Home End move); its labels and text show below. Hovering or
 * focusing a turning point (on the axis or in the list) highlights its evidence entries.
 */
import type { LogAnalysis, LogEntry, LogStructure } from '@liaison/core';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatLocalDateTime } from '../format.js';
import { CorrectedMark, type CorrectedLabels } from './corrected-labels.js';
import { AgencyChips, FramingLabel, TriggerList } from './entry-labels.js';
import { labelOf } from './palette.js';
import { TimelineLegend } from './timeline-legend.js';
import { assignLanes, layoutTimeline } from './timeline-layout.js';
import {
  Axis,
  EntryMark,
  FramingBand,
  TurningPointMark,
  type TimelineGeometry,
} from './timeline-marks.js';
import { TurningPointList } from './turning-point-list.js';

/** SVG user units: the view box is 1000 wide and scales to the pane. */
const WIDTH = 1000;
const LANE_PX = 22;
const MARK_GAP = 36;
const LABEL_LANE_PX = 18;
const LABEL_GAP = 110;

function useGeometry(log: LogStructure, analysis: LogAnalysis) {
  return useMemo(() => {
    const layout = layoutTimeline(
      log.entries.map((e) => e.time),
      { left: 24, right: WIDTH - 60, gap: MARK_GAP, maxTicks: 8 },
    );
    const tpXs = analysis.turningPoints.map((tp) => layout.points[tp.entry]?.x ?? 0);
    const tpLanes = assignLanes(tpXs, LABEL_GAP);
    const labelRows = Math.max(0, ...tpLanes.map((l) => l + 1));
    const entriesTop = 14 + labelRows * LABEL_LANE_PX + 10;
    const axisY = entriesTop + layout.lanes * LANE_PX + 8;
    const geometry: TimelineGeometry = {
      layout,
      width: WIDTH,
      axisY,
      laneY: (lane) => axisY - 14 - lane * LANE_PX,
    };
    const tpYs = tpLanes.map((lane) => 14 + (labelRows - 1 - lane) * LABEL_LANE_PX + 10);
    return { geometry, tpXs, tpYs, height: axisY + 44 };
  }, [log, analysis]);
}

function entryLabel(entry: LogEntry, labels: LogAnalysis['entries'][number]): string {
  const when = entry.time ? formatLocalDateTime(entry.time) : 'no time';
  const agencies = labels.agencies.map(labelOf).join(', ') || 'no agency';
  return `Entry ${entry.index + 1}, ${when}: ${labelOf(labels.event)}; ${agencies}; ${labelOf(labels.framing)}`;
}

export function LogTimeline(props: {
  log: LogStructure;
  analysis: LogAnalysis;
  /** Per entry, the labels a researcher corrected (marked in the entry's details). */
  corrected?: (CorrectedLabels | undefined)[] | undefined;
  initialActive?: number;
  /** Told the selected entry, e.g. to open it in the label editor. */
  onActiveChange?: (index: number) => void;
}) {
  const { log, analysis, corrected, onActiveChange } = props;
  const [active, setActiveState] = useState(props.initialActive ?? 0);
  const setActive = (index: number) => {
    setActiveState(index);
    onActiveChange?.(index);
  };
  const [evidence, setEvidence] = useState<number[] | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { geometry, tpXs, tpYs, height } = useGeometry(log, analysis);
  const count = analysis.entries.length;

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    svgRef.current?.querySelector<SVGGElement>(`[data-entry="${next}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const target = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: count - 1 }[
      event.key
    ];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <section className="log-timeline" aria-label="Log timeline">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="timeline-svg"
        role="group"
        aria-label="Entries on a time axis"
      >
        <Axis geometry={geometry} />
        <FramingBand geometry={geometry} entries={analysis.entries} />
        {analysis.entries.map((labels, i) => (
          <EntryMark
            key={i}
            entry={labels}
            geometry={geometry}
            active={i === active}
            evidence={evidence?.includes(i) ?? false}
            label={entryLabel(log.entries[i] as LogEntry, labels)}
            onFocus={() => setActive(i)}
            onKeyDown={onKeyDown}
          />
        ))}
        {analysis.turningPoints.map((tp, i) => (
          <TurningPointMark
            key={`${tp.type}:${tp.entry}`}
            point={tp}
            x={tpXs[i] ?? 0}
            y={tpYs[i] ?? 0}
            geometry={geometry}
            onHighlight={setEvidence}
          />
        ))}
      </svg>
      <TimelineLegend />
      <div className="timeline-details">
        <EntryDetail
          entry={log.entries[active]}
          labels={analysis.entries[active]}
          corrected={corrected?.[active]}
        />
        <TurningPointList
          points={analysis.turningPoints}
          onHighlight={setEvidence}
          onOpen={moveTo}
        />
      </div>
    </section>
  );
}

function EntryDetail({
  entry,
  labels,
  corrected,
}: {
  entry: LogEntry | undefined;
  labels: LogAnalysis['entries'][number] | undefined;
  corrected: CorrectedLabels | undefined;
}) {
  if (!entry || !labels) return null;
  return (
    <article className="entry-detail" aria-live="polite" aria-label="Selected entry">
      <h3>
        Entry {entry.index + 1}
        <span className="muted">
          {' '}
          · {entry.time ? formatLocalDateTime(entry.time) : 'no time'} ·{' '}
          {entry.author ?? 'no author'}
        </span>
      </h3>
      <p className="entry-detail-text">{entry.text}</p>
      <dl className="entry-detail-labels">
        <dt>Agencies</dt>
        <dd>
          <AgencyChips agencies={labels.agencies} />
          <CorrectedMark corrected={corrected} field="agencies" />
        </dd>
        <dt>Event</dt>
        <dd>
          {labelOf(labels.event)}
          <CorrectedMark corrected={corrected} field="event" />
        </dd>
        <dt>Framing</dt>
        <dd>
          <FramingLabel framing={labels.framing} />
          <CorrectedMark corrected={corrected} field="framing" />
        </dd>
        <dt>Because of</dt>
        <dd>
          <TriggerList entry={labels} />
        </dd>
      </dl>
    </article>
  );
}
