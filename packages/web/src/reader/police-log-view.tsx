/**
 * A police log: its header (incident, site, opening and closing codes) and its timed entries as
 * a table with one row per entry: number, time, author, text (line breaks kept) and, once the
 * analysis has loaded, the entry's acting agencies, event type and framing.
 */
import type { EntryAnalysis, LogEntry, LogStructure } from '@liaison/core';
import { CorrectedMark, type CorrectedLabels } from '../analysis/corrected-labels.js';
import { AgencyChips, FramingLabel } from '../analysis/entry-labels.js';
import { labelOf } from '../analysis/palette.js';
import { useEffect, useLayoutEffect } from 'react';
import { CodedText, CodingMargin } from '../coding/coded-text.js';
import { useCodingState } from '../coding/coding-context.js';
import { formatLocalDateTime, localTimeParts, plural } from '../format.js';
import { rowProps } from './row-props.js';
import { useRowNavigation } from './use-row-navigation.js';
import { useVirtualRows } from './use-virtual-rows.js';

/** Height of the sticky table header row; fixed in styles.css (`.log-table thead th`). */
const HEAD_PX = 36;

const NAMED_HEADER_KEYS = new Set(['incident', 'site', 'opened', 'opening code', 'closing code']);

export function LogHeader({ log }: { log: LogStructure }) {
  const fields: [string, string | null][] = [
    ['Incident', log.incident],
    ['Site', log.site],
    ['Opened', log.opened && formatLocalDateTime(log.opened)],
    ['Opening code', log.openingCode],
    ['Closing code', log.closingCode],
    ...Object.entries(log.header)
      .filter(([key]) => !NAMED_HEADER_KEYS.has(key))
      .map(([key, value]): [string, string] => [key.charAt(0).toUpperCase() + key.slice(1), value]),
  ];
  const shown = fields.filter((f): f is [string, string] => Boolean(f[1]));
  if (shown.length === 0) return null;
  return (
    <dl className="log-header" aria-label="Log header">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function EntryTime({ entry, previous }: { entry: LogEntry; previous: LogEntry | undefined }) {
  const parts = entry.time ? localTimeParts(entry.time) : null;
  if (!entry.time || !parts) {
    return (
      <span className="muted" title="No time could be read for this entry">
        —
      </span>
    );
  }
  const prevDate = previous?.time ? localTimeParts(previous.time)?.date : undefined;
  return (
    <time dateTime={entry.time} title={entry.time}>
      {parts.date !== prevDate && <span className="entry-date">{parts.date}</span>}
      <span className="entry-time">{parts.time}</span>
    </time>
  );
}

export function PoliceLogView(props: {
  log: LogStructure;
  pattern: RegExp | null;
  initial: number | null;
  /** Per-entry analysis labels, in entry order; the label columns show only when given. */
  labels?: EntryAnalysis[];
  /** Per entry, the labels a researcher corrected (marked in the label columns). */
  corrected?: (CorrectedLabels | undefined)[] | undefined;
  /** Told the focused entry, e.g. to open it in the label editor. */
  onActiveChange?: (index: number | null) => void;
}) {
  const { log, pattern, initial, labels, corrected, onActiveChange } = props;
  const entries = log.entries;
  const rows = useVirtualRows({ count: entries.length, estimatePx: 64, headPx: HEAD_PX });
  const nav = useRowNavigation(rows, entries.length, initial);
  const { setPane, items, before, after } = rows;
  const coding = useCodingState();
  const setCodingRow = coding?.setActiveRow;
  // The coding bar codes the focused entry ("code whole entry", key c without a selection).
  // A layout effect: its update renders before the row is focused (a passive effect), so a key
  // pressed on the newly focused row never meets the coding bar's previous row.
  useLayoutEffect(() => setCodingRow?.(nav.active), [setCodingRow, nav.active]);
  useEffect(() => onActiveChange?.(nav.active), [onActiveChange, nav.active]);
  const columns = columnsOf(labels) + (coding ? 1 : 0);
  return (
    <div className="reader-pane" ref={setPane} tabIndex={0} role="region" aria-label="Log entries">
      <table className="log-table" aria-rowcount={entries.length + 1}>
        <LogTableHead
          count={entries.length}
          labelled={labels !== undefined}
          coded={coding !== null}
        />
        <tbody>
          {before > 0 && <SpacerRow height={before} columns={columns} />}
          {items.map((item) => (
            <tr
              key={item.key}
              {...rowProps(item, rows, nav.active, nav.setActive)}
              data-entry=""
              aria-rowindex={item.index + 2}
            >
              <EntryCells entries={entries} index={item.index} pattern={pattern} />
              {labels && (
                <LabelCells labels={labels[item.index]} corrected={corrected?.[item.index]} />
              )}
              {coding && <CodesCell entry={entries[item.index] as LogEntry} />}
            </tr>
          ))}
          {after > 0 && <SpacerRow height={after} columns={columns} />}
        </tbody>
      </table>
    </div>
  );
}

const columnsOf = (labels: EntryAnalysis[] | undefined) => (labels ? 7 : 4);

function LogTableHead(props: { count: number; labelled: boolean; coded: boolean }) {
  const { count, labelled, coded } = props;
  return (
    <>
      <caption className="visually-hidden">{plural(count, 'entry', 'entries')} of the log</caption>
      <colgroup>
        <col className="col-index" />
        <col className="col-time" />
        <col className="col-author" />
        <col />
        {labelled && (
          <>
            <col className="col-agencies" />
            <col className="col-event" />
            <col className="col-framing" />
          </>
        )}
        {coded && <col className="col-codes" />}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Time</th>
          <th scope="col">Author</th>
          <th scope="col">Entry</th>
          {labelled && (
            <>
              <th scope="col">Agencies</th>
              <th scope="col">Event</th>
              <th scope="col">Framing</th>
            </>
          )}
          {coded && <th scope="col">Codes</th>}
        </tr>
      </thead>
    </>
  );
}

function EntryCells(props: { entries: LogEntry[]; index: number; pattern: RegExp | null }) {
  const { entries, index, pattern } = props;
  const entry = entries[index] as LogEntry;
  return (
    <>
      <td className="entry-index">{entry.index + 1}</td>
      <td className="entry-when">
        <EntryTime entry={entry} previous={entries[index - 1]} />
      </td>
      <td className="entry-author">{entry.author ?? <span className="muted">—</span>}</td>
      <td>
        <CodedText
          className="entry-text"
          text={entry.text}
          textStartUtf16={entry.textStartUtf16}
          textEndUtf16={entry.textEndUtf16}
          pattern={pattern}
        />
      </td>
    </>
  );
}

function LabelCells(props: {
  labels: EntryAnalysis | undefined;
  corrected: CorrectedLabels | undefined;
}) {
  const { labels, corrected } = props;
  if (!labels) return null;
  return (
    <>
      <td className="entry-agencies">
        <AgencyChips agencies={labels.agencies} />
        <CorrectedMark corrected={corrected} field="agencies" />
      </td>
      <td className="entry-event">
        {labelOf(labels.event)}
        <CorrectedMark corrected={corrected} field="event" />
      </td>
      <td className="entry-framing">
        <FramingLabel framing={labels.framing} />
        <CorrectedMark corrected={corrected} field="framing" />
      </td>
    </>
  );
}

function CodesCell({ entry }: { entry: LogEntry }) {
  return (
    <td className="entry-codes">
      <CodingMargin startUtf16={entry.startUtf16} endUtf16={entry.endUtf16} />
    </td>
  );
}

function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
