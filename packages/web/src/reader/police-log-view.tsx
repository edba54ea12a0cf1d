/**
 * A police log: its header (incident, site, opening and closing codes) and its timed entries as
 * a table with one row per entry: number, time, author, text (line breaks kept).
 */
import type { LogEntry, LogStructure } from '@liaison/core';
import { Highlighted } from '../components/marked-text.js';
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
}) {
  const { log, pattern, initial } = props;
  const entries = log.entries;
  const rows = useVirtualRows({ count: entries.length, estimatePx: 64, headPx: HEAD_PX });
  const nav = useRowNavigation(rows, entries.length, initial);
  const { setPane, items, before, after } = rows;
  return (
    <div className="reader-pane" ref={setPane} tabIndex={0} role="region" aria-label="Log entries">
      <table className="log-table" aria-rowcount={entries.length + 1}>
        <LogTableHead count={entries.length} />
        <tbody>
          {before > 0 && <SpacerRow height={before} />}
          {items.map((item) => (
            <tr
              key={item.key}
              {...rowProps(item, rows, nav.active, nav.setActive)}
              data-entry=""
              aria-rowindex={item.index + 2}
            >
              <EntryCells entries={entries} index={item.index} pattern={pattern} />
            </tr>
          ))}
          {after > 0 && <SpacerRow height={after} />}
        </tbody>
      </table>
    </div>
  );
}

function LogTableHead({ count }: { count: number }) {
  return (
    <>
      <caption className="visually-hidden">{plural(count, 'entry', 'entries')} of the log</caption>
      <colgroup>
        <col className="col-index" />
        <col className="col-time" />
        <col className="col-author" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Time</th>
          <th scope="col">Author</th>
          <th scope="col">Entry</th>
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
      <td className="entry-text">
        <Highlighted text={entry.text} pattern={pattern} />
      </td>
    </>
  );
}

function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={4} style={{ height }} />
    </tr>
  );
}
